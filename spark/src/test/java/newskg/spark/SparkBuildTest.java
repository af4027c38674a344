package newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import newskg.build.BuildOptions;
import newskg.build.BuildSummary;
import newskg.build.GraphBuilder;
import newskg.build.QuadsLoader;
import newskg.build.QuadsManifest;
import newskg.source.ArticleReader;
import newskg.store.GraphStore;
import newskg.store.NameHit;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}) against {@code newskg build} on the same input: the
 * job's output, loaded with {@code newskg load}, holds the same article graphs (Jena's isomorphism,
 * article by article), the same names, and the same skipped articles for the same reasons.
 */
class SparkBuildTest {
    /** The BBC corpus, by path only (never copied into the repository). */
    private static final Path BBC = Path.of(System.getProperty("newskg.root", ".."), "../shared/corpus/bbc")
            .normalize();
    private static final Path SEEDS = Path.of(System.getProperty("newskg.root", ".."), "seeds").normalize();

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkCommand.session("local[2]");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The local build of {@code input} into {@code store}, on two threads. */
    private static BuildSummary build(Path input, Path store) {
        try (GraphStore gs = GraphStore.open(store)) {
            return new GraphBuilder(gs, BuildOptions.defaults().threads(2))
                    .build(ArticleReader.collect(List.of(input)), p -> { });
        }
    }

    /** The Spark job over {@code input}, loaded into {@code store} with newskg load. */
    private QuadsManifest sparkBuild(Path input, Path store) {
        Path out = dir.resolve("nquads");
        QuadsManifest m = ExtractionJob.run(spark, JobOptions.of(List.of(input.toString()), List.of(), out.toString())
                .partitions(3), line -> { });
        QuadsLoader.load(out, store, false, line -> { });
        return m;
    }

