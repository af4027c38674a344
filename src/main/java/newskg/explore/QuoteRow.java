package newskg.explore;

/**
 * A direct quotation ({@code nkg:Quote}).
 *
 * @param iri      the quote's IRI
 * @param text     the quoted words, without the quotation marks
 * @param speaker  who said them
 * @param evidence the sentence the quote stands in, the quoted words marked
 */
public record QuoteRow(String iri, String text, EntityRef speaker, Passage evidence) {
}
