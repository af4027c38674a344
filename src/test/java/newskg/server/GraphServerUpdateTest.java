package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import newskg.store.GraphStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with updates enabled for one user: writes need that user's basic-auth credentials. */
class GraphServerUpdateTest {
    private static final String INSERT = "INSERT DATA { GRAPH <urn:g> { <urn:x> <urn:y> \"added\" } }";
    private static final String ASK = "ASK { <urn:x> <urn:y> \"added\" }";

    @TempDir
    Path dir;
    private GraphStore store;
    private GraphServer server;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        store = TestGraphs.store(dir.resolve("store"));
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).allowUpdate("editor", "s3cret")
                .requestLog(log::add).build().start();
    }

    @AfterEach
    void stop() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    private String endpoint(String path) {
        return server.serverUrl() + GraphServer.DATASET + path;
    }

    private boolean added() {
        HttpResponse<String> r = Http.query(endpoint("/sparql"), ASK, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        return r.body().replaceAll("\\s", "").contains("\"boolean\":true");
    }

    @Test
    void updateWithoutCredentialsIsRefusedWith401() throws InterruptedException {
        HttpResponse<String> r = Http.postForm(endpoint("/update"), "update=" + Http.encode(INSERT), null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"newskg\""),
                r.headers().map().toString());
        assertEquals(401, Http.postForm(endpoint("/update"), "update=" + Http.encode(INSERT), "editor:wrong")
                .statusCode());
        assertEquals(401, Http.body("PUT", endpoint("/data?default"), "text/turtle", "<urn:a> <urn:b> <urn:c> .", null)
                .statusCode());
        assertFalse(added());
        assertEquals(16, store.size());
        // Refused before Fuseki sees them, and still logged (just after the response).
        for (int i = 0; i < 100 && log.size() < 4; i++) {
            Thread.sleep(20);
        }
        assertEquals(3, log.stream().filter(l -> l.matches(".* (POST /newskg/update|PUT /newskg/data\\?default) 401 \\d+ ms"))
                .count(), String.join("\n", log));
    }

    @Test
    void updateWithCredentialsSucceeds() {
        HttpResponse<String> r = Http.postForm(endpoint("/update"), "update=" + Http.encode(INSERT), "editor:s3cret");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(added());
        HttpResponse<String> put = Http.body("PUT", endpoint("/data?graph=" + Http.encode("urn:g2")), "text/turtle",
                "<urn:a> <urn:b> <urn:c> .", "editor:s3cret");
        assertEquals(201, put.statusCode(), put.body());
        assertEquals(18, store.size());
    }

    @Test
    void queriesAndUiStayOpen() {
        assertEquals(200, Http.query(endpoint("/sparql"), "ASK {}", "application/sparql-results+json").statusCode());
        assertEquals(200, Http.query(endpoint(""), "ASK {}", "application/sparql-results+json").statusCode());
        assertEquals(200, Http.get(endpoint("/get?graph=" + Http.encode(TestGraphs.A2)), "text/turtle").statusCode());
        assertEquals(200, Http.get(server.serverUrl(), "text/html").statusCode());
        assertEquals(200, Http.get(server.serverUrl() + "$/server", "application/json").statusCode());
    }
}
