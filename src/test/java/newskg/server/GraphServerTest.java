package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.store.GraphStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server over a TDB2 store on a free loopback port, driven over HTTP. */
class GraphServerTest {
    private static final String PEOPLE = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?name WHERE { ?p a nkg:Person ; skos:prefLabel ?name } ORDER BY ?name
            """;
    private static final String JSON = "application/sparql-results+json";

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static GraphServer server;
    private static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        store = TestGraphs.store(dir.resolve("store"));
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).requestLog(LOG::add).build().start();
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

    private static String endpoint(String path) {
        return server.serverUrl() + GraphServer.DATASET + path;
    }

    private static List<String> names(HttpResponse<String> response) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> names = new ArrayList<>();
        rs.forEachRemaining(b -> names.add(b.getLiteral("name").getString()));
        return names;
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void listensOnLoopbackWithUrls() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/newskg/sparql", server.sparqlUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/#/dataset/newskg/query", server.uiUrl());
    }

    @Test
    void selectAsJsonSeesTheUnionOfArticles() {
        HttpResponse<String> r = Http.query(endpoint("/sparql"), PEOPLE, JSON);
        assertEquals(200, r.statusCode());
        assertEquals(List.of("Alice Example", "Bob Sample", "Carol Test"), names(r));
        assertEquals(200, Http.query(endpoint("/query"), PEOPLE, JSON).statusCode());
    }

    @Test
    void selectAsCsv() {
        HttpResponse<String> r = Http.query(endpoint("/sparql"), PEOPLE, "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("name\r\nAlice Example\r\nBob Sample\r\nCarol Test\r\n", r.body());
    }

    @Test
    void queryOnTheDatasetUrlAsPostBody() {
        HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create(endpoint("")))
                .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(PEOPLE)));
        assertEquals(200, r.statusCode());
        assertEquals(3, names(r).size());
    }

    @Test
    void queriesCanStillNameArticleGraphs() {
        String q = "SELECT ?name WHERE { GRAPH <" + TestGraphs.A2 + "> { ?p <http://www.w3.org/2004/02/skos/core#prefLabel> ?name } } ORDER BY ?name";
        assertEquals(List.of("Bob Sample", "Carol Test"), names(Http.query(endpoint("/sparql"), q, JSON)));
    }

    @Test
    void ask() {
        HttpResponse<String> yes = Http.query(endpoint("/sparql"),
                "ASK { ?p <http://www.w3.org/2004/02/skos/core#prefLabel> \"Carol Test\" }", JSON);
        assertEquals(200, yes.statusCode());
        assertTrue(yes.body().replaceAll("\\s", "").contains("\"boolean\":true"), yes.body());
        HttpResponse<String> no = Http.query(endpoint("/sparql"),
                "ASK { ?p <http://www.w3.org/2004/02/skos/core#prefLabel> \"Nobody\" }", JSON);
        assertTrue(no.body().replaceAll("\\s", "").contains("\"boolean\":false"), no.body());
    }

    @Test
    void constructAsTurtle() {
        String q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> CONSTRUCT { ?p skos:prefLabel ?n } WHERE { ?p skos:prefLabel ?n }";
        HttpResponse<String> r = Http.query(endpoint("/sparql"), q, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = turtle(r.body());
        assertEquals(3, g.size());
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/newskg/id/person/carol-test"),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                NodeFactory.createLiteralString("Carol Test")));
    }

    @Test
    void graphStoreReadsReturnTurtle() {
        for (String url : List.of(endpoint("/get?graph=" + Http.encode(TestGraphs.A2)),
                endpoint("/data?graph=" + Http.encode(TestGraphs.A2)),
                endpoint("?graph=" + Http.encode(TestGraphs.A2)))) {
            HttpResponse<String> r = Http.get(url, "text/turtle");
            assertEquals(200, r.statusCode(), url);
            assertEquals(4, turtle(r.body()).size(), url);
        }
    }

    @Test
    void uiAndItsAssetsAreServed() {
        HttpResponse<String> index = Http.get(server.serverUrl(), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Apache Jena Fuseki UI"));
        Matcher m = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(m.find(), index.body());
        HttpResponse<String> js = Http.get(server.serverUrl() + m.group(1), "*/*");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 10_000);
        assertEquals(200, Http.get(server.serverUrl() + "$/ping", "*/*").statusCode());
        HttpResponse<String> status = Http.get(server.serverUrl() + "$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/newskg\""), status.body());
    }

    @Test
    void adminEndpointsAreAbsent() {
        assertEquals(404, Http.get(server.serverUrl() + "$/datasets", "*/*").statusCode());
        // Without the admin module, DELETE falls through to the UI's static file servlet: 405.
        assertEquals(405, Http.send(HttpRequest.newBuilder(
                URI.create(server.serverUrl() + "$/datasets/newskg")).DELETE()).statusCode());
        assertEquals(200, Http.query(endpoint("/sparql"), PEOPLE, JSON).statusCode());
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        assertEquals(405, Http.postForm(endpoint("/update"), "update=" + Http.encode(update), null).statusCode());
        assertEquals(400, Http.body("POST", endpoint(""), "application/sparql-update", update, null).statusCode());
        assertEquals(405, Http.body("PUT", endpoint("/data?default"), "text/turtle", "<urn:x> <urn:y> <urn:z> .", null)
                .statusCode());
        assertEquals(405, Http.body("POST", endpoint("/data?default"), "text/turtle", "<urn:x> <urn:y> <urn:z> .", null)
                .statusCode());
        assertEquals(405, Http.body("PUT", endpoint("?default"), "text/turtle", "<urn:x> <urn:y> <urn:z> .", null)
                .statusCode());
        assertEquals(405, Http.send(HttpRequest.newBuilder(
                URI.create(endpoint("/data?graph=" + Http.encode(TestGraphs.A1)))).DELETE()).statusCode());
        assertEquals(16, store.size());
    }

    @Test
    void logsOneLinePerRequest() throws InterruptedException {
        String mark = "lc=" + System.nanoTime();
        Http.get(endpoint("/sparql?" + mark + "&query=" + Http.encode(PEOPLE)), JSON);
        Http.get(server.serverUrl() + "$/ping?" + mark, "*/*");
        Http.postForm(endpoint("/update?" + mark), "update=" + Http.encode("CLEAR ALL"), null);
        // Jetty writes the line once the response is complete, which may be just after the client has it.
        Thread.sleep(200);
        List<String> lines = LOG.stream().filter(l -> l.contains(mark)).toList();
        assertEquals(3, lines.size(), String.join("\n", LOG));
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d 127\\.0\\.0\\.1 "
                + "GET /newskg/sparql\\?" + mark + "&query=\\S+ 200 \\d+ ms"), lines.get(0));
        assertTrue(lines.get(1).matches(".* GET /\\$/ping\\?" + mark + " 200 \\d+ ms"), lines.get(1));
        assertTrue(lines.get(2).matches(".* POST /newskg/update\\?" + mark + " 405 \\d+ ms"), lines.get(2));
    }

    @Test
    void readyQueriesAnswerAndTheirLinksCarryTheQuery() {
        HttpResponse<String> people = Http.query(endpoint("/sparql"), ReadyQuery.PEOPLE_AND_ROLES.sparql(), "text/csv");
        assertEquals(200, people.statusCode(), people.body());
        assertTrue(people.body().contains("Alice Example,Governor,"), people.body());
        assertEquals(4, people.body().split("\r\n").length, people.body());
        HttpResponse<String> events = Http.query(endpoint("/sparql"), ReadyQuery.EVENTS_BY_DATE.sparql(), "text/csv");
        assertEquals(200, events.statusCode(), events.body());
        assertTrue(events.body().contains("2026-01-25,https://w3id.org/newskg/ontology#Meeting,"), events.body());
        assertTrue(events.body().contains("Alice Example"), events.body());

        String link = ReadyQuery.PEOPLE_AND_ROLES.uiLink(server.serverUrl(), GraphServer.DATASET);
        String prefix = server.serverUrl() + "#/dataset/newskg/query?query=";
        assertTrue(link.startsWith(prefix), link);
        assertFalse(link.contains("+") || link.contains(" ") || link.contains("\n"), link);
        assertEquals(ReadyQuery.PEOPLE_AND_ROLES.sparql(),
                URLDecoder.decode(link.substring(prefix.length()), StandardCharsets.UTF_8));
    }

    @Test
    void startupQueriesAreTheProjectFilesAndAnswer() throws Exception {
        List<ReadyQuery> queries = ReadyQuery.forStartup(Path.of("queries"));
        assertEquals(List.of("People and their roles", "Events by date"), queries.stream().map(ReadyQuery::title).toList());
        assertEquals(Files.readString(Path.of("queries", "role-holders.rq")), queries.get(0).sparql());
        assertEquals(Files.readString(Path.of("queries", "events-by-date.rq")), queries.get(1).sparql());
        HttpResponse<String> roles = Http.query(endpoint("/sparql"), queries.get(0).sparql(), "text/csv");
        assertEquals(200, roles.statusCode(), roles.body());
        assertTrue(roles.body().contains("Governor,Alice Example"), roles.body());
        HttpResponse<String> events = Http.query(endpoint("/sparql"), queries.get(1).sparql(), "text/csv");
        assertEquals(200, events.statusCode(), events.body());
        assertTrue(events.body().contains("2026-01-25,date:stated,Meeting"), events.body());
        assertEquals(ReadyQuery.ALL, ReadyQuery.forStartup(dir.resolve("no-queries-here")));
    }

    @Test
    void portInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            GraphServer other = GraphServer.create().dataset(store.datasetGraph()).port(taken.getLocalPort()).build();
            ServerException e = assertThrows(ServerException.class, other::start);
            assertTrue(e.getMessage().startsWith("127.0.0.1:" + taken.getLocalPort() + ": cannot listen there, the port is in use"),
                    e.getMessage());
        }
        assertEquals(200, Http.get(server.serverUrl() + "$/ping", "*/*").statusCode());
    }

    @Test
    void builderChecksItsSettings() {
        assertThrows(IllegalArgumentException.class, () -> GraphServer.create().port(-1));
        assertThrows(IllegalArgumentException.class, () -> GraphServer.create().port(65536));
        assertThrows(IllegalArgumentException.class, () -> GraphServer.create().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> GraphServer.create().maxRows(0));
        assertThrows(IllegalArgumentException.class, () -> GraphServer.create().host(" "));
        assertThrows(IllegalArgumentException.class, () -> GraphServer.create().allowUpdate("", "pw"));
        assertThrows(IllegalArgumentException.class, () -> GraphServer.create().allowUpdate("editor", ""));
        assertThrows(IllegalStateException.class, () -> GraphServer.create().build());
    }
}
