package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import newskg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries meant to hurt: nested too deep, too complex for the stack, malformed, or calling another
 * endpoint (a listening loopback socket, which must receive nothing). Each is refused with a one-line
 * message and the server goes on answering.
 */
class GraphServerHostileQueryTest {
    @TempDir
    static Path dir;
    private static GraphStore store;
    private static GraphServer server;
    private CountingListener listener;

    @BeforeAll
    static void start() {
        store = TestGraphs.store(dir.resolve("store"));
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    @BeforeEach
    void listen() {
        listener = new CountingListener();
    }

    @AfterEach
    void close() throws Exception {
        listener.close();
    }

    private static HttpResponse<String> query(String q) {
        return Http.query(server.sparqlUrl(), q, "text/csv");
    }

    private String elsewhere() {
        return "<" + listener.url() + ">";
    }

    @Test
    void deepNestingIsA400WithOneLine() {
        HttpResponse<String> r = query("SELECT * WHERE " + "{ ".repeat(1000) + "} ".repeat(1000));
        assertEquals(400, r.statusCode());
        assertEquals("query nested 1000 brackets deep; at most 100 levels are accepted\n", r.body());
        HttpResponse<String> ok = query("SELECT * WHERE " + "{ ".repeat(100) + "?s ?p ?o " + "} ".repeat(100));
        assertEquals(200, ok.statusCode(), ok.body());
        // Brackets in strings, IRIs and comments are text.
        assertEquals(200, query("ASK { ?s ?p \"" + "{".repeat(500) + "\" } # " + "(".repeat(500)).statusCode());
    }

    @Test
    void aQueryTooComplexForTheStackIsA400NotA500() {
        // An expression 30,000 operators deep: the engine recurses once per operator.
        String q = "ASK { FILTER(1" + "+1".repeat(30_000) + " > 0) }";
        HttpResponse<String> r = Http.body("POST", server.sparqlUrl(), "application/sparql-query", q, null);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("query too complex to run (it nests too deeply)\n", r.body());
        assertEquals(200, query("ASK { ?s ?p ?o }").statusCode());
    }

    @Test
    void parseErrorsAreA400WithTheParsersFirstLine() {
        HttpResponse<String> r = query("SELECT * WHERE {\n ?s ?p ?o\n FILTER(\n}");
        assertEquals(400, r.statusCode());
        assertEquals(1, r.body().lines().count(), r.body());
        assertTrue(r.body().startsWith("malformed query: Encountered \" \"}\" \"} \"\" at line 4, column 1."), r.body());
        HttpResponse<String> lexical = query("SELECT * { ?s ?p \"open }");
        assertEquals(400, lexical.statusCode());
        assertTrue(lexical.body().startsWith("malformed query: Lexical error at line 1, column 25."), lexical.body());
    }

    @Test
    void serviceIsRefusedWhereverItIsAndNothingReachesTheOtherHost() throws Exception {
        for (String q : List.of(
                "SELECT * { SERVICE " + elsewhere() + " { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE " + elsewhere() + " { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE SILENT " + elsewhere() + " { ?s ?p ?o } } } }",
                "SELECT * { VALUES ?e { " + elsewhere() + " } SERVICE ?e { ?s ?p ?o } }",
                "SELECT (EXISTS { SERVICE " + elsewhere() + " { ?s ?p ?o } } AS ?x) { }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE " + elsewhere() + " { ?s ?p ?o } }",
                "ASK { OPTIONAL { SERVICE " + elsewhere() + " { ?s ?p ?o } } }")) {
            HttpResponse<String> r = query(q);
            assertEquals(403, r.statusCode(), q);
            assertEquals("SERVICE is turned off: the query would send a request to another endpoint; start with"
                    + " --allow-service to allow it\n", r.body(), q);
        }
        assertEquals(0, listener.connections(), "connections to the other host");
    }

    @Test
    void withAllowServiceTheOtherHostIsAsked() throws Exception {
        GraphServer open = GraphServer.create().dataset(store.datasetGraph()).port(0).allowService(true).build().start();
        try {
            Http.query(open.sparqlUrl(), "SELECT * { SERVICE " + elsewhere() + " { ?s ?p ?o } }", "text/csv");
        } finally {
            open.stop();
            store.datasetGraph().getContext().set(org.apache.jena.query.ARQ.httpServiceAllowed, false);
        }
        assertTrue(listener.connections() > 0, "the listener is reachable, so the refusals above are real");
    }
}
