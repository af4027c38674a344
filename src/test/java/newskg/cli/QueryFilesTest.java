package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newskg.store.GraphStore;
import newskg.store.TestStores;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file in {@code queries/} against the hand-made fixture, whose rows are known exactly. The
 * seeds' graph gets the same treatment in {@link QueriesTest}.
 */
class QueryFilesTest {
    private static final String A = TestStores.ARTICLE_A;
    private static final String B = TestStores.ARTICLE_B;

    /** Every query file has a test here; a new file without one fails {@link #everyQueryFileIsTested()}. */
    static final Set<String> TESTED = Set.of("people.rq", "organizations.rq", "places.rq", "roles.rq", "events.rq",
            "quotes.rq", "role-holders.rq", "said-by.rq", "events-by-date.rq", "event-type-participants.rq",
            "cross-article-entities.rq", "co-occurrence.rq", "evidence.rq", "organization-activity.rq",
            "mentions-of.rq", "article-summary.rq", "low-confidence.rq", "post-holders-on-date.rq",
            "personnel-changes.rq", "entity-search.rq");

    /** The scorer's six files and their fixed columns. */
    static final Map<String, List<String>> CONTRACT = Map.of(
            "people.rq", List.of("name", "article"),
            "organizations.rq", List.of("name", "article"),
            "places.rq", List.of("name", "article"),
            "roles.rq", List.of("person", "title", "org", "place", "article", "status", "start", "end"),
            "events.rq", List.of("event", "type", "participant", "place", "date", "article"),
            "quotes.rq", List.of("speaker", "text", "article"));

    @TempDir
    static Path dir;
    static GraphStore store;
    static Dataset ds;

