package newskg.explore;

/**
 * One article's statement that a person holds a role ({@code nkg:Role}).
 *
 * @param iri      the role's IRI
 * @param person   who holds it
 * @param title    the title words, as written
 * @param org      the organization it is of, or null
 * @param place    the place it is of, or null
 * @param status   {@code current}, {@code former} or {@code future} when the graph says, else null
 * @param evidence the sentence that states it
 */
public record RoleStatement(String iri, EntityRef person, String title, EntityRef org, EntityRef place,
                            String status, Passage evidence) {
}
