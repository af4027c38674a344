package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newskg.store.TestStores;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg export}: RDF that parses back to what the store holds. */
class ExportCommandTest {
    @TempDir
    static Path storeDir;
    static Path store;

    /** Where a test writes; holds nothing else. */
    @TempDir
    Path dir;

    @BeforeAll
    static void loadFixture() {
        store = TestStores.fixtureStore(storeDir);
    }

    private static Graph parseGraph(String text, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(g);
        return g;
    }

    private static DatasetGraph parseDataset(String text, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(text, lang).parse(d);
        return d;
    }

    @Test
    void turtleParsesBackToTheUnionOfTheArticleGraphs() throws IOException {
        Path out = dir.resolve("kg.ttl");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Graph exported = parseGraph(text, Lang.TURTLE);
        Graph union = TestStores.fixture().getUnionGraph();
        assertEquals(union.size(), exported.size());
        assertTrue(exported.isIsomorphicWith(union));
        assertTrue(IsoMatcher.isomorphic(union, exported));
        // The newskg prefixes are declared and used.
        assertTrue(text.contains("PREFIX nkg:") || text.contains("@prefix nkg:"), text.substring(0, 300));
        assertTrue(text.contains("person:ana-lopez"));
        // Curly quotes survive as UTF-8.
        assertTrue(text.contains("\u201cWe will keep the harbor open for everyone,\u201d Lopez said."));
    }

    @Test
    void turtleGoesToStandardOutputWithoutOut() {
        Cli.Run r = Cli.run("export", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(parseGraph(r.stdout(), Lang.TURTLE).isIsomorphicWith(TestStores.fixture().getUnionGraph()));
    }

    @Test
    void trigKeepsOneNamedGraphPerArticle() throws IOException {
        Path out = dir.resolve("kg.trig");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--format", "trig", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph exported = parseDataset(Files.readString(out), Lang.TRIG);
        DatasetGraph expected = TestStores.fixture();
        assertEquals(Set.of(TestStores.ARTICLE_A, TestStores.ARTICLE_B), graphNames(exported));
        for (String g : List.of(TestStores.ARTICLE_A, TestStores.ARTICLE_B)) {
            Node n = NodeFactory.createURI(g);
            assertTrue(exported.getGraph(n).isIsomorphicWith(expected.getGraph(n)), g);
        }
        assertTrue(exported.getDefaultGraph().isEmpty());
    }

    @Test
    void nquadsKeepsNamedGraphsAndFormatFollowsTheFileExtension() throws IOException {
        Path out = dir.resolve("kg.nq");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        DatasetGraph exported = parseDataset(Files.readString(out), Lang.NQUADS);
        assertEquals(Set.of(TestStores.ARTICLE_A, TestStores.ARTICLE_B), graphNames(exported));
        assertEquals(TestStores.fixture().stream().count(), exported.stream().count());
    }

    @Test
    void jsonldParsesBackToTheUnion() {
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--format", "jsonld");
        assertEquals(0, r.exit(), r.err());
        assertTrue(parseGraph(r.stdout(), Lang.JSONLD).isIsomorphicWith(TestStores.fixture().getUnionGraph()));
    }

    @Test
    void graphPicksOneArticleByIriPrefixedNameOrFileName() {
        Graph expected = TestStores.fixture().getGraph(NodeFactory.createURI(TestStores.ARTICLE_B));
        for (String g : List.of(TestStores.ARTICLE_B, "article:101_fixture0000000b", "101_fixture0000000b.txt",
                "<" + TestStores.ARTICLE_B + ">")) {
            Cli.Run r = Cli.run("export", "--store", store.toString(), "--graph", g, "--format", "nt");
            assertEquals(0, r.exit(), g + ": " + r.err());
            assertTrue(parseGraph(r.stdout(), Lang.NTRIPLES).isIsomorphicWith(expected), g);
        }
    }

    @Test
    void graphWithTrigWritesThatArticleAsANamedGraph() {
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--graph", "article:100_fixture0000000a",
                "--format", "trig");
        assertEquals(0, r.exit(), r.err());
        DatasetGraph exported = parseDataset(r.stdout(), Lang.TRIG);
        assertEquals(Set.of(TestStores.ARTICLE_A), graphNames(exported));
    }

    @Test
    void unknownGraphExitsOneWithAClearMessageAndWritesNoFile() throws IOException {
        Path out = dir.resolve("one.ttl");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--graph", "nope.txt", "--out", out.toString());
        assertEquals(1, r.exit());
        assertEquals("newskg: no graph <https://w3id.org/newskg/id/article/nope> in store " + store
                + " (see 'newskg stats' for its articles)" + System.lineSeparator(), r.err());
        assertEquals("", r.stdout());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), listDir(dir), "no temporary file left behind");
    }

    @Test
    void failedExportLeavesTheEarlierFileAsItWas() throws IOException {
        Path out = dir.resolve("kg.ttl");
        Files.writeString(out, "earlier export");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--graph", "nope", "--out", out.toString());
        assertEquals(1, r.exit());
        assertEquals("earlier export", Files.readString(out));
        assertEquals(List.of("kg.ttl"), listDir(dir));
    }

    @Test
    void outInAMissingDirectoryIsAClearError() {
        Path out = dir.resolve("no/such/dir/kg.ttl");
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("newskg: " + out + ": cannot write the export: directory "), r.err());
    }

    @Test
    void unknownFormatIsAClearError() {
        Cli.Run r = Cli.run("export", "--store", store.toString(), "--format", "rdfxml");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("unknown export format 'rdfxml' (use ttl, trig, nt, nq or jsonld)"), r.err());
    }

    @Test
    void missingStoreIsAnErrorAndIsNotCreated() {
        Path missing = dir.resolve("nostore");
        Cli.Run r = Cli.run("export", "--store", missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no store here"), r.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void graphArgumentsResolveToArticleIris() {
        assertEquals(TestStores.ARTICLE_A, ExportCommand.graphIri("seeds/100_fixture0000000a.txt"));
        assertEquals(TestStores.ARTICLE_A, ExportCommand.graphIri("article:100_fixture0000000a"));
        assertEquals("urn:x:y", ExportCommand.graphIri("urn:x:y"));
        assertEquals("trig", ExportCommand.formatOf(Path.of("out/kg.TRIG")));
        assertEquals("ttl", ExportCommand.formatOf(Path.of("kg.txt")));
    }

    private static Set<String> graphNames(DatasetGraph d) {
        Set<String> names = new HashSet<>();
        d.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        return names;
    }

    private static List<String> listDir(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
