package newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import newskg.rdf.Iris;
import newskg.source.Article;
import newskg.source.ArticleFile;
import newskg.store.GraphStore;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's pipeline with a stand-in extraction (one person per article, named by its text), so
 * that batching, limits and the build marker are tested without NLP.
 */
class GraphBuilderTest {
    @TempDir
    Path dir;

    private List<ArticleFile> articles(String... nameAndText) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<ArticleFile> out = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            Path f = Files.writeString(in.resolve(nameAndText[i]), "Title\n\n" + nameAndText[i + 1] + "\n");
            out.add(new ArticleFile(f, nameAndText[i]));
        }
        return out;
    }

    /** An article's graph: the article and one person whose name is the article's last line. */
    private static ArticleGraph personGraph(Article a) {
        String name = a.text().strip().lines().reduce((x, y) -> y).orElseThrow();
        Graph g = GraphFactory.createDefaultGraph();
        String article = Iris.article(a.id());
        Node person = NodeFactory.createURI(NKG.ID + "person/" + name.toLowerCase().replace(' ', '-'));
        g.add(NodeFactory.createURI(article), RDF.type.asNode(), NKG.Article.asNode());
        g.add(person, RDF.type.asNode(), NKG.Person.asNode());
        g.add(person, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(name));
        g.add(person, NKG.mentionedIn.asNode(), NodeFactory.createURI(article));
        return new ArticleGraph(a.id(), article, g);
    }

    private GraphBuilder builder(GraphStore store, BuildOptions options, Function<Article, ArticleGraph> f) {
        return new GraphBuilder(store, options.threads(2), () -> f);
    }

    @Test
    void anArticleThatCannotBeWrittenIsRetriedAloneAndTheRestOfItsBatchLoads() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Ann Kell", "bad.txt", "Bo Lind", "c.txt", "Cy Marr");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            store.replaceGraph(Iris.article("old.txt"), personGraph(in.get(0).read()).graph()); // not empty: batches
            BuildSummary s = builder(store, BuildOptions.defaults(), a -> {
                ArticleGraph g = personGraph(a);
                if (a.id().equals("bad.txt")) {
                    // a variable cannot be stored: the batch's transaction fails, then this article alone
                    g.graph().add(NodeFactory.createURI(g.graphIri()), NKG.title.asNode(), NodeFactory.createVariable("x"));
                }
                return g;
            }).build(in, p -> { });
            assertEquals(2, s.articles(), s.describe());
            assertEquals(1, s.skipped().size(), s.describe());
            assertTrue(s.skipped().get(0).startsWith(in.get(1).path() + ": cannot be written to the store"), s.skipped().get(0));
            assertEquals(Set.of(Iris.article("old.txt"), Iris.article("a.txt"), Iris.article("c.txt")),
                    Set.copyOf(store.graphNames()));
            assertTrue(s.describe().contains("written in 2 transactions"), s.describe()); // a, then c, alone
        }
    }

    @Test
    void anArticleOverTheTimeLimitIsSkippedAndTheOthersLoad() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Ann Kell", "slow.txt", "Bo Lind", "c.txt", "Cy Marr");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            long t0 = System.nanoTime();
            BuildSummary s = builder(store, BuildOptions.defaults().articleTimeout(Duration.ofMillis(300)), a -> {
                if (a.id().equals("slow.txt")) {
                    try {
                        Thread.sleep(20_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return personGraph(a);
            }).build(in, p -> { });
            assertTrue(System.nanoTime() - t0 < 15_000_000_000L, "waited for the slow article");
            assertEquals(List.of(in.get(1).path() + ": still being processed after 0.3 s, over the time limit"
                    + " (--article-timeout); skipped"), s.skipped());
            assertEquals(2, s.articles());
            assertEquals(Set.of(Iris.article("a.txt"), Iris.article("c.txt")), Set.copyOf(store.graphNames()));
        }
    }

    @Test
    void anArticleOverTheSizeLimitIsSkippedUnread() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Ann Kell", "big.txt", "Bo Lind " + "x".repeat(300));
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BuildSummary s = builder(store, BuildOptions.defaults().maxArticleBytes(200), GraphBuilderTest::personGraph)
                    .build(in, p -> { });
            assertEquals(1, s.skipped().size());
            assertEquals(in.get(1).path() + ": 316 bytes, larger than the 200 bytes limit (--max-article-size); skipped",
                    s.skipped().get(0));
            assertEquals(List.of(Iris.article("a.txt")), store.graphNames());
        }
    }

    @Test
    void theStoreRecordsABuildUntilItEndsAndTheNextBuildFinishesOneCutShort() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Ann Kell");
        Path storeDir = dir.resolve("store");
        try (GraphStore store = GraphStore.open(storeDir)) {
            store.replaceGraph(Iris.article("z.txt"), personGraph(in.get(0).read()).graph());
            store.state().beginBuild(false); // as a build killed while writing leaves it
            assertTrue(store.state().unfinishedBuild().isPresent());
        }
        try (GraphStore store = GraphStore.open(storeDir)) {
            assertEquals("loading", store.state().unfinishedBuild().orElseThrow().phase());
            BuildSummary s = builder(store, BuildOptions.defaults(), GraphBuilderTest::personGraph).build(in, p -> { });
            assertTrue(s.describe().contains("the last build did not finish: names and links redone over the whole store"),
                    s.describe());
            assertFalse(store.state().unfinishedBuild().isPresent());
        }
    }

    @Test
    void aBulkLoadCutShortIsStartedAgainFromEmpty() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Ann Kell");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            store.replaceGraph(Iris.article("half-loaded.txt"), personGraph(in.get(0).read()).graph());
            store.state().beginBuild(true);
            BuildSummary s = builder(store, BuildOptions.defaults(), GraphBuilderTest::personGraph).build(in, p -> { });
            assertTrue(s.describe().contains("started again from empty"), s.describe());
            assertTrue(s.describe().contains("bulk-loaded 1 articles into an empty store"), s.describe());
            assertEquals(List.of(Iris.article("a.txt")), store.graphNames());
            assertEquals(List.of("Ann Kell"), store.names().search("ann", 5).stream().map(h -> h.name()).toList());
        }
    }

    @Test
    void theNameIndexFollowsRebuildsAndReplace() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Ann Kell", "b.txt", "Bo Lind");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            builder(store, BuildOptions.defaults(), GraphBuilderTest::personGraph).build(in, p -> { });
            assertEquals(1, store.names().search("bo li", 5).size());
            Files.writeString(in.get(0).path(), "Title\n\nAnna Kellerman\n");
            builder(store, BuildOptions.defaults().replace(true), GraphBuilderTest::personGraph)
                    .build(List.of(in.get(0)), p -> { });
            assertEquals(List.of(), store.names().search("bo", 5), "b.txt is gone with --replace");
            assertEquals(List.of(), store.names().search("ann kell", 5), "a.txt's old name is gone");
            assertEquals(List.of("Anna Kellerman"), store.names().search("anna kel", 5).stream().map(h -> h.name()).toList());
        }
    }

    private static Set<String> peopleIn(GraphStore store, String articleId) {
        return org.apache.jena.system.Txn.calculateRead(store.datasetGraph(), () -> {
            Set<String> out = new java.util.TreeSet<>();
            store.datasetGraph().find(NodeFactory.createURI(Iris.article(articleId)), Node.ANY, RDF.type.asNode(),
                    NKG.Person.asNode()).forEachRemaining(q -> out.add(q.getSubject().getURI().substring(NKG.ID.length())));
            return out;
        });
    }

    @Test
    void incrementalLinkingLeavesWhatTheRuleOverTheWholeStoreWould() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Tony Rhodes", "b.txt", "Rhodes", "c.txt", "Sam Rhodes", "d.txt", "Rhodes");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            builder(store, BuildOptions.defaults(), GraphBuilderTest::personGraph).build(in.subList(0, 3), p -> { });
            assertEquals(Set.of("person/rhodes"), peopleIn(store, "b.txt"), "two full names end in Rhodes");
            assertEquals(0, EntityLinker.linkAll(store));

            // c.txt goes: one full name is left, so b.txt's lone surname is linked
            BuildSummary s = builder(store, BuildOptions.defaults().replace(true), GraphBuilderTest::personGraph)
                    .build(in.subList(0, 2), p -> { });
            assertTrue(s.describe().contains("removed 1 articles not in the input"), s.describe());
            assertEquals(Set.of("person/tony-rhodes"), peopleIn(store, "b.txt"));
            assertEquals(0, EntityLinker.linkAll(store));

            // one new article alone: its lone surname is linked through the index, nothing else is read
            builder(store, BuildOptions.defaults(), GraphBuilderTest::personGraph).build(in.subList(3, 4), p -> { });
            assertEquals(Set.of("person/tony-rhodes"), peopleIn(store, "d.txt"));
            assertEquals(0, EntityLinker.linkAll(store));
            assertEquals(List.of("Tony Rhodes"), store.names().search("rhodes", 5).stream().map(h -> h.name()).toList());
            assertEquals(3, store.names().search("rhodes", 5).get(0).articles());
        }
    }

    @Test
    void aStoreGrownPastTheThresholdIsCompactedAndKeepsItsGraphsAndNames() throws Exception {
        List<ArticleFile> in = articles("a.txt", "Ann Kell", "b.txt", "Bo Lind");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            builder(store, BuildOptions.defaults(), GraphBuilderTest::personGraph).build(in, p -> { });
            store.state().compactBytes(1); // as if it had been tiny after its last compaction
            BuildSummary s = builder(store, BuildOptions.defaults(), GraphBuilderTest::personGraph).build(in, p -> { });
            assertTrue(s.describe().contains("store compacted from "), s.describe());
            assertEquals(Set.of(Iris.article("a.txt"), Iris.article("b.txt")), Set.copyOf(store.graphNames()));
            assertEquals(1, store.names().search("bo lind", 5).size());
            assertEquals(8, store.size());
        }
    }
}
