package newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newskg.vocab.NKG;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name index over the hand-made fixture: built when a store is opened without one, then kept in step. */
class NameIndexTest {
    private static final String PERSON = NKG.ID + "person/";

    @TempDir
    Path dir;

    @Test
    void findsNamesByTheStartOfTheirWordsMostNamedFirst() {
        try (GraphStore store = GraphStore.open(TestStores.fixtureStore(dir))) {
            List<NameHit> hits = store.names().search("ben OK", 5);
            assertEquals(List.of(new NameHit(PERSON + "ben-okafor", NKG.Person.getURI(), "Ben Okafor", 2)), hits);
            assertEquals(hits, store.names().search("okafor b", 5), "words in any order");
            assertEquals(List.of(), store.names().search("ben xyz", 5), "every word must start a word of the name");
            assertEquals(List.of(), store.names().search("  ", 5));
            assertEquals(PERSON + "ana-lopez", store.names().search("lopez", 5).get(0).iri());
            assertEquals(List.of(NKG.ID + "organization/harbor-guard"),
                    store.names().search("harbor", 5).stream().map(NameHit::iri).toList());
            assertEquals(List.of(PERSON + "ana-lopez", PERSON + "ben-okafor", PERSON + "carl-dunn"),
                    store.names().mostNamed(NKG.Person.getURI(), 5).stream().map(NameHit::iri).toList());
            assertEquals(java.util.Set.of(PERSON + "ben-okafor"), store.names().entitiesEndingWith("-okafor"));
        }
    }

    @Test
    void followsEveryGraphTheStoreWritesOrRemoves() {
        try (GraphStore store = GraphStore.open(TestStores.fixtureStore(dir))) {
            store.replaceGraph(TestStores.ARTICLE_B, GraphFactory.createDefaultGraph());
            assertEquals(1, store.names().search("ben okafor", 5).get(0).articles());
            store.removeGraph(TestStores.ARTICLE_A);
            assertEquals(List.of(), store.names().search("ben", 5));
            assertTrue(store.names().isEmpty());
        }
    }
}
