package newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void preferredNameIsTheFullestThenTheOneMoreGraphsUse() {
        assertEquals("Alice Example", Names.preferred(Map.of("Alice Example", 1, "Example", 5), "x"));
        assertEquals("Alice Exampla", Names.preferred(Map.of("Alice Example", 1, "Alice Exampla", 2), "x"));
        assertEquals("Abe Ray", Names.preferred(Map.of("Abe Ray", 1, "Ari Ray", 1), "x"), "a tie: alphabetical");
    }

    @Test
    void anEntityWithoutLabelsIsCalledByItsIri() {
        assertEquals("alice-example", Names.preferred(Map.of(), "https://w3id.org/newskg/id/person/alice-example"));
    }
}
