package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import newskg.rdf.Iris;
import newskg.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles sent to a running server ({@code /newskg/ingest}): only with the user's credentials, stored
 * through the build's pipeline while queries go on, and never seen half-written.
 */
class LiveIngestTest {
    static final String ALPHA = """
            Harbor council weighs new ferry line

            Governor Dario Pellstrom met Mayor Ines Varkonyi in Quillport on Monday to discuss the ferry.
            "We will build it this year," Pellstrom said.
            """;
    static final String ALPHA_REVISED = """
            Harbor council weighs new ferry line

            Governor Dario Pellstrom met Mayor Ines Varkonyi and Senator Tomas Ekwueme in Quillport on Monday.
            "We will build it this year," Pellstrom said. Ekwueme said the council would vote in May.
            Varkonyi thanked the ferry workers' union and the Quillport Chamber of Commerce.
            """;

    @TempDir
    Path dir;
    private GraphStore store;
    private ArticleIngest ingest;
    private GraphServer server;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        store = GraphStore.open(dir.resolve("store"));
        ingest = new ArticleIngest(store, 2, 4);
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).allowIngest(ingest, "editor", "s3cret")
                .requestLog(log::add).build().start();
    }

    @AfterEach
    void stop() {
        try {
            server.stop();
            ingest.close();
        } finally {
            store.close();
        }
    }

    private HttpResponse<String> send(String id, String text, String auth) {
        return Http.body("POST", server.ingestUrl() + "?id=" + Http.encode(id), "text/plain", text, auth);
    }

    private long triplesIn(String id) {
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH <" + Iris.article(id) + "> { ?s ?p ?o } }";
        HttpResponse<String> r = Http.query(server.sparqlUrl(), q, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().split("\r\n")[1]);
    }

    @Test
    void anArticleSentWithCredentialsIsStoredAndQueryable() {
        HttpResponse<String> r = send("world/alpha.txt", ALPHA, "editor:s3cret");

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("world/alpha.txt: stored as " + Iris.article("world/alpha.txt") + "\n", r.body());
        HttpResponse<String> people = Http.query(server.sparqlUrl(), "PREFIX nkg: <https://w3id.org/newskg/ontology#>"
                + " PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"
                + " SELECT DISTINCT ?n { ?p a nkg:Person ; skos:prefLabel ?n } ORDER BY ?n", "text/csv");
        assertTrue(people.body().contains("Dario Pellstrom"), people.body());
        assertTrue(triplesIn("world/alpha.txt") > 10);
    }

    @Test
    void withoutTheRightCredentialsNothingIsStored() {
        assertEquals(401, send("a.txt", ALPHA, null).statusCode());
        assertEquals(401, send("a.txt", ALPHA, "editor:wrong").statusCode());
        assertEquals(401, send("a.txt", ALPHA, "intruder:s3cret").statusCode());
        assertTrue(store.isEmpty());
        // Queries stay open to everyone.
        assertEquals(200, Http.query(server.sparqlUrl(), "ASK {}", "text/csv").statusCode());
    }

    @Test
    void aBadArticleIsRefusedWithItsReasonAndTheStoreKeepsTheOldOne() {
        assertEquals(200, send("a.txt", ALPHA, "editor:s3cret").statusCode());
        long before = triplesIn("a.txt");

        HttpResponse<String> binary = send("a.txt", "Title\n\u0000\u0001binary", "editor:s3cret");
        assertEquals(422, binary.statusCode());
        assertEquals("a.txt: binary file, not a text article\n", binary.body());
        HttpResponse<String> empty = send("b.txt", "  \n\n", "editor:s3cret");
        assertEquals(422, empty.statusCode());
        assertEquals("b.txt: empty file, no article text\n", empty.body());
        assertEquals(before, triplesIn("a.txt"));

        for (String bad : List.of("../escape.txt", "/etc/passwd", "a/../../b.txt", "dir/", "a//b.txt", "a\\b.txt")) {
            HttpResponse<String> r = send(bad, ALPHA, "editor:s3cret");
            assertEquals(400, r.statusCode(), bad);
            assertTrue(r.body().startsWith("give the article's name as ?id=NAME"), r.body());
        }
        HttpResponse<String> noId = Http.body("POST", server.ingestUrl(), "text/plain", ALPHA, "editor:s3cret");
        assertEquals(400, noId.statusCode());
        HttpResponse<String> chunked = Http.send(Http.withAuth(HttpRequest.newBuilder(
                URI.create(server.ingestUrl() + "?id=c.txt")).POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(ALPHA.getBytes()))), "editor:s3cret"));
        assertEquals(411, chunked.statusCode());
    }

    @Test
    void readersNeverSeeAHalfWrittenArticleWhileItIsReplaced() throws Exception {
        send("a.txt", ALPHA, "editor:s3cret");
        long small = triplesIn("a.txt");
        send("a.txt", ALPHA_REVISED, "editor:s3cret");
        long large = triplesIn("a.txt");
        assertTrue(large > small, small + " vs " + large);

        Set<Long> seen = Collections.synchronizedSet(new TreeSet<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                while (writing.get()) {
                    seen.add(triplesIn("a.txt"));
                }
            });
            t.start();
            readers.add(t);
        }
        try {
            for (int i = 0; i < 6; i++) {
                assertEquals(200, send("a.txt", i % 2 == 0 ? ALPHA : ALPHA_REVISED, "editor:s3cret").statusCode());
            }
        } finally {
            writing.set(false);
            for (Thread t : readers) {
                t.join();
            }
        }
        assertEquals(Set.of(small, large), seen, "counts readers saw of one article's graph");
    }

    @Test
    void aLoneSurnameIsLinkedToTheFullNameAnotherArticleGivesAsInABuild() {
        String lone = "ASK { GRAPH <" + Iris.article("lone.txt") + "> { <https://w3id.org/newskg/id/person/pellstrom> ?p ?o } }";
        send("lone.txt", "Ferry vote delayed\n\nPellstrom said on Tuesday that the vote would wait.\n", "editor:s3cret");
        assertTrue(Http.query(server.sparqlUrl(), lone, "text/csv").body().contains("true"));

        assertEquals(200, send("full.txt", ALPHA, "editor:s3cret").statusCode());

        assertFalse(Http.query(server.sparqlUrl(), lone, "text/csv").body().contains("true"));
        assertTrue(Http.query(server.sparqlUrl(), "ASK { GRAPH <" + Iris.article("lone.txt") + "> {"
                + " <https://w3id.org/newskg/id/person/dario-pellstrom> ?p ?o } }", "text/csv").body().contains("true"));
    }

    @Test
    void aStoreGrownByLiveWritesIsCompactedOnceWhenArticlesStopComingNotAfterEachBatch() throws Exception {
        server.stop();
        ingest.close();
        // any growth at all is past this threshold, so a compaction after every batch would show
        ingest = new ArticleIngest(store, newskg.build.BuildOptions.defaults().threads(2).compactAbove(1.0), 4);
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).allowIngest(ingest, "editor", "s3cret")
                .build().start();
        assertEquals(200, send("a.txt", ALPHA, "editor:s3cret").statusCode());
        for (int i = 0; i < 100 && store.state().compactBytes() == 0; i++) { // a pause records the compact size
            Thread.sleep(100);
        }
        assertTrue(store.state().compactBytes() > 0, "no compact size recorded after a pause");
        for (int i = 0; i < 12; i++) {
            assertEquals(200, send("a.txt", i % 2 == 0 ? ALPHA_REVISED : ALPHA, "editor:s3cret").statusCode());
        }
        assertEquals(List.of("Data-0001"), generations(), "compacted while articles were still coming");
        for (int i = 0; i < 300 && !generations().equals(List.of("Data-0002")); i++) {
            Thread.sleep(100);
        }
        assertEquals(List.of("Data-0002"), generations(), "after a pause");
        assertTrue(triplesIn("a.txt") > 0, "the article after compaction");
    }

    /** The TDB2 generations in the store's directory. */
    private List<String> generations() throws java.io.IOException {
        // names only: a generation being renamed (Data-0002-tmp to Data-0002) must not fail the listing
        try (var files = java.nio.file.Files.list(dir.resolve("store"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }
}
