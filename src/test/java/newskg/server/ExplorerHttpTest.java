package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newskg.store.GraphStore;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer over HTTP on a real server ({@link ExplorerFixture}'s store): the JSON API's answers
 * against the graph, its errors (400, 404, 503), the linked-data IRIs in each format, Fuseki's UI page
 * and the static files.
 */
class ExplorerHttpTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static GraphServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = ExplorerFixture.store(dir);
        server = GraphServer.create().dataset(store.datasetGraph()).port(0).queries(Path.of("queries"))
                .names(store.names()).build().start(); // search through the name index, as newskg serve does
        base = server.serverUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void searchFindsNamesByTheirStartOrAWordsStart() {
        JsonObject answer = json(get("api/search?q=ali"), 200);
        JsonObject first = answer.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals(ExplorerFixture.ALICE, first.getAsJsonObject("entity").get("iri").getAsString());
        assertEquals("Alice Example", first.getAsJsonObject("entity").get("name").getAsString());
        assertEquals("Person", first.getAsJsonObject("entity").get("type").getAsString());
        assertEquals(2, first.get("articles").getAsInt());
        List<String> byWord = names(json(get("api/search?q=sampl"), 200));
        assertEquals(List.of("Bob Sample"), byWord);
        assertEquals(List.of(), names(json(get("api/search?q=zzyzx"), 200)));
        assertEquals(List.of("Alice Example"), names(json(get("api/search?q=" + Http.encode(ExplorerFixture.ALICE)), 200)));
        assertEquals(List.of("Alice Example"), names(json(get("api/search?q=person:alice-example"), 200)));
    }

    @Test
    void malformedRequestsAre400WithAMessage() {
        assertEquals("the parameter q is missing", json(get("api/search"), 400).get("error").getAsString());
        assertEquals("the parameter limit must be between 1 and 50: 0", json(get("api/search?q=a&limit=0"), 400)
                .get("error").getAsString());
        assertEquals("the parameter limit must be a whole number: ten",
                json(get("api/search?q=a&limit=ten"), 400).get("error").getAsString());
        assertTrue(json(get("api/entity?iri=" + Http.encode("not an iri")), 400).get("error").getAsString()
                .startsWith("not "), "a text that is no IRI");
        assertEquals("end (3) comes before begin (9)", json(get("api/article?iri=" + Http.encode(ExplorerFixture.A1)
                + "&begin=9&end=3"), 400).get("error").getAsString());
        assertTrue(json(get("api/nothing"), 404).get("error").getAsString().startsWith("no such API: /api/nothing"));
    }

    @Test
    void unknownIrisAndNamesAre404() {
        String nobody = NKG.ID + "person/nobody-at-all";
        assertEquals("the graph holds no person, organization or place with the IRI " + nobody,
                json(get("api/entity?iri=" + Http.encode(nobody)), 404).get("error").getAsString());
        assertEquals("no person, organization or place is named Nobody At All",
                json(get("api/entity?name=" + Http.encode("Nobody At All")), 404).get("error").getAsString());
        assertEquals(404, get("api/article?iri=" + Http.encode(NKG.ID + "article/none")).statusCode());
        assertEquals(404, get("api/neighbourhood?iri=" + Http.encode(nobody)).statusCode());
        // The pages say so too, with the status.
        assertEquals(404, get("explore/entity?iri=" + Http.encode(nobody)).statusCode());
        assertEquals(404, get("id/person/nobody-at-all").statusCode());
        assertEquals(404, Http.get(base + "id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(200, get("explore/entity?iri=" + Http.encode(ExplorerFixture.ALICE)).statusCode());
        HttpResponse<String> byName = get("explore/entity?name=" + Http.encode("bob sample"));
        assertEquals(302, byName.statusCode());
        assertEquals("/id/person/bob-sample", byName.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void entityEvidenceMarksTheWordsAtTheStoredOffsets() {
        JsonObject alice = json(get("api/entity?iri=" + Http.encode(ExplorerFixture.ALICE)), 200);
        assertEquals("Alice Example", alice.get("name").getAsString());
        assertEquals(2, alice.get("articleCount").getAsInt());
        JsonObject role = alice.getAsJsonObject("roles").getAsJsonArray("items").get(0).getAsJsonObject();
        assertEquals("Mayor", role.get("title").getAsString());
        assertEquals("Columbus", role.getAsJsonObject("place").get("name").getAsString());
        int checked = 0;
        for (String list : new String[] {"roles", "events", "quotes", "related", "articles"}) {
            for (JsonElement row : alice.getAsJsonObject(list).getAsJsonArray("items")) {
                JsonObject r = row.getAsJsonObject();
                JsonArray passages = r.has("evidence") && r.get("evidence").isJsonArray() ? r.getAsJsonArray("evidence")
                        : new JsonArray();
                if (r.has("evidence") && r.get("evidence").isJsonObject()) {
                    passages.add(r.getAsJsonObject("evidence"));
                }
                for (JsonElement p : passages) {
                    checked += checkPassage(p.getAsJsonObject());
                }
            }
        }
        assertTrue(checked >= 8, "passages checked: " + checked);
        JsonObject quote = alice.getAsJsonObject("quotes").getAsJsonArray("items").get(0).getAsJsonObject();
        assertEquals("We will build the ferry this year,", quote.get("text").getAsString());
    }

    @Test
    void anEventsDateSaysHowItWasFound() {
        JsonObject dana = json(get("api/entity?iri=" + Http.encode(NKG.ID + "person/dana-other")), 200);
        List<String> dated = new ArrayList<>();
        for (JsonElement row : dana.getAsJsonObject("events").getAsJsonArray("items")) {
            JsonObject e = row.getAsJsonObject();
            dated.add(e.get("type").getAsString() + " " + e.get("date").getAsString() + " " + e.get("dateMethod").getAsString());
        }
        // "met Dana Other in Ohio on Friday." then "..., Dana Other said.": the statement takes the story's day
        assertTrue(dated.contains("Meeting 2026-03-06 date:stated"), dated.toString());
        assertTrue(dated.contains("Statement 2026-03-06 date:story-day"), dated.toString());
    }

    /** The passage's marks are the article's stored text at their offsets; returns the marks checked. */
    private static int checkPassage(JsonObject p) {
        String text = articleText(p.get("article").getAsString());
        String sentence = p.get("sentence").getAsString();
        int sb = p.get("sentenceBegin").getAsInt();
        assertEquals(text.substring(sb, sb + sentence.length()), sentence, "the passage is the article's text there");
        int n = 0;
        for (JsonElement m : p.getAsJsonArray("marks")) {
            int b = m.getAsJsonObject().get("begin").getAsInt();
            int e = m.getAsJsonObject().get("end").getAsInt();
            assertEquals(text.substring(b, e), sentence.substring(b - sb, e - sb));
            n++;
        }
        return n;
    }

    @Test
    void articleHasEveryMentionOfItsGraphAndTheFocusOfAPart() {
        JsonObject a1 = json(get("api/article?iri=" + Http.encode(ExplorerFixture.A1)), 200);
        assertEquals("Harbor council backs new ferry plan", a1.get("title").getAsString());
        assertEquals(articleText(ExplorerFixture.A1), a1.get("text").getAsString());
        assertEquals(count("SELECT (COUNT(?m) AS ?n) WHERE { GRAPH <" + ExplorerFixture.A1 + "> { ?m a <" + NKG.Mention
                + "> } }"), a1.getAsJsonArray("mentions").size());
        String text = a1.get("text").getAsString();
        for (JsonElement m : a1.getAsJsonArray("mentions")) {
            JsonObject span = m.getAsJsonObject().getAsJsonObject("span");
            String words = text.substring(span.get("begin").getAsInt(), span.get("end").getAsInt());
            assertTrue(words.endsWith(m.getAsJsonObject().getAsJsonObject("entity").get("name").getAsString())
                    || m.getAsJsonObject().getAsJsonObject("entity").get("name").getAsString().endsWith(words), words);
        }
        assertFalse(a1.has("focus"));
        assertFalse(a1.has("url"), "no metadata but the title");
        JsonObject a3 = json(get("api/article?iri=" + Http.encode(ExplorerFixture.A3)), 200);
        assertEquals("Harbor Authority names new pilot", a3.get("title").getAsString());
        assertEquals("2026-03-06", a3.get("issued").getAsString());
        assertEquals("https://news.example.org/harbor-pilot", a3.get("url").getAsString());
        assertEquals("Example Gazette", a3.get("source").getAsString());
        assertEquals("Pat Writer", a3.get("creator").getAsString());
        JsonObject role = a1.getAsJsonArray("roles").get(0).getAsJsonObject();
        JsonObject atRole = json(get("api/article?iri=" + Http.encode(role.get("iri").getAsString())), 200);
        assertEquals(ExplorerFixture.A1, atRole.get("iri").getAsString());
        JsonObject mark = role.getAsJsonObject("evidence").getAsJsonArray("marks").get(0).getAsJsonObject();
        assertEquals(mark, atRole.getAsJsonObject("focus"));
    }

    @Test
    void neighbourhoodPagesThroughItsNodesStrongestFirst() {
        String iri = Http.encode(ExplorerFixture.ALICE);
        JsonObject all = json(get("api/neighbourhood?iri=" + iri), 200);
        int total = all.get("total").getAsInt();
        assertEquals(total, all.getAsJsonArray("nodes").size());
        assertEquals(ExplorerFixture.ALICE, all.getAsJsonArray("nodes").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("Role", all.getAsJsonArray("nodes").get(1).getAsJsonObject().get("type").getAsString());
        Set<String> ids = new HashSet<>();
        for (int offset = 0; offset < total; offset += 2) {
            JsonObject page = json(get("api/neighbourhood?limit=2&offset=" + offset + "&iri=" + iri), 200);
            assertEquals(total, page.get("total").getAsInt());
            assertTrue(page.getAsJsonArray("nodes").size() <= 2);
            page.getAsJsonArray("nodes").forEach(n -> assertTrue(ids.add(n.getAsJsonObject().get("id").getAsString())));
        }
        assertEquals(total, ids.size());
        Set<String> nodes = new HashSet<>();
        all.getAsJsonArray("nodes").forEach(n -> nodes.add(n.getAsJsonObject().get("id").getAsString()));
        for (JsonElement e : all.getAsJsonArray("edges")) {
            assertTrue(nodes.contains(e.getAsJsonObject().get("source").getAsString()), e.toString());
            assertTrue(nodes.contains(e.getAsJsonObject().get("target").getAsString()), e.toString());
        }
        assertFalse(nodes.contains(ExplorerFixture.DANA), "Dana is two steps away");
        JsonObject carl = json(get("api/neighbourhood?iri=" + Http.encode(ExplorerFixture.CARL)), 200);
        assertTrue(carl.getAsJsonArray("nodes").toString().contains(ExplorerFixture.DANA));
    }

    @Test
    void idAsTurtleIsTheEntitysDescriptionWithEvidence() {
        HttpResponse<String> r = Http.get(base + "id/person/alice-example", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = parse(r.body(), Lang.TURTLE);
        Node alice = NodeFactory.createURI(ExplorerFixture.ALICE);
        assertTrue(g.contains(alice, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Alice Example")));
        assertTrue(g.contains(alice, RDF.type.asNode(), NKG.Nodes.Person));
        // Each mention with its words and its sentence; each fact with its evidence sentence's text.
        List<Node> mentions = g.find(Node.ANY, NKG.Nodes.mentionOf, alice).mapWith(t -> t.getSubject()).toList();
        assertEquals(count("SELECT (COUNT(?m) AS ?n) WHERE { ?m <" + NKG.mentionOf + "> <" + ExplorerFixture.ALICE + "> }"),
                mentions.size());
        for (Node m : mentions) {
            Node s = g.find(m, NKG.Nodes.inSentence, Node.ANY).next().getObject();
            assertTrue(g.find(s, NKG.Nodes.text, Node.ANY).hasNext(), "sentence text of " + m);
            assertTrue(g.find(m, NKG.Nodes.beginIndex, Node.ANY).hasNext());
        }
        Node role = g.find(Node.ANY, org("member"), alice).next().getSubject();
        Node evidence = g.find(role, NKG.Nodes.evidence, Node.ANY).next().getObject();
        assertTrue(g.find(evidence, NKG.Nodes.text, Node.ANY).next().getObject().getLiteralLexicalForm()
                .contains("Columbus Mayor Alice Example"));
        assertTrue(g.find(Node.ANY, NKG.Nodes.saidBy, alice).hasNext(), "the quote");
        assertFalse(r.headers().firstValue("Newskg-Truncated").isPresent());

        Graph ld = parse(Http.get(base + "id/person/alice-example", "application/ld+json").body(), Lang.JSONLD);
        Graph nt = parse(Http.get(base + "id/person/alice-example", "application/n-triples").body(), Lang.NTRIPLES);
        assertTrue(ld.isIsomorphicWith(g) && nt.isIsomorphicWith(g), "the same description in every format");
        assertTrue(parse(get("id/person/alice-example?format=ttl").body(), Lang.TURTLE).isIsomorphicWith(g));
        // An article is its whole graph.
        Graph article = parse(Http.get(base + "id/article/a1", "text/turtle").body(), Lang.TURTLE);
        assertEquals(count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + ExplorerFixture.A1 + "> { ?s ?p ?o } }"), article.size());
    }

    @Test
    void idNegotiatesHtmlAndRefusesFormatsNotOffered() {
        HttpResponse<String> html = Http.get(base + "id/person/alice-example", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("/explore/static/entity.js"), "the entity page");
        assertTrue(html.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("Accept", html.headers().firstValue("Vary").orElse(""));
        assertTrue(Http.get(base + "id/article/a1", "text/html").body().contains("/explore/static/article.js"));
        assertTrue(Http.get(base + "id/article/a1/role/0", "text/html").body().contains("/explore/static/article.js"));
        HttpResponse<String> pdf = Http.get(base + "id/person/alice-example", "application/pdf");
        assertEquals(406, pdf.statusCode());
        assertTrue(pdf.body().startsWith("newskg: this IRI is offered as text/html, text/turtle"), pdf.body());
        assertEquals(400, get("id/person/alice-example?format=docx").statusCode());
    }

    @Test
    void fusekiUiPageHasTheExplorersScriptAndTheProjectsQueries() {
        HttpResponse<String> index = get("");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<script src=\"/explore/static/fuseki-ui.js\" defer></script>"));
        assertTrue(index.body().contains("./static/index-"), "Fuseki's own page");
        assertEquals(index.body(), get("index.html").body());
        JsonObject ui = json(get("api/ui"), 200);
        assertTrue(ui.get("readOnly").getAsBoolean());
        List<String> prefixes = new ArrayList<>();
        ui.getAsJsonArray("prefixes").forEach(p -> prefixes.add(p.getAsJsonObject().get("prefix").getAsString()));
        assertEquals(List.of("nkg", "skos", "org", "dcterms", "prov", "schema"), prefixes);
        JsonObject holders = null;
        for (JsonElement q : ui.getAsJsonArray("queries")) {
            if (q.getAsJsonObject().get("name").getAsString().equals("role-holders")) {
                holders = q.getAsJsonObject();
            }
        }
        assertNotNull(holders, ui.toString());
        assertEquals("Who holds which role in which organization (or place)?", holders.get("title").getAsString());
        assertTrue(holders.get("sparql").getAsString().contains("SELECT"));
    }

    @Test
    void staticFilesComeFromTheJarOnly() {
        HttpResponse<String> css = get("explore/static/explore.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.send(HttpRequest.newBuilder(URI.create(base + "explore/static/explore.css"))
                .header("If-None-Match", etag).GET()).statusCode());
        HttpResponse<String> cy = get("explore/static/cytoscape.min.js");
        assertEquals(200, cy.statusCode());
        assertTrue(cy.body().length() > 400_000, "cytoscape.js from its webjar");
        for (String traversal : new String[] {"explore/static/..%2Fexplore.css", "explore/static/%2e%2e/index.html",
                "explore/static/..%2F..%2Fnewskg%2Fexplore%2FExplorer.class"}) {
            int status = get(traversal).statusCode();
            assertTrue(status == 400 || status == 404, traversal + " answered " + status);
        }
        assertEquals(404, get("explore/static/Explorer.class").statusCode());
        assertEquals(404, get("explore/nowhere").statusCode());
        for (String page : new String[] {"explore", "explore/graph?iri=" + Http.encode(ExplorerFixture.ALICE)}) {
            String body = get(page).body();
            assertFalse(body.contains("http://") || body.contains("https://"), page + " loads nothing from elsewhere");
        }
    }

    @Test
    void hostileTextIsEscapedInTheJson() {
        HttpResponse<String> r = get("api/entity?iri=" + Http.encode(ExplorerFixture.EVE));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<"), "no raw markup in the JSON");
        assertTrue(r.body().contains("\\u003cscript\\u003e"));
        JsonObject eve = JsonParser.parseString(r.body()).getAsJsonObject();
        assertEquals(ExplorerFixture.EVE_NAME, eve.get("name").getAsString());
        assertEquals(List.of(ExplorerFixture.EVE_ALIAS), List.of(eve.getAsJsonArray("otherNames").get(0).getAsString()));
        assertEquals(ExplorerFixture.QUOTE, eve.getAsJsonObject("quotes").getAsJsonArray("items").get(0).getAsJsonObject()
                .get("text").getAsString());
        JsonObject article = json(get("api/article?iri=" + Http.encode(ExplorerFixture.HOSTILE)), 200);
        assertEquals(ExplorerFixture.HOSTILE_TEXT, article.get("text").getAsString());
        assertEquals(2, article.getAsJsonArray("mentions").size());
    }

    @Test
    void theServersTimeoutAndRowCapHoldForTheExplorer() {
        GraphServer capped = GraphServer.create().dataset(store.datasetGraph()).port(0).maxRows(2).build().start();
        try {
            JsonObject alice = json(Http.get(capped.serverUrl() + "api/entity?iri=" + Http.encode(ExplorerFixture.ALICE),
                    "application/json"), 200);
            assertEquals(2, alice.getAsJsonObject("related").get("total").getAsInt(), "at most 2 rows per query");
            assertEquals(400, Http.get(capped.serverUrl() + "api/entity?limit=3&iri=" + Http.encode(ExplorerFixture.ALICE),
                    "application/json").statusCode(), "no list longer than the cap");
        } finally {
            capped.stop();
        }
        GraphServer hasty = GraphServer.create().dataset(store.datasetGraph()).port(0).timeout(Duration.ofMillis(1))
                .build().start();
        try {
            JsonObject answer = json(Http.get(hasty.serverUrl() + "api/entity?iri=" + Http.encode(ExplorerFixture.ALICE),
                    "application/json"), 503);
            assertEquals("the store took longer than 1 ms to answer; try again later", answer.get("error").getAsString());
        } finally {
            hasty.stop();
        }
    }

    private static HttpResponse<String> get(String path) {
        return Http.get(base + path, "*/*");
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private static List<String> names(JsonObject answer) {
        List<String> names = new ArrayList<>();
        answer.getAsJsonArray("results").forEach(r -> names.add(r.getAsJsonObject().getAsJsonObject("entity")
                .get("name").getAsString()));
        return names;
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    private static Node org(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/org#" + local);
    }

    private static String articleText(String article) {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                .find(NodeFactory.createURI(article), NodeFactory.createURI(article), NKG.Nodes.text, Node.ANY)
                .next().getObject().getLiteralLexicalForm());
    }

    private static int count(String sparql) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(sparql, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getInt();
            }
        });
    }
}
