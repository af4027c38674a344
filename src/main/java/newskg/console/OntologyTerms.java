package newskg.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.NewskgException;
import newskg.vocab.NKG;
import newskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The terms worth completing, read from the ontology packaged with newskg
 * ({@value #RESOURCE}): every {@code nkg:} class and property, and the terms of other vocabularies
 * the ontology names, in its triples or its comments ({@code skos:prefLabel}, {@code org:member}, ...):
 * the comments say which standard properties newskg uses.
 * <pre>
 *   List&lt;OntologyTerms.Term&gt; terms = OntologyTerms.load();   // nkg:Article, nkg:Person, ...
 * </pre>
 * Stateless, so thread-safe.
 */
final class OntologyTerms {
    /** The ontology on the classpath. */
    static final String RESOURCE = "newskg/ontology/newskg.ttl";
    /** A prefixed name anywhere in the Turtle text, comments included, such as "org:member". */
    private static final Pattern MENTIONED = Pattern.compile("\\b([a-z]+):([A-Za-z][A-Za-z0-9_]*)");

    /** A term as the user types it ({@code nkg:Person}), its kind and its label (or null). */
    record Term(String name, String kind, String label) {
    }

    private OntologyTerms() {
    }

    /**
     * The terms, {@code nkg:} first, each group sorted by name.
     *
     * @throws NewskgException when the ontology resource is missing or broken (a packaging bug)
     */
    static List<Term> load() {
        Model model = ModelFactory.createDefaultModel();
        String turtle;
        InputStream resource = OntologyTerms.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            throw new NewskgException(RESOURCE + ": ontology missing from the classpath");
        }
        try (InputStream in = resource) {
            turtle = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
        } catch (IOException | RuntimeException e) {
            throw new NewskgException(RESOURCE + ": cannot read the ontology (" + e.getMessage() + ")", e);
        }
        Map<String, Term> own = new TreeMap<>();
        Map<String, Term> others = new TreeMap<>();
        Graph graph = model.getGraph();
        graph.find().forEachRemaining(t -> {
            for (Node node : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (!node.isURI()) {
                    continue;
                }
                String name = Prefixes.MAPPING.qnameFor(node.getURI());
                if (name == null) {
                    continue;
                }
                Resource r = model.wrapAsResource(node);
                Map<String, Term> group = node.getURI().startsWith(NKG.NS) ? own : others;
                group.putIfAbsent(name, new Term(name, kind(graph, node), label(r)));
            }
        });
        Matcher m = MENTIONED.matcher(turtle);
        while (m.find()) {
            String ns = Prefixes.MAPPING.getNsPrefixURI(m.group(1));
            if (ns != null && !ns.startsWith(NKG.NS) && !ns.startsWith(NKG.ID)) {
                others.putIfAbsent(m.group(), new Term(m.group(), "term", null));
            }
        }
        List<Term> terms = new ArrayList<>(own.values());
        terms.addAll(others.values());
        return terms;
    }

    private static String kind(Graph graph, Node node) {
        Node type = RDF.Nodes.type;
        if (graph.contains(node, type, OWL.Class.asNode()) || graph.contains(node, RDFS.subClassOf.asNode(), Node.ANY)) {
            return "class";
        }
        if (graph.contains(node, type, OWL.ObjectProperty.asNode())
                || graph.contains(node, type, OWL.DatatypeProperty.asNode())
                || graph.contains(node, RDFS.subPropertyOf.asNode(), Node.ANY)
                || graph.contains(Node.ANY, node, Node.ANY)) {
            return "property";
        }
        return "term";
    }

    private static String label(Resource r) {
        Statement s = r.getProperty(RDFS.label);
        return s != null && s.getObject().isLiteral() ? s.getString() : null;
    }
}
