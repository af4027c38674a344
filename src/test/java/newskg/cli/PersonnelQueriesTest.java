package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newskg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two personnel query files over a store built from an article written for the test (invented
 * names): who held a post on a day, and an organization's changes in date order.
 */
class PersonnelQueriesTest {
    private static final String ARTICLE = """
            ---
            title: Globex Corp names a new chief executive
            published: 2025-03-14
            ---
            Globex Corp names a new chief executive

            Peter Lund resigned as chief executive of Globex Corp on Tuesday.

            The board named Jane Roe as chief executive of Globex Corp on Thursday.

            Susan Pike has served as director of Globex Corp since 2019.
            """;

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void build() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        // written without front matter as well, so the test holds whichever reader the build has
        Files.writeString(articles.resolve("globex.txt"), ARTICLE.substring(ARTICLE.indexOf("---\n", 4) + 4)
                .replace("Globex Corp names a new chief executive\n", "Globex Corp names a new chief executive\n\nMarch 14, 2025\n"));
        store = dir.resolve("store");
        Cli.Run r = Cli.run("build", "--input", articles.toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    private static QueryFiles.Table run(String name, String from, String to) {
        try (GraphStore gs = GraphStore.open(store)) {
            return QueryFiles.run(gs.dataset(), name, from, to);
        }
    }

    @Test
    void personnelChangesInDateOrder() {
        QueryFiles.Table t = run("personnel-changes.rq", "\"Globex Corp\"", "\"globex corp\"");
        List<String> changes = t.rows().stream().map(r -> r.get("day") + " " + r.get("change") + " " + r.get("person")
                + " " + r.get("post")).toList();
        assertEquals(List.of("2025-03-11 Resignation Peter Lund chief executive",
                "2025-03-13 Appointment Jane Roe chief executive"), changes, t.toString());
        assertTrue(t.rows().stream().allMatch(r -> r.get("dated_by").equals("date:stated") && !r.get("sentence").isEmpty()));
    }

    @Test
    void postHoldersOnADay() {
        // after the change: the new chief executive (current when published)
        QueryFiles.Table after = run("post-holders-on-date.rq", "\"2025-03-14\"", "\"2025-03-20\"");
        assertEquals(List.of("Jane Roe"), after.column("person"), after.toString());
        // the old one's role ended on the 11th: he held it on the 10th, by the dates stated
        QueryFiles.Table before = run("post-holders-on-date.rq", "\"2025-03-14\"", "\"2025-03-10\"");
        assertTrue(before.has("person", "Peter Lund", "basis", "dates stated", "end", "2025-03-11"), before.toString());
        // a director since 2019 holds the post on any later day
        QueryFiles.Table director = run("post-holders-on-date.rq", "(\"chief executive\" \"Globex Corp\" \"2025-03-14\")",
                "(\"director\" \"Globex Corp\" \"2021-06-01\")");
        assertEquals(List.of("Susan Pike"), director.column("person"), director.toString());
        QueryFiles.Table tooEarly = run("post-holders-on-date.rq", "(\"chief executive\" \"Globex Corp\" \"2025-03-14\")",
                "(\"director\" \"Globex Corp\" \"2018-06-01\")");
        assertEquals(List.of(), tooEarly.column("person"), tooEarly.toString());
    }
}
