package newskg.explore;

/**
 * An entity as pages show it wherever it is named: its IRI, its preferred name and its type
 * ({@code Person}, {@code Organization} or {@code Place}).
 *
 * @param iri  the entity's IRI
 * @param name the name most articles give it
 * @param type the local name of its class
 */
public record EntityRef(String iri, String name, String type) {
}
