package newskg.server;

import java.nio.file.Path;
import newskg.store.GraphStore;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

/** A small hand-made store: two article graphs with people, a role and an event. */
final class TestGraphs {
    static final String A1 = "https://w3id.org/newskg/id/article/a1";
    static final String A2 = "https://w3id.org/newskg/id/article/a2";

    /** 3 people (Bob in both articles), a role (Alice is Governor), a dated meeting. 16 distinct triples. */
    static final String TRIG = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX person: <https://w3id.org/newskg/id/person/>
            PREFIX id: <https://w3id.org/newskg/id/>
            <https://w3id.org/newskg/id/article/a1> {
                person:alice-example a nkg:Person ; skos:prefLabel "Alice Example" .
                person:bob-sample a nkg:Person ; skos:prefLabel "Bob Sample" .
                id:role-a1-1 a nkg:Role ; org:member person:alice-example ; nkg:title "Governor" .
                id:event-a1-1 a nkg:Event , nkg:Meeting ; nkg:participant person:alice-example , person:bob-sample ;
                    nkg:date "2026-01-25"^^xsd:date .
            }
            <https://w3id.org/newskg/id/article/a2> {
                person:bob-sample a nkg:Person ; skos:prefLabel "Bob Sample" .
                person:carol-test a nkg:Person ; skos:prefLabel "Carol Test" .
            }
            """;

    private TestGraphs() {
    }

    /** Creates a store in {@code dir} holding {@link #TRIG}. */
    static GraphStore store(Path dir) {
        GraphStore store = GraphStore.open(dir);
        Txn.executeWrite(store.datasetGraph(),
                () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(store.datasetGraph()));
        return store;
    }
}
