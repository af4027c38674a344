package newskg.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newskg.build.ArticleGraph;
import newskg.build.SurnameLinks;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One article after extraction, as it travels between the job's stages: its quads as N-Quads (UTF-8,
 * literals in canonical form, as the store holds them), its people (for linking), its warnings; or the
 * problem it was skipped for.
 * <pre>
 *   ExtractedArticle a = ExtractedArticle.of(articleGraph);
 *   ExtractedArticle linked = a.relinked(links);
 * </pre>
 * Immutable (the byte array is not changed once made).
 *
 * @param id       the article id
 * @param graphIri its graph's IRI, or {@code null} when skipped
 * @param nquads   its quads as N-Quads, or {@code null} when skipped
 * @param quads    how many
 * @param people   the IRIs of its people
 * @param linked   whether linking rewrote it
 * @param problem  why it was skipped ("origin: reason"), or {@code null}
 * @param warnings problems that did not stop it, each "origin: problem"
 */
record ExtractedArticle(String id, String graphIri, byte[] nquads, long quads, List<String> people, boolean linked,
                        String problem, List<String> warnings) implements Serializable {
    ExtractedArticle {
        Objects.requireNonNull(id, "id");
        people = List.copyOf(people);
        warnings = List.copyOf(warnings);
    }

    static ExtractedArticle of(ArticleGraph g) {
        return new ExtractedArticle(g.articleId(), g.graphIri(), write(g.graphIri(), g.graph()), g.graph().size(),
                List.copyOf(g.instances(NKG.Person)), false, null, g.warnings());
    }

    static ExtractedArticle skipped(String id, String problem) {
        return new ExtractedArticle(id, null, null, 0, List.of(), false, problem, List.of());
    }

    boolean isSkipped() {
        return problem != null;
    }

    /** This article with its lone surnames linked by {@code links}, the same rule as the local build's. */
    ExtractedArticle relinked(Map<String, String> links) {
        if (isSkipped() || !SurnameLinks.touches(people, links)) {
            return this;
        }
        Graph linkedGraph = SurnameLinks.rewrite(graph(), links);
        List<String> ps = people.stream().map(p -> links.getOrDefault(p, p)).distinct().sorted().toList();
        return new ExtractedArticle(id, graphIri, write(graphIri, linkedGraph), linkedGraph.size(), ps, true, null,
                warnings);
    }

    /** The article's graph, parsed back. */
    Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(nquads)).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                g.add(q.asTriple());
            }
        });
        return g;
    }

    private static byte[] write(String graphIri, Graph graph) {
        Node name = NodeFactory.createURI(graphIri);
        ByteArrayOutputStream out = new ByteArrayOutputStream(graph.size() * 160);
        RDFDataMgr.writeQuads(out, graph.stream().map(t -> Quad.create(name, t.getSubject(), t.getPredicate(),
                CanonicalizeLiteral.get().apply(t.getObject()))).iterator());
        return out.toByteArray();
    }
}
