package newskg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newskg.build.EntityLinker;
import newskg.build.GraphBuilder;
import newskg.source.ArticleReader;
import newskg.store.GraphStore;
import newskg.vocab.NKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The explorer tests' store: three invented articles built by the real pipeline (real offsets, real
 * mapper; the third with front matter: date, URL, source, author), and one hand-made hostile article whose title, text, names, role title and quote are markup
 * and HTML entities, with offsets that match its text.
 * <pre>
 *   try (GraphStore store = ExplorerFixture.store(dir)) { ... }
 * </pre>
 */
final class ExplorerFixture {
    static final String ALICE = NKG.ID + "person/alice-example";
    static final String BOB = NKG.ID + "person/bob-sample";
    static final String CARL = NKG.ID + "person/carl-test";
    static final String DANA = NKG.ID + "person/dana-other";
    static final String A1 = NKG.ID + "article/a1";
    static final String A3 = NKG.ID + "article/a3";

    /** Invented articles; places are general knowledge (the gazetteer's). */
    static final List<String[]> ARTICLES = List.of(
            new String[] {"a1.txt", """
                Harbor council backs new ferry plan

                Columbus Mayor Alice Example met Governor Bob Sample in Columbus on Monday. "We will build \
                the ferry this year," Alice Example said. Harbor Authority spokesman Carl Test said the talks \
                were useful.
                """},
            new String[] {"a2.txt", """
                Ferry plan draws protest in Columbus

                Governor Bob Sample said the plan would go ahead. "The ferry will serve everyone," Sample said. \
                Alice Example and Carl Test attended the meeting at the Harbor Authority.
                """},
            new String[] {"a3.txt", """
                ---
                title: Harbor Authority names new pilot
                published: 2026-03-06
                url: https://news.example.org/harbor-pilot
                source: Example Gazette
                author: Pat Writer
                ---
                Harbor Authority spokesman Carl Test met Dana Other in Ohio on Friday. "The pilot starts in \
                spring," Dana Other said.
                """});

    // The hostile article: every string a page shows is markup, and none of it may run or render.
    static final String HOSTILE = NKG.ID + "article/hostile";
    static final String EVE = NKG.ID + "person/eve-smith";
    static final String ACME = NKG.ID + "organization/acme";
    static final String HOSTILE_TITLE = "<script>window.__pwned=1</script> &amp; \"quotes\" & <b>bold</b>";
    static final String EVE_NAME = "Eve <img src=x onerror=\"window.__pwned=2\">Smith &amp; Co";
    static final String EVE_ALIAS = "<script>window.__pwned=4</script>";
    static final String ACME_NAME = "</td></tr><script>window.__pwned=5</script>Acme &lt;Ltd&gt;";
    static final String ROLE_TITLE = "<i onmouseover=\"window.__pwned=6\">Mayor</i>";
    static final String QUOTE = "<b>bold</b> &lt;tag&gt; </script><script>window.__pwned=3</script>";
    static final String HOSTILE_TEXT = HOSTILE_TITLE + "\n\n" + ROLE_TITLE + " " + EVE_NAME + " of " + ACME_NAME
            + " said \"" + QUOTE + "\" today.";

    private ExplorerFixture() {
    }

