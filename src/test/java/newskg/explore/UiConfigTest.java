package newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiConfigTest {
    @TempDir
    Path dir;

    @Test
    void titleIsTheQuestionTheFirstCommentAsks() {
        assertEquals("Who holds which role in which organization (or place)?", UiConfig.title("""
                # Who holds which role in which organization (or place)? Across all articles: one row per person,
                # title, organization and place.
                SELECT * WHERE { ?s ?p ?o }
                """));
        assertEquals("Every triple", UiConfig.title("# Every triple. Then more.\nSELECT * { ?s ?p ?o }"));
        assertEquals("", UiConfig.title("SELECT * { ?s ?p ?o }"));
    }

    @Test
    void loadsTheQueryFilesByNameAndThePrefixes() throws Exception {
        Files.writeString(dir.resolve("b-second.rq"), "# What is second?\nSELECT * { ?s ?p ?o }");
        Files.writeString(dir.resolve("a-first.rq"), "# What is first?\nASK { ?s ?p ?o }");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        UiConfig ui = UiConfig.load(dir, false);
        assertEquals(2, ui.queries().size());
        assertEquals("a-first", ui.queries().get(0).name());
        assertEquals("What is second?", ui.queries().get(1).title());
        assertEquals("nkg", ui.prefixes().get(0).prefix());
        assertEquals("https://w3id.org/newskg/ontology#", ui.prefixes().get(0).uri());
        assertTrue(UiConfig.load(dir.resolve("missing"), true).queries().isEmpty());
        assertTrue(UiConfig.load(null, true).readOnly());
    }
}
