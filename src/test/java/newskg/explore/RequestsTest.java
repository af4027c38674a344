package newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestsTest {
    @Test
    void iriAcceptsFullIrisBracketsAndTheProjectsPrefixes() {
        String alice = "https://w3id.org/newskg/id/person/alice-example";
        assertEquals(alice, Requests.iri(alice));
        assertEquals(alice, Requests.iri(" <" + alice + "> "));
        assertEquals(alice, Requests.iri("person:alice-example"));
        assertEquals("https://w3id.org/newskg/ontology#Person", Requests.iri("nkg:Person"));
    }

    @Test
    void iriRefusesWhatIsNoFullIri() {
        ExploreException e = assertThrows(ExploreException.class, () -> Requests.iri("alice example"));
        assertEquals(400, e.status());
        assertThrows(ExploreException.class, () -> Requests.iri("alice-example"));
        assertThrows(ExploreException.class, () -> Requests.iri("https://example.org/a b"));
        assertThrows(ExploreException.class, () -> Requests.iri("https://example.org/<script>"));
    }

    @Test
    void namesAreNotIris() {
        assertTrue(Requests.looksLikeIri("https://w3id.org/newskg/id/person/x"));
        assertTrue(Requests.looksLikeIri("person:alice-example"));
        assertFalse(Requests.looksLikeIri("Alice Example"));
        assertFalse(Requests.looksLikeIri("Note: this"));
        assertFalse(Requests.looksLikeIri("alice"));
    }

    @Test
    void linksOpenTheGraphsIrisUnderId() {
        assertEquals("/id/person/alice-example", Links.page("https://w3id.org/newskg/id/person/alice-example"));
        assertEquals("/explore/entity?iri=https%3A%2F%2Fexample.org%2Fx", Links.page("https://example.org/x"));
    }
}
