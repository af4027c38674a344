package newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newskg.cli.Main;
import newskg.store.GraphStore;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BuildCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path article(String name, String text) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        return Files.writeString(in.resolve(name), text);
    }

    private static List<String> people(Path store) {
        try (GraphStore gs = GraphStore.open(store)) {
            return Txn.calculateRead(gs.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(
                        "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                                + "SELECT DISTINCT ?n { ?p a nkg:Person ; skos:prefLabel ?n } ORDER BY ?n", gs.dataset())) {
                    List<String> names = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(b -> names.add(b.getLiteral("n").getString()));
                    return names;
                }
            });
        }
    }

    private static long size(Path store) {
        try (GraphStore gs = GraphStore.open(store)) {
            return gs.size();
        }
    }

    @Test
    void buildsPeopleWithProvenanceAndIsIdempotent() throws Exception {
        article("a.txt", "Harbor Report\n\nMayor Rosa Delgado met Governor Ken Abara in Boston on Monday.\n");
        Path store = dir.resolve("store");
        assertEquals(0, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()), err.toString());
        assertTrue(out.toString().contains("1 articles, 2 people"), out.toString());
        assertEquals(List.of("Ken Abara", "Rosa Delgado"), people(store));
        long before = size(store);
        assertEquals(0, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()));
        assertEquals(before, size(store));
    }

    @Test
    void badArticleIsSkippedAndOthersLoad() throws Exception {
        article("good.txt", "Title\n\nSenator Dana Whitcombe spoke in Ohio.\n");
        Files.write(dir.resolve("in/bad.txt"), new byte[] {1, 0, 2});
        Path store = dir.resolve("store");
        assertEquals(1, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()));
        assertTrue(err.toString().contains("bad.txt: binary file, not a text article"), err.toString());
        assertEquals(List.of("Dana Whitcombe"), people(store));
    }

    @Test
    void missingInputLeavesTheStoreUntouched() throws Exception {
        article("a.txt", "Title\n\nMayor Rosa Delgado spoke.\n");
        Path store = dir.resolve("store");
        run("build", "--input", dir.resolve("in").toString(), "--store", store.toString());
        long before = size(store);
        assertEquals(1, run("build", "--replace", "--input", dir.resolve("missing").toString(), "--store", store.toString()));
        assertTrue(err.toString().contains(dir.resolve("missing") + ": no such file or directory"), err.toString());
        assertEquals(before, size(store));
    }

    @Test
    void storePathThatIsAFileIsRefused() throws Exception {
        article("a.txt", "Title\n\nText.\n");
        Path file = Files.writeString(dir.resolve("store.txt"), "not a store");
        assertEquals(1, run("build", "--input", dir.resolve("in").toString(), "--store", file.toString()));
        assertEquals("newskg: " + file + ": store path exists and is not a directory\n", err.toString());
    }

    @Test
    void malformedQueryGivesLineAndColumn() throws Exception {
        article("a.txt", "Title\n\nMayor Rosa Delgado spoke.\n");
        Path store = dir.resolve("store");
        run("build", "--input", dir.resolve("in").toString(), "--store", store.toString());
        assertEquals(1, run("query", "--store", store.toString(), "SELECT ?x WHERE { ?x ?y }"));
        assertTrue(err.toString().contains("malformed query") && err.toString().contains("line 1"), err.toString());
    }

    @Test
    void replaceDropsArticlesNotInTheInputAndKeepsOnesThatFail() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.writeString(one.resolve("a.txt"), "Title\n\nMayor Rosa Delgado spoke.\n");
        Files.writeString(one.resolve("b.txt"), "Title\n\nSenator Dana Whitcombe spoke.\n");
        Path store = dir.resolve("store");
        assertEquals(0, run("build", "--input", one.toString(), "--store", store.toString()));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.write(two.resolve("a.txt"), new byte[] {0, 1}); // a.txt is now broken
        assertEquals(1, run("build", "--replace", "--input", two.toString(), "--store", store.toString()));
        assertEquals(List.of("Rosa Delgado"), people(store)); // b.txt is gone, a.txt kept its graph
    }

    private static List<String> personIrisIn(Path store, String article) {
        try (GraphStore gs = GraphStore.open(store)) {
            return Txn.calculateRead(gs.dataset(), () -> {
                List<String> iris = new java.util.ArrayList<>();
                String q = "PREFIX nkg: <https://w3id.org/newskg/ontology#> SELECT ?p { GRAPH <https://w3id.org/newskg/id/article/"
                        + article + "> { ?p a nkg:Person } } ORDER BY ?p";
                try (QueryExecution qe = QueryExecution.create(q, gs.dataset())) {
                    qe.execSelect().forEachRemaining(b -> iris.add(b.getResource("p").getURI().replace("https://w3id.org/newskg/id/", "")));
                }
                return iris;
            });
        }
    }

    @Test
    void loneSurnameIsLinkedToTheOnePersonOtherArticlesNameInFull() throws Exception {
        article("a.txt", "Title\n\nSenator Tony Rhodes spoke in Leeds.\n");
        article("b.txt", "Title\n\nMr Rhodes said the plan was sound.\n");
        article("c.txt", "Title\n\nMayor Ann Kell and Judge Ben Kell met. Later Kell said no.\n");
        article("d.txt", "Title\n\nMr Kell said yes.\n");
        article("e.txt", "Title\n\nTony Rhodes wrote a letter. Rhodes' letter and Rhodes' speech were read.\n");
        Path store = dir.resolve("store");
        assertEquals(0, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()), err.toString());
        assertEquals(List.of("person/tony-rhodes"), personIrisIn(store, "b"));
        assertEquals(List.of("person/kell"), personIrisIn(store, "d")); // two full names end in Kell
        assertEquals(List.of("person/tony-rhodes"), personIrisIn(store, "e"));
        assertEquals(0, run("validate", "--store", store.toString()), out.toString());
        long before = size(store);
        assertEquals(0, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()));
        assertEquals(before, size(store));
    }

    @Test
    void anArticleOverTheSizeLimitIsReportedAndSkipped() throws Exception {
        article("a.txt", "Title\n\nMayor Rosa Delgado spoke.\n");
        Path big = article("big.txt", "Title\n\n" + "Senator Dana Whitcombe spoke. ".repeat(100));
        Path store = dir.resolve("store");
        assertEquals(1, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString(),
                "--max-article-size", "1kB"));
        assertTrue(err.toString().contains("newskg: skipped " + big + ": 3.0 kB, larger than the 1.0 kB limit"
                + " (--max-article-size); skipped"), err.toString());
        assertEquals(List.of("Rosa Delgado"), people(store));
        assertEquals(2, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString(),
                "--max-article-size", "lots"));
        assertTrue(err.toString().contains("--max-article-size must be a size such as 1MB or 500kB, not 'lots'"), err.toString());
    }

    @Test
    void anUnfinishedBuildIsReportedByStatsAndValidateAndCompletedByTheNextBuild() throws Exception {
        article("a.txt", "Title\n\nMayor Rosa Delgado spoke.\n");
        Path store = dir.resolve("store");
        assertEquals(0, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()));
        try (GraphStore gs = GraphStore.open(store)) {
            gs.state().beginBuild(false); // as a build killed while writing leaves the store
        }
        assertEquals(0, run("stats", "--store", store.toString()));
        assertTrue(out.toString().contains("Warning: the build started ") && out.toString().contains(" did not finish"),
                out.toString());
        assertEquals(1, run("validate", "--store", store.toString()));
        assertTrue(out.toString().contains("Incomplete store: the build started "), out.toString());
        assertEquals(0, run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()));
        assertTrue(err.toString().contains("did not finish (it stopped while loading); this build completes it"),
                err.toString());
        assertEquals(0, run("validate", "--store", store.toString()), out.toString());
    }
}