    @BeforeAll
    static void open() {
        store = GraphStore.open(TestStores.fixtureStore(dir));
        ds = store.dataset();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static QueryFiles.Table run(String name) {
        QueryFiles.Table t = QueryFiles.run(ds, name);
        if (CONTRACT.containsKey(name)) {
            assertEquals(CONTRACT.get(name), t.columns(), name);
        }
        return t;
    }

    private static Map<String, String> row(String... columnValuePairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            m.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return m;
    }

    @Test
    void everyQueryFileIsTested() {
        assertEquals(new TreeSet<>(TESTED), new TreeSet<>(QueryFiles.names()));
        assertTrue(QueryFiles.names().size() >= 14, "six scorer queries and at least eight more");
    }

    @Test
    void everyQueryFileSaysWhatItAnswersAndDeclaresItsPrefixes() {
        for (String name : QueryFiles.names()) {
            String text = QueryFiles.text(name);
            assertTrue(text.startsWith("# "), name + " begins with a comment saying what it answers");
            // Parsed without predeclared prefixes, as in Fuseki's UI: an undeclared prefix fails here.
            var q = QueryFiles.parse(text);
            assertTrue(q.isSelectType(), name);
        }
    }

    @Test
    void scorerQueriesHaveTheContractColumns() {
        CONTRACT.forEach((name, columns) -> assertEquals(columns, QueryFiles.parse(QueryFiles.text(name)).getResultVars(), name));
    }

    @Test
    void peopleListsEachPersonOncePerArticle() {
        assertEquals(List.of(row("name", "Ana Lopez", "article", A), row("name", "Ben Okafor", "article", A),
                row("name", "Carl Dunn", "article", A), row("name", "Ana Lopez", "article", B),
                row("name", "Ben Okafor", "article", B)), run("people.rq").rows());
    }

    @Test
    void organizationsAndPlacesListEachOncePerArticle() {
        assertEquals(List.of(row("name", "Harbor Guard", "article", A), row("name", "Harbor Guard", "article", B)),
                run("organizations.rq").rows());
        assertEquals(List.of(row("name", "Riverton", "article", A), row("name", "Riverton", "article", B)),
                run("places.rq").rows());
    }

    @Test
    void rolesHaveEmptyOrgAndPlaceWhenNotStated() {
        assertEquals(List.of(
                row("person", "Ana Lopez", "title", "Mayor", "org", "", "place", "Riverton", "article", A,
                        "status", "current", "start", "", "end", ""),
                row("person", "Ben Okafor", "title", "Governor", "org", "", "place", "", "article", A,
                        "status", "current", "start", "", "end", ""),
                row("person", "Carl Dunn", "title", "spokesman", "org", "Harbor Guard", "place", "", "article", A,
                        "status", "current", "start", "", "end", ""),
                row("person", "Ben Okafor", "title", "Governor", "org", "", "place", "", "article", B,
                        "status", "current", "start", "", "end", "")),
                run("roles.rq").rows());
    }

    @Test
    void eventsHaveOneRowPerParticipantAndOneForAnEventWithoutParticipants() {
        QueryFiles.Table t = run("events.rq");
        assertEquals(10, t.rows().size(), t.toString());
        assertEquals(row("event", A + "/event/0", "type", "Meeting", "participant", "Ana Lopez", "place", "Riverton",
                "date", "2026-03-02", "article", A), t.rows().get(0));
        assertTrue(t.has("event", A + "/event/0", "participant", "Ben Okafor"), t.toString());
        assertTrue(t.has("event", A + "/event/3", "type", "Attack", "participant", "", "place", "", "date", ""), t.toString());
        assertTrue(t.has("event", B + "/event/0", "type", "Directive", "participant", "Harbor Guard", "place", "Riverton"));
        assertEquals(2, t.where(r -> r.get("event").equals(B + "/event/2")).size());
    }

    @Test
    void quotesNameTheirSpeaker() {
        assertEquals(List.of(row("speaker", "Ana Lopez", "text", "We will keep the harbor open for everyone,",
                "article", A)), run("quotes.rq").rows());
    }

    @Test
    void roleHoldersPutOrganizationRolesFirstAndCountArticles() {
        QueryFiles.Table t = run("role-holders.rq");
        assertEquals(3, t.rows().size(), t.toString());
        assertTrue(QueryFiles.matches(t.rows().get(0), "organization", "Harbor Guard", "title", "spokesman",
                "person", "Carl Dunn", "articles", "1", "files", "100_fixture0000000a.txt"), t.toString());
        assertTrue(t.has("title", "Governor", "person", "Ben Okafor", "articles", "2"), t.toString());
    }

    @Test
    void saidByFindsQuotesAndStatementsByAnyNameInAnyCase() {
        QueryFiles.Table t = QueryFiles.run(ds, "said-by.rq", "\"Donald Trump\"", "\"LOPEZ\"");
        assertEquals(2, t.rows().size(), t.toString());
        assertTrue(t.has("speaker", "Ana Lopez", "kind", "quote", "said", "We will keep the harbor open for everyone,",
                "sentence", "\u201cWe will keep the harbor open for everyone,\u201d Lopez said.", "article", A), t.toString());
        assertTrue(t.has("speaker", "Ana Lopez", "kind", "statement", "said", "Ana Lopez on the harbor"), t.toString());
        assertTrue(QueryFiles.run(ds, "said-by.rq", "\"Donald Trump\"", "\"Nobody\"").rows().isEmpty());
    }

    @Test
    void eventsByDateFallBackOnThePublicationDate() {
        QueryFiles.Table t = run("events-by-date.rq");
        // Article B has no publication date and no dated events: left out.
        assertEquals(4, t.rows().size(), t.toString());
        assertTrue(t.rows().stream().allMatch(r -> r.get("day").equals("2026-03-02") && r.get("article").equals(A)));
        assertTrue(t.has("type", "Meeting", "dated_by", "date:stated", "place", "Riverton"), t.toString());
        assertTrue(t.has("type", "Attack", "dated_by", "article published", "label", "shooting near the docks"));
        String participants = t.where(r -> r.get("type").equals("Meeting")).get(0).get("participants");
        assertTrue(participants.equals("Ana Lopez, Ben Okafor") || participants.equals("Ben Okafor, Ana Lopez"));
    }

    @Test
    void eventTypeParticipantsCountsPartsPerType() {
        QueryFiles.Table t = QueryFiles.run(ds, "event-type-participants.rq", "{ nkg:Protest }", "{ nkg:Meeting }");
        assertEquals(List.of(
                row("name", "Ana Lopez", "kind", "Person", "part", "attendee", "events", "2", "articles", "2"),
                row("name", "Ben Okafor", "kind", "Person", "part", "attendee", "events", "2", "articles", "2")), t.rows());
        QueryFiles.Table directive = QueryFiles.run(ds, "event-type-participants.rq", "{ nkg:Protest }", "{ nkg:Directive }");
        assertTrue(directive.has("name", "Harbor Guard", "kind", "Organization", "part", "target", "events", "1"));
        assertTrue(directive.has("name", "Ben Okafor", "part", "agent"));
        assertTrue(run("event-type-participants.rq").rows().isEmpty(), "the fixture has no protests");
    }

    @Test
    void crossArticleEntitiesLeaveOutThoseNamedOnce() {
        QueryFiles.Table t = run("cross-article-entities.rq");
        assertEquals(List.of("Harbor Guard", "Ana Lopez", "Ben Okafor", "Riverton"), t.column("name"));
        assertTrue(t.rows().stream().allMatch(r -> r.get("articles").equals("2")));
        assertTrue(t.has("name", "Riverton", "kind", "Place", "entity", "https://w3id.org/newskg/id/place/riverton"));
    }

    @Test
    void coOccurrenceCountsSentencesEventsAndArticles() {
        assertEquals(List.of(row("person1", "Ana Lopez", "person2", "Ben Okafor", "sentences", "2", "events", "2",
                "articles", "2")), run("co-occurrence.rq").rows());
    }

    @Test
    void evidenceGivesSentenceOffsetsMethodAndConfidenceForEveryFact() {
        QueryFiles.Table t = run("evidence.rq");
        assertEquals(12, t.rows().size(), "4 roles, 7 events, 1 quote");
        assertTrue(t.has("fact", A + "/role/2", "kind", "role", "statement", "Carl Dunn: spokesman",
                "anchor", "Harbor Guard spokesman Carl Dunn", "begin", "107", "end", "139",
                "sentence", "Harbor Guard spokesman Carl Dunn said the talks were useful.", "sentence_begin", "107",
                "method", "role:title-before-name", "confidence", "0.8", "article", A), t.toString());
        assertTrue(t.has("fact", A + "/quote/0", "kind", "quote",
                "statement", "Ana Lopez: \u201cWe will keep the harbor open for everyone,\u201d"), t.toString());
        assertTrue(t.has("fact", B + "/event/2", "statement", "rally in Riverton", "anchor", "rally"));
        for (Map<String, String> r : t.rows()) {
            int from = Integer.parseInt(r.get("begin")) - Integer.parseInt(r.get("sentence_begin"));
            int to = Integer.parseInt(r.get("end")) - Integer.parseInt(r.get("sentence_begin"));
            assertEquals(r.get("anchor"), r.get("sentence").substring(from, to), r.get("fact"));
        }
    }

    @Test
    void organizationActivityListsItsEventsWithItsPart() {
        QueryFiles.Table t = QueryFiles.run(ds, "organization-activity.rq", "\"White House\"", "\"harbor guard\"");
        assertEquals(2, t.rows().size(), t.toString());
        assertTrue(t.has("organization", "Harbor Guard", "type", "Directive", "part", "target",
                "label", "Ben Okafor orders the Harbor Guard to Riverton", "others", "Ben Okafor", "place", "Riverton",
                "sentence", "Governor Ben Okafor ordered the Harbor Guard to Riverton.", "article", B), t.toString());
        assertTrue(t.has("type", "Deployment", "part", "agent", "others", ""), t.toString());
    }

    @Test
    void mentionsOfGivesEveryMentionWithItsWords() {
        QueryFiles.Table t = QueryFiles.run(ds, "mentions-of.rq", "\"Donald Trump\"", "\"Ana Lopez\"");
        assertEquals(List.of("Ana Lopez", "Lopez", "Ana Lopez"), t.column("words"), t.toString());
        assertTrue(t.has("name", "Ana Lopez", "words", "Lopez", "begin", "213", "end", "218",
                "method", "mention:gazetteer", "confidence", "0.9", "article", A), t.toString());
    }

    @Test
    void entitySearchFindsNamesByTheStartOfTheirWordsThroughTheNameIndex() {
        QueryFiles.Table t = QueryFiles.run(ds, "entity-search.rq", "\"+tony +bl*\"", "\"+ben +ok*\"");
        assertEquals(List.of(row("entity", "https://w3id.org/newskg/id/person/ben-okafor", "type", "Person",
                "aName", t.rows().get(0).get("aName"), "articles", "2")), t.rows(), t.toString());
        assertTrue(Set.of("Ben Okafor", "Okafor").contains(t.rows().get(0).get("aName")), t.toString());
        assertEquals(List.of("https://w3id.org/newskg/id/organization/harbor-guard"),
                QueryFiles.run(ds, "entity-search.rq", "\"+tony +bl*\"", "\"harb*\"").column("entity"));
    }

    @Test
    void articleSummaryCountsWhatEachArticleHolds() {
        assertEquals(List.of(
                row("file", "100_fixture0000000a.txt", "issued", "2026-03-02", "title", "Riverton mayor meets the governor",
                        "people", "3", "organizations", "1", "places", "1", "roles", "3", "events", "4", "quotes", "1",
                        "article", A),
                row("file", "101_fixture0000000b.txt", "issued", "", "title", "Governor orders the Harbor Guard to Riverton",
                        "people", "2", "organizations", "1", "places", "1", "roles", "1", "events", "3", "quotes", "0",
                        "article", B)), run("article-summary.rq").rows());
    }

    @Test
    void lowConfidenceListsFactsBelowTheThreshold() {
        QueryFiles.Table t = run("low-confidence.rq");
        assertEquals(7, t.rows().size(), "the seven events at 0.7; roles (0.8) and the quote (0.85) are above");
        assertTrue(t.rows().stream().allMatch(r -> r.get("kind").equals("event") && r.get("confidence").equals("0.7")));
        assertEquals(12, QueryFiles.run(ds, "low-confidence.rq", "< 0.75", "< 0.9").rows().size());
    }
}
