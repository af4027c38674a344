package newskg.build;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * One article processed: its RDF graph, named {@code graphIri} (the article's IRI). Holds no reference
 * to the text or the NLP annotations, so that many can wait in a queue or travel between machines.
 *
 * @param warnings problems reading the article that did not stop it loading, each "source: problem"
 */
public record ArticleGraph(String articleId, String graphIri, Graph graph, List<String> warnings) {
    public ArticleGraph {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(graph, "graph");
        warnings = List.copyOf(warnings);
    }

    public ArticleGraph(String articleId, String graphIri, Graph graph) {
        this(articleId, graphIri, graph, List.of());
    }

    /** The graph as quads in the article's named graph. */
    public Stream<Quad> quads() {
        Node g = NodeFactory.createURI(graphIri);
        return graph.stream().map(t -> Quad.create(g, t));
    }

    /** The IRIs of the graph's instances of {@code type}. */
    public Set<String> instances(Resource type) {
        Set<String> out = new HashSet<>();
        graph.find(Node.ANY, RDF.type.asNode(), type.asNode())
                .forEachRemaining(t -> out.add(t.getSubject().getURI()));
        return out;
    }

    /** The number of the graph's instances of {@code type}. */
    public int count(Resource type) {
        return instances(type).size();
    }
}
