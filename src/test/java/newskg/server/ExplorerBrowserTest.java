package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newskg.store.GraphStore;
import newskg.vocab.NKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer in a real browser: serves {@link ExplorerFixture}'s store and runs
 * {@code src/test/browser/explore-check.mjs} (playwright-core driving Debian's headless Chromium) in one
 * browser session: search by keyboard and open the entity; evidence marks against the stored offsets;
 * the article page's mentions against the graph; expanding a node in the graph view; Fuseki's UI
 * (prefixes, queries, no write controls, IRIs opening in the explorer); and the hostile article.
 * Writes screenshots to {@code target/screenshots/}. Skipped when Chromium or the npm package is
 * missing, except in CI ({@code CI=true}), where it must run.
 */
class ExplorerBrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void explorerPagesInChromium() throws Exception {
        BrowserScript.assumeReady();
        Files.createDirectories(SHOTS);
        for (String shot : new String[] {"entity.png", "entity-phone.png", "article.png", "graph.png", "fuseki-ui.png"}) {
            Files.deleteIfExists(SHOTS.resolve(shot));
        }
        Map<String, JsonObject> steps = new HashMap<>();
        String output;
        try (GraphStore store = ExplorerFixture.store(dir)) {
            GraphServer server = GraphServer.create().dataset(store.datasetGraph()).port(0).queries(Path.of("queries"))
                    .build().start();
            try {
                output = BrowserScript.run(dir, 180, "explore-check.mjs", server.serverUrl(), SHOTS.toString(), config());
            } finally {
                server.stop();
            }
        }
        for (String line : output.lines().toList()) {
            if (line.startsWith("{\"step\"")) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                steps.put(o.get("step").getAsString(), o);
            }
        }
        assertTrue(steps.containsKey("console"), output);

        JsonObject search = steps.get("search");
        assertTrue(search.getAsJsonArray("options").get(0).getAsString().startsWith("Alice Example"), output);
        assertEquals("q-opt-0", search.get("active").getAsString());
        assertTrue(search.get("url").getAsString().endsWith("/id/person/alice-example"), output);
        assertEquals("Alice Example", search.get("h1").getAsString());

        // Every mark is a stored role's span, and its words are the article's text there.
        JsonObject evidence = steps.get("evidence");
        JsonArray marks = evidence.getAsJsonArray("marks");
        assertFalse(marks.isEmpty(), output);
        List<String> stored = new ArrayList<>();
        evidence.getAsJsonArray("stored").forEach(s -> stored.add(span(s.getAsJsonObject())));
        for (JsonElement m : marks) {
            assertTrue(stored.contains(span(m.getAsJsonObject())), m + " is not one of " + stored);
        }
        assertEquals("Columbus Mayor Alice Example", marks.get(0).getAsJsonObject().get("words").getAsString());
        assertTrue(steps.get("phone").get("overflow").getAsInt() <= 0, "wider than a phone: " + steps.get("phone"));
        assertEquals(1, steps.get("table-keys").get("focusedRow").getAsInt());

        // "met Dana Other in Ohio on Friday." states the day; "..., Dana Other said." is read from the story
        List<String> dates = new ArrayList<>();
        steps.get("event-dates").getAsJsonArray("dates").forEach(d -> dates.add(d.getAsString()));
        assertTrue(dates.contains("2026-03-06"), dates.toString());
        assertTrue(dates.contains("2026-03-06 (the story\u2019s day)"), dates.toString());

        JsonObject article = steps.get("article");
        assertEquals(ExplorerFixture.A1, article.get("article").getAsString());
        assertEquals(article.get("graphMentions").getAsInt(), article.get("marks").getAsInt(), output);
        assertTrue(article.get("counts").getAsString().startsWith(article.get("graphMentions").getAsInt() + " mentions"));
        assertTrue(article.get("textEqual").getAsBoolean(), "the page's text is the stored text");
        assertEquals(article.get("focusWords").getAsString(), article.get("highlighted").getAsString());
        assertEquals("Columbus Mayor Alice Example", article.get("highlighted").getAsString());
        assertTrue(article.get("firstTitle").getAsString().contains("Columbus · Place"), output);
        assertTrue(steps.get("mention-click").get("url").getAsString().contains("/id/place/columbus"), output);

        JsonObject graph = steps.get("graph");
        assertTrue(graph.getAsJsonArray("added").size() > 0, output);
        assertTrue(graph.getAsJsonArray("added").toString().contains(ExplorerFixture.DANA), output);
        assertTrue(graph.get("events").getAsInt() > 0);
        assertEquals(0, graph.get("visibleEvents").getAsInt(), "unchecking Event hides the events");
        JsonObject more = steps.get("show-more");
        assertEquals(3, more.get("drawn").getAsInt());
        assertTrue(more.get("moreText").getAsString().matches("Show more \\(\\d+ left\\)"), output);
        assertTrue(more.get("drawnAfter").getAsInt() > 3);
        assertTrue(steps.get("dblclick").get("url").getAsString().endsWith("/id/person/bob-sample"), output);

        JsonObject ui = steps.get("fuseki-ui");
        String badges = ui.getAsJsonArray("badges").toString();
        for (String prefix : new String[] {"nkg", "skos", "org", "dcterms", "prov", "schema"}) {
            assertTrue(badges.contains("\"" + prefix + "\""), prefix + " in " + badges);
        }
        assertTrue(badges.contains("\"role-holders\"") && badges.contains("\"events-by-date\""), badges);
        assertEquals(0, ui.get("homeWrites").getAsInt(), "no add data / edit buttons on a read-only server");
        assertEquals(0, ui.get("navWrites").getAsInt(), "no add data / edit tabs on a read-only server");
        assertEquals("/id/person/alice-example", ui.get("rewritten").getAsString());
        assertTrue(ui.get("landed").getAsString().endsWith("/id/person/alice-example"), output);
        assertEquals("Alice Example", ui.get("h1").getAsString());

        JsonObject hostile = steps.get("hostile");
        for (String page : new String[] {"entity", "article", "graph", "search", "typeahead"}) {
            JsonObject h = hostile.getAsJsonObject(page);
            assertNotNull(h, page);
            assertTrue(h.get("pwned").isJsonNull(), page + " ran script: " + h);
            assertEquals(0, h.get("imgs").getAsInt(), page + ": " + h);
            assertEquals(0, h.get("foreignScripts").getAsInt(), page + ": " + h);
            assertEquals(0, h.get("handlers").getAsInt(), page + ": " + h);
            assertEquals(0, h.get("boldOrItalic").getAsInt(), page + ": " + h);
        }
        assertEquals(ExplorerFixture.EVE_NAME, hostile.getAsJsonObject("entity").get("h1").getAsString());
        assertTrue(hostile.getAsJsonObject("entity").get("hasQuote").getAsBoolean(), "the quote shown as text");
        assertEquals(ExplorerFixture.HOSTILE_TITLE, hostile.getAsJsonObject("article").get("h1").getAsString());
        assertTrue(hostile.getAsJsonObject("article").get("hasName").getAsBoolean());
        List<String> options = new ArrayList<>();
        hostile.getAsJsonObject("typeahead").getAsJsonArray("options").forEach(o -> options.add(o.getAsString()));
        assertTrue(options.stream().anyMatch(o -> o.startsWith(ExplorerFixture.EVE_NAME)), options.toString());

        assertEquals("[]", steps.get("console").getAsJsonArray("errors").toString(), "console errors");
        for (String shot : new String[] {"entity.png", "entity-phone.png", "article.png", "graph.png", "fuseki-ui.png"}) {
            assertTrue(Files.size(SHOTS.resolve(shot)) > 10_000, shot);
        }
    }

    private static String span(JsonObject o) {
        return o.get("begin").getAsInt() + ".." + o.get("end").getAsInt() + "=" + o.get("words").getAsString();
    }

    private static String config() {
        JsonObject cfg = new JsonObject();
        cfg.addProperty("search", "Alic");
        cfg.addProperty("entity", ExplorerFixture.ALICE);
        cfg.addProperty("expand", ExplorerFixture.CARL);
        cfg.addProperty("dblclick", ExplorerFixture.BOB);
        cfg.addProperty("dated", NKG.ID + "person/dana-other");
        JsonObject h = new JsonObject();
        h.addProperty("entity", ExplorerFixture.EVE);
        h.addProperty("article", ExplorerFixture.HOSTILE);
        h.addProperty("name", ExplorerFixture.EVE_NAME);
        h.addProperty("title", ExplorerFixture.HOSTILE_TITLE);
        h.addProperty("quote", ExplorerFixture.QUOTE);
        cfg.add("hostile", h);
        return cfg.toString();
    }
}
