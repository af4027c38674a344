package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import newskg.store.GraphStore;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admission control: one query runs at a time and one more waits; a third is refused at once with 503
 * and Retry-After; one waiting too long is refused too. Queries are made slow, deterministically, with
 * a sleeping SPARQL function.
 */
class GraphServerAdmissionTest {
    private static final String SLEEP = "urn:newskg:test:sleep";
    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger MOST_RUNNING = new AtomicInteger();
    private static volatile CountDownLatch entered = new CountDownLatch(1);

    /** {@code <urn:newskg:test:sleep>(ms)}: sleeps, counting how many run at once. */
    public static final class Sleep extends FunctionBase1 {
        @Override
        public NodeValue exec(NodeValue ms) {
            MOST_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                Thread.sleep(ms.getInteger().longValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                RUNNING.decrementAndGet();
            }
            return ms;
        }
    }

    @TempDir
    Path dir;
    private GraphStore store;
    private GraphServer server;

    @BeforeAll
    static void registerSleep() {
        FunctionRegistry.get().put(SLEEP, Sleep.class);
    }

    @AfterEach
    void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            store.close();
        }
    }

    private void start(Duration timeout) {
        store = TestGraphs.store(dir.resolve("store"));
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).timeout(timeout).maxConcurrentQueries(1)
                .maxWaitingQueries(1).build().start();
        RUNNING.set(0);
        MOST_RUNNING.set(0);
        entered = new CountDownLatch(1);
    }

    private CompletableFuture<HttpResponse<String>> sleepQuery(long ms) {
        String q = "SELECT ?x WHERE { BIND(<" + SLEEP + ">(" + ms + ") AS ?x) }";
        return CompletableFuture.supplyAsync(() -> Http.query(server.sparqlUrl(), q, "text/csv"));
    }

    @Test
    void beyondTheRunningAndWaitingQueriesA503WithRetryAfterComesAtOnce() throws Exception {
        start(Duration.ofSeconds(20));
        CompletableFuture<HttpResponse<String>> running = sleepQuery(1500);
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        CompletableFuture<HttpResponse<String>> waiting = sleepQuery(10);
        Thread.sleep(300);

        long t0 = System.nanoTime();
        HttpResponse<String> refused = Http.query(server.sparqlUrl(), "ASK {}", "text/csv");
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("2", refused.headers().firstValue("Retry-After").orElse(""), refused.headers().map().toString());
        assertEquals("busy: 1 queries running and 1 waiting; try again in 2 s\n", refused.body());
        assertTrue(ms < 1000, "refused after " + ms + " ms");
        assertEquals(200, running.get().statusCode());
        assertEquals(200, waiting.get().statusCode(), waiting.get().body());
        assertEquals(1, MOST_RUNNING.get(), "queries ran at once");
        // The UI and its status check are never held up.
        assertEquals(200, Http.get(server.serverUrl() + "$/ping", "*/*").statusCode());
        assertEquals(200, Http.query(server.sparqlUrl(), "ASK {}", "text/csv").statusCode());
    }

    @Test
    void aQueryWaitingLongerThanTheTimeoutIsRefusedWithRetryAfter() throws Exception {
        start(Duration.ofSeconds(1));
        CompletableFuture<HttpResponse<String>> running = sleepQuery(2500);
        assertTrue(entered.await(10, TimeUnit.SECONDS));

        HttpResponse<String> waited = Http.query(server.sparqlUrl(), "ASK {}", "text/csv");

        assertEquals(503, waited.statusCode(), waited.body());
        assertEquals("2", waited.headers().firstValue("Retry-After").orElse(""));
        assertTrue(waited.body().startsWith("busy: waited 1 s for one of 1 running queries to finish"), waited.body());
        running.get();
    }

    @Test
    void longRequestsAreRefusedWith414And413AndAMessage() {
        store = TestGraphs.store(dir.resolve("store"));
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).maxRequestBytes(1000).build().start();
        String filler = "#" + "x".repeat(1500) + "\nASK {}";

        HttpResponse<String> get = Http.query(server.sparqlUrl(), filler, "text/csv");
        assertEquals(414, get.statusCode());
        assertTrue(get.body().matches("request line of \\d+ bytes; at most 1000 are accepted: send a long query with"
                + " POST\n"), get.body());

        HttpResponse<String> post = Http.body("POST", server.sparqlUrl(), "application/sparql-query", filler, null);
        assertEquals(413, post.statusCode());
        assertEquals("request body of 1508 bytes; at most 1000 are accepted\n", post.body());

        HttpResponse<String> chunked = Http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("ASK {}".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(411, chunked.statusCode());
        assertEquals("a request body needs a Content-Length here\n", chunked.body());

        HttpResponse<String> small = Http.body("POST", server.sparqlUrl(), "application/sparql-query", "ASK {}", null);
        assertEquals(200, small.statusCode(), small.body());
        // Outside the dataset (the UI's files) the limits do not apply.
        assertFalse(Http.get(server.serverUrl() + "?" + "x".repeat(1500), "text/html").statusCode() == 414);
    }
}
