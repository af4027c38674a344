package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newskg.store.TestStores;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg stats}: counts per article and per class, as aligned tables. */
class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void countsPerArticleWithDistinctStoreTotals() {
        Path store = TestStores.fixtureStore(dir);
        Cli.Run r = Cli.run("stats", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Store " + store + ": 2 articles, 314 triples", lines.get(0));
        assertEquals("article                  sentences  mentions  people  organizations  places  roles  events  quotes  triples  title",
                lines.get(2));
        assertEquals("100_fixture0000000a.txt          4         7       3              1       1      3       4       1      192  Riverton mayor meets the governor",
                lines.get(3));
        assertEquals("101_fixture0000000b.txt          2         6       2              1       1      1       3       0      130  Governor orders the Harbor Guard to Riverton",
                lines.get(4));
        // Ana Lopez and Ben Okafor are in both articles: three people in all, not five.
        assertEquals("store (distinct)                 6        13       3              1       1      4       7       1      314",
                lines.get(5));
    }

    @Test
    void countsPerClassWithEventTypes() {
        Path store = TestStores.fixtureStore(dir);
        String out = Cli.run("stats", "--store", store.toString()).out();
        assertTrue(out.contains("\nclass              instances\n"), out);
        assertTrue(out.contains("\nnkg:Person                 3\n"), out);
        assertTrue(out.contains("\nnkg:Event                  7\n"), out);
        assertTrue(out.contains("\n  nkg:Meeting              2\n"), out);
        assertTrue(out.contains("\n  nkg:Poll                 0\n"), out);
        assertTrue(out.contains("\nnkg:Quote                  1\n"), out);
    }

    @Test
    void emptyStoreHasNoArticles() {
        Path store = TestStores.store(dir, DatasetGraphFactory.create());
        Cli.Run r = Cli.run("stats", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Store " + store + ": 0 articles, 0 triples"), r.out());
        assertTrue(r.out().contains("store (distinct)          0         0       0"), r.out());
    }

    @Test
    void missingStoreIsAnErrorAndIsNotCreated() {
        Path missing = dir.resolve("nostore");
        Cli.Run r = Cli.run("stats", "--store", missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("newskg: " + missing + ": no store here"), r.err());
        assertFalse(Files.exists(missing));
    }
}
