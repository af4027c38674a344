package newskg.console;

import java.nio.file.Path;
import newskg.store.GraphStore;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

/** A small hand-made graph, one named graph per article, written into a real TDB2 store. */
final class TestGraph {
    static final String TRIG = """
            PREFIX nkg:          <https://w3id.org/newskg/ontology#>
            PREFIX skos:         <http://www.w3.org/2004/02/skos/core#>
            PREFIX org:          <http://www.w3.org/ns/org#>
            PREFIX dcterms:      <http://purl.org/dc/terms/>
            PREFIX xsd:          <http://www.w3.org/2001/XMLSchema#>
            PREFIX article:      <https://w3id.org/newskg/id/article/>
            PREFIX person:       <https://w3id.org/newskg/id/person/>
            PREFIX organization: <https://w3id.org/newskg/id/organization/>

            article:a1 {
                article:a1 a nkg:Article ;
                    dcterms:title "Mayor meets protesters" ;
                    dcterms:issued "2026-01-12"^^xsd:date .
                person:alice a nkg:Person ;
                    skos:prefLabel "Alice Smith"@en .
                organization:city-council a nkg:Organization ;
                    skos:prefLabel "City Council"@en .
                <https://w3id.org/newskg/id/role/r1> a nkg:Role ;
                    org:member person:alice ;
                    nkg:title "Mayor" ;
                    org:organization organization:city-council .
            }

            article:a2 {
                article:a2 a nkg:Article ;
                    dcterms:title "Council votes" .
                person:alice a nkg:Person ;
                    skos:prefLabel "Alice Smith"@en .
                person:bob a nkg:Person ;
                    skos:prefLabel "Bob Jones"@en .
            }
            """;

    /** People and their names, the query every test runs. */
    static final String PEOPLE = """
            SELECT ?person ?name WHERE {
              ?person a nkg:Person ;
                      skos:prefLabel ?name .
            }
            ORDER BY ?name""";

    /** The table {@link #PEOPLE} prints, without the row-count line. */
    static final String PEOPLE_TABLE = """
             person       | name
            --------------+-------------
             person:alice | Alice Smith
             person:bob   | Bob Jones
            """;

    private TestGraph() {
    }

    /**
     * A store in {@code dir} holding {@link #TRIG}, written, closed and opened again, so that no
     * node comes from the caches the writing filled.
     */
    static GraphStore store(Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            Txn.executeWrite(store.datasetGraph(), () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(store.datasetGraph()));
        }
        return GraphStore.open(dir);
    }

    /** Every triple of every article graph: what the whole-graph export must hold. */
    static Model union() {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(ds);
        return ds.getUnionModel();
    }
}
