package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newskg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds built once with {@code newskg build}, then every file in {@code queries/} run over them,
 * asserting rows the articles state; and the seeds' graph checked against the SHACL shapes.
 */
class QueriesTest {
    private static final String ID = "https://w3id.org/newskg/id/article/";
    private static final String A0 = ID + "000_bcd50a19847de33a";
    private static final String A1 = ID + "001_2510ce9e5b8223ae";
    private static final String A2 = ID + "002_17ce685a5ce6ce4a";
    private static final Set<String> EVENT_TYPES = Set.of("Attack", "Protest", "Meeting", "Arrest", "Deportation",
            "Directive", "Deployment", "Statement", "Poll", "LegalAction", "Ceremony");

    @TempDir
    static Path dir;
    static Path storeDir;

    @BeforeAll
    static void buildSeeds() {
        storeDir = dir.resolve("store");
        Cli.Run r = Cli.run("build", "--input", "seeds", "--store", storeDir.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    // Design decision: the store is opened per query, not held for the class. In one JVM every
    // GraphStore on a directory shares one TDB2 instance, and a command closing its own handle
    // (validate, query) shuts it down for all.
    private static QueryFiles.Table run(String name) {
        return run(name, null, null);
    }

    private static QueryFiles.Table run(String name, String from, String to) {
        try (GraphStore store = GraphStore.open(storeDir)) {
            QueryFiles.Table t = from == null ? QueryFiles.run(store.dataset(), name)
                    : QueryFiles.run(store.dataset(), name, from, to);
            if (QueryFilesTest.CONTRACT.containsKey(name)) {
                assertEquals(QueryFilesTest.CONTRACT.get(name), t.columns(), name);
            }
            return t;
        }
    }

    @Test
    void everyQueryFileIsTestedOnTheSeeds() {
        // The methods below cover the same files as QueryFilesTest.TESTED.
        assertEquals(new TreeSet<>(QueryFilesTest.TESTED), new TreeSet<>(QueryFiles.names()));
    }

    @Test
    void seedsConformToTheShapes() {
        Cli.Run r = Cli.run("validate", "--store", storeDir.toString(), "--limit", "0");
        assertEquals(0, r.exit(), r.out());
    }

    @Test
    void queryCommandWritesTheScorersCsv() {
        Cli.Run r = Cli.run("query", "--store", storeDir.toString(), "--format", "csv", "queries/people.rq");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.stdout().lines().toList();
        assertEquals("name,article", lines.get(0));
        assertTrue(lines.contains("Donald Trump," + A0), r.stdout());
    }

    @Test
    void people() {
        QueryFiles.Table t = run("people.rq");
        for (String a : List.of(A0, A1, A2)) {
            assertTrue(t.has("name", "Donald Trump", "article", a), a);
        }
        assertTrue(t.has("name", "Tom Homan", "article", A0));
        assertTrue(t.has("name", "Stephen Miller", "article", A2));
        assertEquals(t.rows().size(), new HashSet<>(t.rows()).size(), "one row per person per article");
    }

    @Test
    void organizations() {
        QueryFiles.Table t = run("organizations.rq");
        for (String a : List.of(A0, A1, A2)) {
            assertTrue(t.has("name", "White House", "article", a), a);
        }
        assertTrue(t.has("name", "Oversight Project", "article", A0));
    }

    @Test
    void places() {
        QueryFiles.Table t = run("places.rq");
        assertTrue(t.has("name", "Minneapolis", "article", A0));
        assertTrue(t.has("name", "Los Angeles", "article", A2));
        assertFalse(t.has("name", "Minneapolis", "article", A2));
    }

    @Test
    void roles() {
        QueryFiles.Table t = run("roles.rq");
        assertTrue(t.has("person", "Tim Walz", "title", "Governor", "org", "", "place", "Minnesota", "article", A0), t.toString());
        assertTrue(t.has("person", "Mike Howell", "title", "president", "org", "Oversight Project", "place", "", "article", A0));
        assertTrue(t.has("person", "Tom Homan", "title", "Border Czar", "org", "", "place", ""));
    }

    @Test
    void events() {
        QueryFiles.Table t = run("events.rq");
        assertTrue(t.rows().stream().allMatch(r -> EVENT_TYPES.contains(r.get("type"))), t.toString());
        assertTrue(t.has("type", "Meeting"));
        assertTrue(t.has("type", "Attack", "participant", "Alex Pretti", "article", A0), t.toString());
        assertTrue(t.has("type", "Statement", "participant", "Donald Trump", "article", A1));
        assertTrue(t.has("type", "Deployment", "participant", "National Guard", "place", "Los Angeles", "article", A2));
        assertTrue(t.rows().stream().allMatch(r -> r.get("event").startsWith(r.get("article") + "/event/")));
    }

    @Test
    void quotes() {
        QueryFiles.Table t = run("quotes.rq");
        assertTrue(t.where(r -> r.get("speaker").equals("Mike Howell") && r.get("article").equals(A0)
                && r.get("text").startsWith("This is a pivotal moment that will determine")).size() == 1, t.toString());
        assertTrue(t.has("speaker", "Stephen Miller", "article", A2,
                "text", "necessary to restore law and order in cities that have surrendered to chaos."));
    }

    @Test
    void roleHolders() {
        QueryFiles.Table t = run("role-holders.rq");
        assertTrue(t.has("organization", "Oversight Project", "title", "president", "person", "Mike Howell", "articles", "1"));
        assertTrue(t.has("organization", "", "title", "President", "person", "Donald Trump", "articles", "3"), t.toString());
        assertFalse(t.rows().get(0).get("organization").isEmpty(), "roles of an organization come first");
    }

    @Test
    void saidBy() {
        QueryFiles.Table t = run("said-by.rq");
        assertTrue(t.rows().stream().allMatch(r -> r.get("speaker").equals("Donald Trump")));
        assertTrue(t.has("kind", "quote", "article", A2,
                "said", "If we didn\u2019t have the National Guard on call and ready, they would rip Los Angeles apart."),
                t.toString());
        assertTrue(t.has("kind", "statement", "article", A1), t.toString());
        assertTrue(t.rows().stream().allMatch(r -> !r.get("sentence").isEmpty()));
    }

    @Test
    void eventsByDate() {
        QueryFiles.Table t = run("events-by-date.rq");
        assertTrue(t.has("day", "2026-02-08", "dated_by", "article published", "article", A1), t.toString());
        List<String> days = t.column("day");
        assertTrue(days.stream().noneMatch(String::isEmpty));
        assertEquals(days.stream().sorted().toList(), days, "in date order");
    }

    @Test
    void eventTypeParticipants() {
        QueryFiles.Table t = run("event-type-participants.rq");
        assertFalse(t.rows().isEmpty());
        assertTrue(t.rows().stream().allMatch(r -> Set.of("Person", "Organization").contains(r.get("kind"))));
        assertTrue(t.has("name", "Immigration and Customs Enforcement") || t.has("name", "ICE"), t.toString());
        QueryFiles.Table meetings = run("event-type-participants.rq", "{ nkg:Protest }", "{ nkg:Meeting }");
        assertTrue(meetings.has("name", "Tom Homan", "kind", "Person"), meetings.toString());
    }

    @Test
    void crossArticleEntities() {
        QueryFiles.Table t = run("cross-article-entities.rq");
        assertTrue(t.has("name", "Donald Trump", "kind", "Person", "articles", "3"), t.toString());
        assertTrue(t.has("name", "White House", "kind", "Organization", "articles", "3"));
        assertFalse(t.has("name", "Tom Homan"), "named in one article only");
    }

    @Test
    void coOccurrence() {
        QueryFiles.Table t = run("co-occurrence.rq");
        assertTrue(t.where(r -> QueryFiles.matches(r, "person1", "Jacob Frey", "person2", "Tim Walz")
                && Integer.parseInt(r.get("sentences")) >= 1).size() == 1, t.toString());
        assertTrue(t.has("person1", "Donald Trump", "person2", "Tom Homan"));
    }

    @Test
    void evidence() {
        QueryFiles.Table t = run("evidence.rq");
        assertTrue(t.has("kind", "role", "statement", "Tim Walz: Governor", "anchor", "Minnesota Governor Tim Walz",
                "article", A0), t.toString());
        assertTrue(t.has("kind", "quote", "article", A2));
        for (Map<String, String> r : t.rows()) {
            int begin = Integer.parseInt(r.get("begin"));
            int end = Integer.parseInt(r.get("end"));
            int from = begin - Integer.parseInt(r.get("sentence_begin"));
            assertEquals(r.get("anchor").length(), end - begin, r.get("fact"));
            assertTrue(from >= 0 && from < r.get("sentence").length(), r.get("fact") + " begins in its sentence");
            if (from + (end - begin) <= r.get("sentence").length()) {
                assertEquals(r.get("anchor"), r.get("sentence").substring(from, from + end - begin), r.get("fact"));
            }
            double c = Double.parseDouble(r.get("confidence"));
            assertTrue(c >= 0 && c <= 1 && !r.get("method").isEmpty(), r.get("fact"));
        }
    }

    @Test
    void organizationActivity() {
        QueryFiles.Table t = run("organization-activity.rq");
        assertFalse(t.rows().isEmpty());
        assertTrue(t.rows().stream().allMatch(r -> r.get("organization").equals("White House")));
        assertTrue(t.rows().stream().allMatch(r -> EVENT_TYPES.contains(r.get("type")) && !r.get("sentence").isEmpty()));
        assertTrue(t.rows().stream().anyMatch(r -> r.get("sentence").contains("White House")), t.toString());
    }

    @Test
    void mentionsOf() {
        QueryFiles.Table t = run("mentions-of.rq");
        assertTrue(t.rows().size() >= 20, t.toString());
        assertTrue(t.has("name", "Donald Trump", "words", "Donald Trump", "article", A2));
        assertTrue(t.has("words", "Trump", "article", A0));
        assertTrue(t.rows().stream().allMatch(r -> r.get("sentence").contains(r.get("words"))));
    }

    @Test
    void articleSummary() {
        QueryFiles.Table t = run("article-summary.rq");
        assertEquals(List.of("000_bcd50a19847de33a.txt", "001_2510ce9e5b8223ae.txt", "002_17ce685a5ce6ce4a.txt"),
                t.column("file"));
        assertTrue(t.has("file", "001_2510ce9e5b8223ae.txt", "issued", "2026-02-08"));
        assertTrue(t.rows().stream().allMatch(r -> Integer.parseInt(r.get("people")) >= 1));
    }

    @Test
    void lowConfidence() {
        QueryFiles.Table t = run("low-confidence.rq");
        List<Double> c = t.column("confidence").stream().map(Double::parseDouble).toList();
        assertFalse(c.isEmpty());
        assertTrue(c.stream().allMatch(x -> x < 0.75));
        assertEquals(c.stream().sorted().toList(), c, "least sure first");
    }
}
