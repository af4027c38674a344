package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import newskg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with a 1 s query timeout and a 2-row cap. */
class GraphServerLimitsTest {
    /** 14^8 (about 1.5 billion) solutions to count: many minutes without a timeout. */
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l ."
            + " ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static GraphServer server;

    @BeforeAll
    static void start() {
        store = TestGraphs.store(dir.resolve("store"));
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).timeout(Duration.ofSeconds(1)).maxRows(2)
                .build().start();
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            store.close();
        }
    }

    private static HttpResponse<String> csv(String query) {
        return Http.query(server.sparqlUrl(), query, "text/csv");
    }

    @Test
    void runawayQueryTimesOutAndTheNextIsAnsweredAtOnce() {
        long start = System.nanoTime();
        HttpResponse<String> r = csv(CROSS_PRODUCT);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ms < 10_000, "took " + ms + " ms");

        start = System.nanoTime();
        HttpResponse<String> next = csv("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, next.statusCode());
        assertEquals("n\r\n14\r\n", next.body());
        assertTrue(ms < 1_000, "took " + ms + " ms");
    }

    @Test
    void rowsAreCapped() {
        assertEquals(3, csv("SELECT * WHERE { ?s ?p ?o }").body().split("\r\n").length);
        assertEquals(3, csv("SELECT * WHERE { ?s ?p ?o } LIMIT 100").body().split("\r\n").length);
        assertEquals(2, csv("SELECT * WHERE { ?s ?p ?o } LIMIT 1").body().split("\r\n").length);
        // Aggregates count everything; only the rows sent back are capped.
        assertEquals("n\r\n14\r\n", csv("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").body());
    }

    @Test
    void aCutAnswerSaysSoInAHeaderAndAWholeOneDoesNot() {
        HttpResponse<String> cut = csv("SELECT * WHERE { ?s ?p ?o }");
        assertEquals("2", cut.headers().firstValue(GraphServer.ROW_CAP_HEADER).orElse(""), cut.headers().map().toString());
        assertEquals(3, cut.body().split("\r\n").length);
        // Exactly as many rows as the cap, without LIMIT: nothing was cut.
        HttpResponse<String> whole = csv("SELECT ?g WHERE { GRAPH ?g { } }");
        assertEquals(3, whole.body().split("\r\n").length, whole.body());
        assertTrue(whole.headers().firstValue(GraphServer.ROW_CAP_HEADER).isEmpty(), whole.headers().map().toString());
        // The query's own LIMIT cut it, not the server.
        assertTrue(csv("SELECT * WHERE { ?s ?p ?o } LIMIT 2").headers().firstValue(GraphServer.ROW_CAP_HEADER).isEmpty());
        assertEquals("2", csv("SELECT * WHERE { ?s ?p ?o } LIMIT 3").headers().firstValue(GraphServer.ROW_CAP_HEADER)
                .orElse(""));
    }
}
