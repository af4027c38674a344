package newskg.build;

import java.util.Objects;
import newskg.resolve.Resolution;
import org.apache.jena.graph.Graph;

/** One article processed: its resolved facts and the RDF graph they map to, named {@code graphIri}. */
public record ArticleGraph(String graphIri, Resolution resolution, Graph graph) {
    public ArticleGraph {
        Objects.requireNonNull(graphIri, "graphIri");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(graph, "graph");
    }
}
