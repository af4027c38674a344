package newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * Checks a graph against SHACL shapes, by default newskg's own ({@code ontology/shapes.ttl},
 * packaged as the classpath resource {@value #SHAPES_RESOURCE}).
 * <pre>
 *   List&lt;Violation&gt; results = Validator.newskgShapes().validate(store);
 *   boolean conforms = results.stream().noneMatch(Violation::isViolation);
 * </pre>
 * Thread-safe: the parsed shapes are not changed after construction.
 */
public final class Validator {
    /** Where the newskg shapes are on the classpath. */
    public static final String SHAPES_RESOURCE = "newskg/ontology/shapes.ttl";

    private final Shapes shapes;
    private final Graph shapesGraph;

    /** Validates with the shapes in {@code shapesGraph}, which must not change afterwards. */
    public Validator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.shapesGraph = shapesGraph;
    }

    /**
     * The newskg shapes, read from the classpath.
     *
     * @throws StoreException when the resource is missing or not valid Turtle (a packaging bug)
     */
    public static Validator newskgShapes() {
        try (InputStream in = Validator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new StoreException(SHAPES_RESOURCE + ": SHACL shapes not found on the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new Validator(g);
        } catch (IOException | RiotException e) {
            throw new StoreException(SHAPES_RESOURCE + ": cannot read the SHACL shapes (" + e.getMessage() + ")", e);
        }
    }

    /** The number of shapes, including property shapes. */
    public int shapeCount() {
        return shapes.numShapes();
    }

    /**
     * Validates each article graph of {@code store} on its own, in one read transaction. Design decision:
     * each article's graph is one extraction and must be well formed by itself; an entity's preferred
     * name is the fullest form that article uses, so two articles may name one node differently
     * ("ICE" and "Immigration and Customs Enforcement"), which the union would report.
     *
     * @return every result, sorted by focus node, path and message; empty when the store conforms
     */
    public List<Violation> validate(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Violation> all = new ArrayList<>();
            for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                all.addAll(validate(dsg.getGraph(it.next())));
            }
            all.sort(ORDER);
            return all;
        });
    }

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::focusNode)
            .thenComparing(Violation::path).thenComparing(Violation::message).thenComparing(Violation::value);

    /**
     * Validates {@code data}; the caller holds any transaction the graph needs.
     *
     * @return every result, sorted by focus node, path and message; empty when the graph conforms
     */
    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            String message = message(e);
            out.add(new Violation(e.severity().level().getLocalName(), focus(e.focusNode()), path(e.resultPath()),
                    e.value() == null ? "" : FmtUtils.stringForNode(e.value(), Prefixes.MAPPING), message,
                    rule(e, message)));
        }
        out.sort(ORDER);
        return out;
    }

    private static String focus(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        return FmtUtils.stringForNode(n, Prefixes.MAPPING);
    }

    private static String path(Path p) {
        return p == null ? "" : PathWriter.asString(p, new Prologue(Prefixes.MAPPING));
    }

    private static String message(ReportEntry e) {
        String m = e.message();
        return m == null || m.isBlank() ? String.valueOf(e.sourceConstraintComponent()) : m.strip();
    }

    // The unfilled sh:message of the SPARQL constraint or of the shape that reported the result.
    private String rule(ReportEntry e, String message) {
        String template = null;
        if (e.constraint() instanceof SparqlConstraint sc) {
            template = sc.getMessage();
        } else if (e.source() != null) {
            var it = shapesGraph.find(e.source(), SHACL.message, Node.ANY);
            if (it.hasNext()) {
                template = it.next().getObject().getLiteralLexicalForm();
            }
            it.close();
        }
        if (template != null && !template.isBlank()) {
            return template.strip().replaceAll("\\{[?$]\\w+}", "\u2026");
        }
        return message;
    }
}
