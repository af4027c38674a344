package newskg.explore;

/**
 * One article's statement that a person holds a role ({@code nkg:Role}).
 *
 * @param iri      the role's IRI
 * @param person   who holds it
 * @param title    the title words, as written
 * @param org      the organization it is of, or null
 * @param place    the place it is of, or null
 * @param status   {@code current}, {@code former} or {@code future} ({@code nkg:status}), or null
 * @param start    when it began, as the article gives it (a date, a month or a year), or null
 * @param end      when it ended, or null
 * @param evidence the sentence that states it
 */
public record RoleStatement(String iri, EntityRef person, String title, EntityRef org, EntityRef place,
                            String status, String start, String end, Passage evidence) {
}
