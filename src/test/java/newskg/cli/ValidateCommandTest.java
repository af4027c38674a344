package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import newskg.store.TestStores;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg validate}: exit 0 on a conforming store, 1 and a readable report on violations. */
class ValidateCommandTest {
    private static final Node ROLE = NodeFactory.createURI(TestStores.ARTICLE_A + "/role/2");
    private static final Node MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");

    @TempDir
    Path dir;

    @Test
    void conformingStoreExitsZero() {
        Path store = TestStores.fixtureStore(dir);
        Cli.Run r = Cli.run("validate", "--store", store.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("Validating store " + store + ": 2 articles, 314 triples, "), r.out());
        assertTrue(r.out().contains("The store conforms to the newskg shapes: 0 violations."), r.out());
    }

    @Test
    void roleWithoutMemberExitsOneAndSaysWhereAndWhy() {
        Path store = TestStores.fixtureStore(dir, d -> d.deleteAny(Node.ANY, ROLE, MEMBER, Node.ANY));
        Cli.Run r = Cli.run("validate", "--store", store.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        String expected = String.join(System.lineSeparator(),
                "1. A role must name exactly one person who holds it (org:member), typed nkg:Person.",
                "   node:  <" + ROLE.getURI() + ">",
                "   path:  org:member",
                "",
                "1 violation, 0 other results, on 1 nodes:",
                "     1  A role must name exactly one person who holds it (org:member), typed nkg:Person.");
        assertTrue(r.out().contains(expected), r.out());
        assertEquals("", r.err());
    }

    @Test
    void limitShowsTheFirstResultsAndCountsThemAll() {
        Path store = TestStores.fixtureStore(dir, d -> {
            d.deleteAny(Node.ANY, ROLE, MEMBER, Node.ANY);
            d.deleteAny(Node.ANY, NodeFactory.createURI(TestStores.ARTICLE_A + "/role/0"), MEMBER, Node.ANY);
        });
        Cli.Run r = Cli.run("validate", "--store", store.toString(), "--limit", "1");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("1. A role must name"), r.out());
        assertFalse(r.out().contains("2. A role must name"), r.out());
        assertTrue(r.out().contains("... and 1 more (--limit 0 shows all)"), r.out());
        assertTrue(r.out().contains("     2  A role must name exactly one person"), r.out());
    }

    @Test
    void negativeLimitIsAUsageError() {
        Path store = TestStores.fixtureStore(dir);
        Cli.Run r = Cli.run("validate", "--store", store.toString(), "--limit", "-1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--limit must be 0 or more, not -1"), r.err());
    }

    @Test
    void missingStoreIsAnErrorAndIsNotCreated() {
        Path missing = dir.resolve("nostore");
        Cli.Run r = Cli.run("validate", "--store", missing.toString());
        assertEquals(1, r.exit());
        assertEquals("newskg: " + missing + ": no store here; run 'newskg build' first (or give --store DIR)"
                + System.lineSeparator(), r.err());
        assertFalse(Files.exists(missing));
    }
}