    /** A TDB2 store in {@code dir} with the built articles and the hostile one. */
    static GraphStore store(Path dir) {
        Path input = dir.resolve("articles");
        try {
            Files.createDirectories(input);
            for (String[] a : ARTICLES) {
                Files.writeString(input.resolve(a[0]), a[1], StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GraphStore store = GraphStore.open(dir.resolve("store"));
        new GraphBuilder(store, 1).build(ArticleReader.collect(List.of(input)), f -> { });
        EntityLinker.linkSurnames(store);
        store.replaceGraph(HOSTILE, hostile());
        return store;
    }

    /** The hostile article's graph, offsets found in its text. */
    static Graph hostile() {
        Graph g = GraphFactory.createDefaultGraph();
        Node a = uri(HOSTILE);
        String text = HOSTILE_TEXT;
        add(g, a, RDF.type.asNode(), NKG.Nodes.Article);
        add(g, a, DCTerms.title.asNode(), lit(HOSTILE_TITLE));
        add(g, a, NKG.Nodes.text, lit(text));
        add(g, a, NKG.Nodes.sourceFile, lit("hostile.txt"));
        int sb = text.indexOf(ROLE_TITLE);
        String sentence = text.substring(sb);
        Node s = uri(HOSTILE + "/sentence/0");
        add(g, s, RDF.type.asNode(), NKG.Nodes.Sentence);
        add(g, s, NKG.Nodes.inArticle, a);
        add(g, s, NKG.Nodes.text, lit(sentence));
        offsets(g, s, sb, text.length());

        Node eve = uri(EVE);
        add(g, eve, RDF.type.asNode(), NKG.Nodes.Person);
        add(g, eve, SKOS.prefLabel.asNode(), lit(EVE_NAME));
        add(g, eve, SKOS.altLabel.asNode(), lit(EVE_ALIAS));
        add(g, eve, NKG.Nodes.mentionedIn, a);
        Node acme = uri(ACME);
        add(g, acme, RDF.type.asNode(), NKG.Nodes.Organization);
        add(g, acme, SKOS.prefLabel.asNode(), lit(ACME_NAME));
        add(g, acme, NKG.Nodes.mentionedIn, a);
        mention(g, 0, eve, s, text, EVE_NAME);
        mention(g, 1, acme, s, text, ACME_NAME);

        Node role = uri(HOSTILE + "/role/0");
        add(g, role, RDF.type.asNode(), NKG.Nodes.Role);
        add(g, role, ORG.member.asNode(), eve);
        add(g, role, NKG.Nodes.title, lit(ROLE_TITLE));
        add(g, role, ORG.organization.asNode(), acme);
        evidence(g, role, s, text, ROLE_TITLE + " " + EVE_NAME);

        Node quote = uri(HOSTILE + "/quote/0");
        add(g, quote, RDF.type.asNode(), NKG.Nodes.Quote);
        add(g, quote, NKG.Nodes.quoteText, lit(QUOTE));
        add(g, quote, NKG.Nodes.saidBy, eve);
        evidence(g, quote, s, text, QUOTE);

        Node event = uri(HOSTILE + "/event/0");
        add(g, event, RDF.type.asNode(), NKG.Nodes.Event);
        add(g, event, RDF.type.asNode(), NKG.Nodes.term("Statement"));
        add(g, event, NKG.Nodes.trigger, lit("said"));
        add(g, event, NKG.Nodes.participant, eve);
        add(g, event, NKG.Nodes.term("speaker"), eve);
        add(g, event, NKG.Nodes.participant, acme);
        evidence(g, event, s, text, "said");
        return g;
    }

    private static void mention(Graph g, int n, Node entity, Node sentence, String text, String words) {
        Node m = uri(HOSTILE + "/mention/" + n);
        add(g, m, RDF.type.asNode(), NKG.Nodes.Mention);
        add(g, m, NKG.Nodes.mentionOf, entity);
        add(g, m, NKG.Nodes.inSentence, sentence);
        add(g, m, NKG.Nodes.anchorOf, lit(words));
        int b = text.lastIndexOf(words);
        offsets(g, m, b, b + words.length());
        add(g, m, NKG.Nodes.method, lit("mention:test"));
        add(g, m, NKG.Nodes.confidence, NodeFactory.createLiteralDT(new BigDecimal("0.90").toPlainString(),
                XSDDatatype.XSDdecimal));
    }

    private static void evidence(Graph g, Node fact, Node sentence, String text, String words) {
        add(g, fact, NKG.Nodes.evidence, sentence);
        add(g, fact, NKG.Nodes.anchorOf, lit(words));
        int b = text.lastIndexOf(words);
        offsets(g, fact, b, b + words.length());
        add(g, fact, NKG.Nodes.method, lit("test:hand-made"));
        add(g, fact, NKG.Nodes.confidence, NodeFactory.createLiteralDT("0.50", XSDDatatype.XSDdecimal));
    }

    private static void offsets(Graph g, Node n, int begin, int end) {
        add(g, n, NKG.Nodes.beginIndex, NodeFactory.createLiteralDT(Integer.toString(begin), XSDDatatype.XSDinteger));
        add(g, n, NKG.Nodes.endIndex, NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDinteger));
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
