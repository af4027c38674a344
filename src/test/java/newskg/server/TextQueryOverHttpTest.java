package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newskg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text:query over HTTP: the store's name index is in its dataset's context, so Fuseki's queries reach it. */
class TextQueryOverHttpTest {
    @TempDir
    Path dir;

    @Test
    void textQueryAnswersThroughTheServer() {
        try (GraphStore store = TestGraphs.store(dir.resolve("store"))) {
            store.names().rebuild(store.datasetGraph()); // TestGraphs writes around GraphStore
            GraphServer server = GraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
            try {
                HttpResponse<String> r = Http.query(server.sparqlUrl(), "PREFIX text: <http://jena.apache.org/text#> "
                        + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e ?g "
                        + "{ (?e ?score ?name ?g) text:query (skos:prefLabel \"bob\") } ORDER BY ?g", "text/csv");
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(List.of("e,g", "https://w3id.org/newskg/id/person/bob-sample," + TestGraphs.A1,
                        "https://w3id.org/newskg/id/person/bob-sample," + TestGraphs.A2),
                        Stream.of(r.body().split("\r\n")).toList());
            } finally {
                server.stop();
            }
        }
    }
}