    private static Map<String, Graph> graphs(Path store) {
        try (GraphStore gs = GraphStore.open(store)) {
            DatasetGraph dsg = gs.datasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Map<String, Graph> out = new TreeMap<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
                    out.put(g.getURI(), copy);
                });
                return out;
            });
        }
    }

    private static void assertSameGraphs(Path local, Path distributed) {
        Map<String, Graph> a = graphs(local);
        Map<String, Graph> b = graphs(distributed);
        assertEquals(a.keySet(), b.keySet(), "the same articles");
        for (String g : a.keySet()) {
            assertTrue(a.get(g).isIsomorphicWith(b.get(g)), g + ": the same graph (" + a.get(g).size() + " and "
                    + b.get(g).size() + " triples)");
        }
        try (GraphStore x = GraphStore.open(local); GraphStore y = GraphStore.open(distributed)) {
            assertEquals(x.names().size(), y.names().size(), "the same names indexed");
            List<NameHit> people = x.names().mostNamed(NKG.Person.getURI(), 5);
            assertEquals(people, y.names().mostNamed(NKG.Person.getURI(), 5));
            assertFalse(people.isEmpty());
            assertEquals(x.names().search(people.get(0).name(), 5), y.names().search(people.get(0).name(), 5));
            assertTrue(y.state().unfinishedBuild().isEmpty(), "the loaded store records no unfinished build");
        }
    }

    private static List<String> problems(QuadsManifest m) {
        return m.skipped().stream().map(QuadsManifest.Skipped::problem).sorted().toList();
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    @Test
    void theSeedsAndBadInputsGiveTheLocalBuildsGraphsAndSkips() throws Exception {
        Path in = dir.resolve("in");
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path f : s.toList()) {
                copy(f, in.resolve(f.getFileName().toString()));
            }
        }
        Files.createDirectories(in.resolve("bad"));
        Files.writeString(in.resolve("bad/unclosed.md"), "---\ntitle: Left open\n\nMayor Ada Quill spoke.\n");
        Files.write(in.resolve("bad/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"wire-1\", \"title\": \"Port vote\", \"published\": \"2025-03-04\", \"text\": \"Port Riverton"
                        + " - Councillor Mara Vint won the vote on Tuesday. Vint said the port would grow.\"}",
                "{\"id\": \"wire-2\", \"text\": \"broken",
                "{\"id\": \"wire-1\", \"text\": \"Councillor Mara Vint spoke again.\"}",
                "{\"id\": \"wire-3\", \"title\": \"Port vote\", \"text\": \"Vint said the count was fair.\"}") + "\n");

        BuildSummary local = build(in, dir.resolve("local"));
        QuadsManifest m = sparkBuild(in, dir.resolve("spark"));

        assertSameGraphs(dir.resolve("local"), dir.resolve("spark"));
        assertEquals(local.skipped().stream().sorted().toList(), problems(m), "the same articles skipped, same reasons");
        assertEquals(4, m.skipped().size(), m.skipped().toString());
        assertTrue(problems(m).contains(in.resolve("feed.jsonl") + ":3: article id 'wire-1' is already the id of "
                + in.resolve("feed.jsonl") + ":1; skipped (give it another id)"), problems(m).toString());
        assertTrue(m.skipped().stream().anyMatch(s -> s.article().equals("bad/unclosed.md")), m.skipped().toString());
        assertEquals(local.articles(), m.articles());
        assertEquals(local.triples(), m.quads());
        assertTrue(m.linked() > 0, "a lone surname was linked across articles (Vint in wire-3)");
        assertEquals(3, m.parts().size());
    }

    @Test
    void twoHundredBbcArticlesGiveTheLocalBuildsGraphs() throws Exception {
        assumeTrue(Files.isDirectory(BBC), BBC + " is not here (CI may not have the corpus): the 200-article"
                + " comparison is skipped; the seeds comparison still runs");
        Path in = dir.resolve("bbc");
        List<Path> slice = new ArrayList<>();
        try (Stream<Path> cats = Files.list(BBC)) {
            for (Path cat : cats.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(cat)) {
                    files.sorted().limit(40).forEach(slice::add);
                }
            }
        }
        assertEquals(200, slice.size());
        for (Path f : slice) {
            copy(f, in.resolve(BBC.relativize(f).toString()));
        }
        BuildSummary local = build(in, dir.resolve("local"));
        QuadsManifest m = sparkBuild(in, dir.resolve("spark"));
        assertSameGraphs(dir.resolve("local"), dir.resolve("spark"));
        assertEquals(local.articles(), m.articles());
        assertEquals(local.skipped().stream().sorted().toList(), problems(m));
        assertTrue(m.linked() > 0, "lone surnames linked");
    }

    @Test
    void parquetRowsAreReadAsJsonLinesAre() throws Exception {
        List<String> rows = List.of(
                "{\"id\": \"p-1\", \"title\": \"Bridge opens\", \"published\": \"2025-05-02\","
                        + " \"text\": \"Mayor Ilse Brandt opened the bridge in Port Riverton on Friday.\"}",
                "{\"id\": \"p-2\", \"title\": \"Bridge toll\", \"text\": \"Brandt said the toll would stay.\"}");
        Path jsonl = Files.writeString(dir.resolve("rows.jsonl"), String.join("\n", rows) + "\n");
        Path parquet = dir.resolve("rows.parquet");
        spark.read().json(spark.createDataset(rows, org.apache.spark.sql.Encoders.STRING())).coalesce(1)
                .write().parquet(parquet.toString());

        QuadsManifest fromJson = ExtractionJob.run(spark, JobOptions.of(List.of(jsonl.toString()), List.of(),
                dir.resolve("a").toString()), line -> { });
        QuadsManifest fromParquet = ExtractionJob.run(spark, JobOptions.of(List.of(), List.of(parquet.toString()),
                dir.resolve("b").toString()), line -> { });
        QuadsLoader.load(dir.resolve("a"), dir.resolve("sa"), false, line -> { });
        QuadsLoader.load(dir.resolve("b"), dir.resolve("sb"), false, line -> { });
        assertEquals(2, fromParquet.articles());
        assertEquals(fromJson.quads(), fromParquet.quads());
        assertEquals(1, fromParquet.linked(), "Brandt linked to Ilse Brandt");
        assertSameGraphs(dir.resolve("sa"), dir.resolve("sb"));
    }

    @Test
    void anArticleOverTheTimeLimitIsSkippedWithTheBuildsMessage() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbor\n\nMayor Rosa Quell met Governor Ken Abaro in Port Riverton"
                + " on Monday, and the two spoke about the harbor for an hour.\n");
        QuadsManifest m = ExtractionJob.run(spark, JobOptions.of(List.of(in.toString()), List.of(),
                        dir.resolve("out").toString()).limits(BuildOptions.DEFAULT_MAX_ARTICLE_BYTES,
                java.time.Duration.ofMillis(1)), line -> { });
        assertEquals(0, m.articles());
        assertEquals(List.of(in.resolve("a.txt") + ": still being processed after 0.0 s, over the time limit"
                + " (--article-timeout); skipped"), problems(m));
    }

    @Test
    void theCommandLineSaysWhatIsWrongInOneLine() throws Exception {
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cl = SparkCommand.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        Path missing = dir.resolve("nothing-here");
        assertEquals(1, cl.execute("--master", "local[2]", "--input", missing.toString(), "--out",
                dir.resolve("o").toString()));
        assertEquals("newskg: " + missing + ": no such file or directory", err.toString().strip());

        Path out = Files.createDirectories(dir.resolve("exists"));
        Files.writeString(dir.resolve("a.txt"), "Title\n\nMayor Rosa Quell spoke.\n");
        err.getBuffer().setLength(0);
        assertEquals(1, cl.execute("--master", "local[2]", "--input", dir.resolve("a.txt").toString(), "--out",
                out.toString()));
        assertTrue(err.toString().strip().matches("newskg: .*exists: output directory exists; give --overwrite to"
                + " replace it"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, cl.execute("--out", out.toString()));
        assertTrue(err.toString().startsWith("give --input PATH... or --parquet PATH... (or both)"), err.toString());
    }

    @Test
    void theMainJarHoldsNoSparkClasses() throws Exception {
        Path jar = Path.of(System.getProperty("newskg.mainJar", "../target/newskg.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: build the main module first (mvn install in the"
                + " project root)");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            assertTrue(zip.stream().anyMatch(e -> e.getName().startsWith("newskg/build/")), "the newskg classes are there");
            List<String> spark = zip.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("org/apache/spark/")).limit(3).toList();
            assertEquals(List.of(), spark, "no Spark classes in the main jar");
        }
    }
}
