package newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing an article's graph leaves exactly the new version, whatever the old one held. */
class GraphStoreReplaceTest {
    private static final String G = "https://w3id.org/newskg/id/article/x";

    @TempDir
    Path dir;

    private static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("PREFIX : <http://example.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + ttl, Lang.TURTLE)
                .parse(g);
        return g;
    }

    @Test
    void aSmallerVersionReplacesALargerOneWhollyDecimalsIncluded() {
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            store.replaceGraph(G, turtle(":a :confidence \"0.60\"^^xsd:decimal . :b :confidence \"0.80\"^^xsd:decimal ."
                    + " :b :label \"B\" ."));
            assertEquals(3, store.size());

            store.replaceGraph(G, turtle(":a :confidence \"0.60\"^^xsd:decimal ."));
            assertEquals(1, store.size());

            store.removeGraph(G);
            assertEquals(0, store.size());
        }
    }
}
