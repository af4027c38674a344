package newskg.store;

import java.util.Objects;

/**
 * One entity a name search found.
 *
 * @param iri      the entity's IRI ({@code https://w3id.org/newskg/id/person/tony-rhodes})
 * @param type     its class IRI ({@code nkg:Person}, {@code nkg:Organization} or {@code nkg:Place})
 * @param name     its fullest preferred name (the longest any article gives it)
 * @param articles the number of article graphs whose names for it match the search
 */
public record NameHit(String iri, String type, String name, int articles) {
    public NameHit {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }
}
