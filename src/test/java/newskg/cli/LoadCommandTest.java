package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import newskg.build.QuadsFiles;
import newskg.build.QuadsManifest;
import newskg.store.GraphStore;
import newskg.store.NameHit;
import newskg.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newskg load}: a build written as N-Quads files into a new store, its name index, the build marker;
 * one-line errors for what is not such a build, and a store left as it was when a load fails.
 */
class LoadCommandTest {
    @TempDir
    Path dir;

    private Path nquads() {
        return QuadsFiles.write(dir.resolve("nquads"), TestStores.fixture(), 2);
    }

    private static void gzip(Path file, String text) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> leftovers(Path parent) throws Exception {
        try (var s = Files.list(parent)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void loadsTheFilesIntoANewStoreWithItsNamesAndNoUnfinishedBuild() throws Exception {
        Path store = dir.resolve("data/store");
        Cli.Run r = Cli.run("load", "--nquads", nquads().toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        long quads = TestStores.fixture().stream().count();
        assertTrue(r.out().startsWith("Loaded " + store + ": 2 articles, " + quads + " quads from 2 files, "), r.out());
        assertTrue(r.err().contains("newskg: loading part-r-00000.nq.gz"), r.err());
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(2, gs.graphNames().size());
            assertEquals(quads, gs.size());
            List<NameHit> hits = gs.names().search("ana lo", 5);
            assertEquals("Ana Lopez", hits.get(0).name(), "the names are indexed");
            assertTrue(gs.state().unfinishedBuild().isEmpty());
            assertTrue(gs.state().compactBytes() > 0, "the store's compact size is recorded");
        }
        assertEquals(List.of(), leftovers(store.getParent()));
        Cli.Run q = Cli.run("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertEquals("n\r\n2\r\n", q.stdout());
    }

    @Test
    void aStoreThatIsNotEmptyIsReplacedOnlyWithReplaceAndOnlyOnceTheLoadSucceeded() throws Exception {
        Path store = TestStores.fixtureStore(dir, dsg -> dsg.deleteAny(
                org.apache.jena.graph.NodeFactory.createURI(TestStores.ARTICLE_B), null, null, null));
        Path in = nquads();
        Cli.Run r = Cli.run("load", "--nquads", in.toString(), "--store", store.toString());
        assertEquals(1, r.exit());
        assertEquals("newskg: " + store + ": store is not empty (1 articles); give --replace to replace it, or --store"
                + " a new directory\n", r.err());

        gzip(in.resolve("part-r-00001.nq.gz"), "<http://x/s> <http://x/p> .\n");
        r = Cli.run("load", "--nquads", in.toString(), "--store", store.toString(), "--replace");
        assertEquals(1, r.exit());
        assertTrue(r.err().lines().reduce((a, b) -> b).orElse("").matches("newskg: .*part-r-00001\\.nq\\.gz: not"
                + " N-Quads \\(line 1, column \\d+: .*\\)"), r.err());
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(List.of(TestStores.ARTICLE_A), gs.graphNames(), "the old store is as it was");
        }
        assertEquals(List.of(), leftovers(store.getParent()));

        QuadsFiles.write(in, TestStores.fixture(), 2);
        r = Cli.run("load", "--nquads", in.toString(), "--store", store.toString(), "--replace");
        assertEquals(0, r.exit(), r.err());
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(2, gs.graphNames().size());
        }
        assertEquals(List.of(), leftovers(store.getParent()));
    }

    @Test
    void whatIsNotACompleteBuildIsOneLine() throws Exception {
        Path store = dir.resolve("store");
        Path missing = dir.resolve("nowhere");
        assertEquals("newskg: " + missing + ": no such directory\n",
                Cli.run("load", "--nquads", missing.toString(), "--store", store.toString()).err());

        Path file = Files.writeString(dir.resolve("all.nq"), "");
        assertEquals("newskg: " + file + ": not a directory (give the directory 'newskg spark' wrote)\n",
                Cli.run("load", "--nquads", file.toString(), "--store", store.toString()).err());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals("newskg: " + empty + ": no manifest.json (not the output of 'newskg spark', or the job did not"
                + " finish)\n", Cli.run("load", "--nquads", empty.toString(), "--store", store.toString()).err());

        Path in = nquads();
        Files.delete(in.resolve("part-r-00000.nq.gz"));
        assertEquals("newskg: " + in.resolve("part-r-00000.nq.gz") + ": missing (the manifest lists it; an"
                + " incomplete copy?)\n", Cli.run("load", "--nquads", in.toString(), "--store", store.toString()).err());

        QuadsFiles.write(in, TestStores.fixture(), 2);
        gzip(in.resolve("part-r-00000.nq.gz"), "<http://x/s> <http://x/p> <http://x/o> .\n");
        Cli.Run r = Cli.run("load", "--nquads", in.toString(), "--store", store.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().endsWith(in.resolve("part-r-00000.nq.gz") + ": not article graphs (a quad outside a named"
                + " graph: http://x/s http://x/p ...)\n"), r.err());

        QuadsFiles.write(in, TestStores.fixture(), 2);
        QuadsManifest m = QuadsManifest.read(in);
        QuadsManifest.Part p = m.parts().get(0);
        QuadsManifest wrong = new QuadsManifest(m.format(), m.articles(), m.quads(), m.linked(),
                List.of(new QuadsManifest.Part(p.file(), p.articles(), p.quads() + 1), m.parts().get(1)), m.skipped(),
                m.warnings(), m.run());
        Files.writeString(in.resolve(QuadsManifest.FILE), wrong.toJson());
        r = Cli.run("load", "--nquads", in.toString(), "--store", store.toString());
        assertTrue(r.err().endsWith(in.resolve(p.file()) + ": holds " + p.quads() + " quads of " + p.articles()
                + " articles, the manifest says " + (p.quads() + 1) + " of " + p.articles()
                + " (a damaged or partial copy?)\n"), r.err());
        assertFalse(Files.exists(store), "no store was made by the failed loads");

        Files.writeString(in.resolve(QuadsManifest.FILE), "{\"format\": \"other\"}");
        assertEquals("newskg: " + in.resolve(QuadsManifest.FILE) + ": not a newskg manifest (format is 'other', expected"
                + " 'newskg-nquads/1')\n", Cli.run("load", "--nquads", in.toString(), "--store", store.toString()).err());

        assertEquals(2, Cli.run("load", "--store", store.toString()).exit());
    }
}
