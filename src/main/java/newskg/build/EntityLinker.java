package newskg.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import newskg.store.GraphStore;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Links people across articles: an article that names someone only by surname ("Blair", node
 * {@code person/blair}) gets the node of the one person other articles name in full with that surname
 * ({@code person/tony-blair}). A surname shared by two or more full names ("Williams") is left alone.
 * The result depends only on what the store holds.
 * <p>
 * {@link #link(GraphStore, Set)} applies the rule to the surnames a build touched, finding full names
 * through the store's name index, so its cost does not grow with the store; {@link #linkAll(GraphStore)}
 * applies it to every person in the store (after a build that was cut short). Both leave the store as
 * the rule applied to all of it would.
 * <pre>
 *   int changed = EntityLinker.link(store, Set.of("https://w3id.org/newskg/id/person/tony-rhodes"));
 * </pre>
 */
public final class EntityLinker {
    /** Where person IRIs start. */
    static final String PERSON_BASE = NKG.ID + "person/";
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node PERSON = NKG.Person.asNode();

    private EntityLinker() {
    }

    /**
     * Applies the rule to the surnames of {@code people}: the person IRIs a build wrote, and those the
     * graphs it replaced or removed held before.
     *
     * @return the number of article graphs changed
     */
    public static int link(GraphStore store, Set<String> people) {
        Set<String> surnames = new TreeSet<>();
        for (String iri : people) {
            if (iri.startsWith(PERSON_BASE)) {
                String key = iri.substring(PERSON_BASE.length());
                surnames.add(key.substring(key.lastIndexOf('-') + 1));
            }
        }
        DatasetGraph dsg = store.datasetGraph();
        Map<Node, Node> links = new HashMap<>();
        Txn.executeRead(dsg, () -> {
            for (String surname : surnames) {
                Node single = NodeFactory.createURI(PERSON_BASE + surname);
                if (surname.isEmpty() || !dsg.contains(Node.ANY, single, TYPE, PERSON)) {
                    continue;
                }
                List<String> full = new ArrayList<>();
                for (String iri : store.names().entitiesEndingWith("-" + surname)) {
                    if (iri.startsWith(PERSON_BASE) && iri.length() > PERSON_BASE.length() + surname.length() + 1) {
                        full.add(iri);
                    }
                }
                if (full.size() == 1) {
                    links.put(single, NodeFactory.createURI(full.get(0)));
                }
            }
        });
        return rewrite(store, links);
    }

    /**
     * Applies the rule to every person in the store.
     *
     * @return the number of article graphs changed
     */
    public static int linkAll(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return rewrite(store, Txn.calculateRead(dsg, () -> surnameLinks(dsg)));
    }

    /** The rule over the whole store, as {@link #linkAll(GraphStore)}; the builder links by itself. */
    public static int linkSurnames(GraphStore store) {
        return linkAll(store);
    }

    /** Lone-surname person nodes and the single full-name node each stands for. */
    private static Map<Node, Node> surnameLinks(DatasetGraph dsg) {
        Set<String> people = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, TYPE, PERSON).forEachRemaining(q -> people.add(q.getSubject().getURI()));
        return links(people);
    }

    /** True when {@code iri} is a person named by one word only ({@code person/blair}). */
    static boolean isLoneName(String iri) {
        return iri.startsWith(PERSON_BASE) && !iri.substring(PERSON_BASE.length()).contains("-");
    }

    /** The rule over a set of person IRIs: each lone surname to the one full name ending in it. */
    static Map<Node, Node> links(Set<String> people) {
        Map<String, List<String>> fullBySurname = new TreeMap<>();
        for (String iri : people) {
            String key = iri.substring(PERSON_BASE.length());
            int dash = key.lastIndexOf('-');
            if (dash > 0) {
                fullBySurname.computeIfAbsent(key.substring(dash + 1), k -> new ArrayList<>()).add(iri);
            }
        }
        Map<Node, Node> links = new HashMap<>();
        for (String iri : people) {
            String key = iri.substring(PERSON_BASE.length());
            List<String> full = fullBySurname.get(key);
            if (!key.contains("-") && full != null && full.size() == 1) {
                links.put(NodeFactory.createURI(iri), NodeFactory.createURI(full.get(0)));
            }
        }
        return links;
    }

    /** Rewrites every graph that uses a linked node, in one write transaction, and indexes them again. */
    private static int rewrite(GraphStore store, Map<Node, Node> links) {
        if (links.isEmpty()) {
            return 0;
        }
        DatasetGraph dsg = store.datasetGraph();
        Set<Node> graphs = Txn.calculateRead(dsg, () -> {
            Set<Node> gs = new HashSet<>();
            for (Node single : links.keySet()) {
                dsg.find(Node.ANY, Node.ANY, Node.ANY, single).forEachRemaining(q -> gs.add(q.getGraph()));
                dsg.find(Node.ANY, single, Node.ANY, Node.ANY).forEachRemaining(q -> gs.add(q.getGraph()));
            }
            return gs;
        });
        Map<String, Graph> rewritten = Txn.calculateRead(dsg, () -> {
            Map<String, Graph> out = new LinkedHashMap<>();
            for (Node g : graphs) {
                out.put(g.getURI(), rewrite(dsg, g, links));
            }
            return out;
        });
        store.replaceGraphs(rewritten);
        return graphs.size();
    }

    /** The graph {@code g} of the store with the linked nodes replaced. */
    private static Graph rewrite(DatasetGraph dsg, Node g, Map<Node, Node> links) {
        List<Triple> triples = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        return rewrite(triples, links);
    }

    /** {@code g} with the linked nodes replaced, as a new graph. */
    static Graph rewrite(Graph g, Map<Node, Node> links) {
        return rewrite(g.find().toList(), links);
    }

    private static Graph rewrite(List<Triple> triples, Map<Node, Node> links) {
        Graph out = GraphFactory.createDefaultGraph();
        Set<Node> targets = new HashSet<>();
        for (Triple q : triples) {
            Node s = links.getOrDefault(q.getSubject(), q.getSubject());
            Node o = links.getOrDefault(q.getObject(), q.getObject());
            if (s != q.getSubject() || o != q.getObject()) {
                targets.add(s);
            }
            out.add(s, q.getPredicate(), o);
        }
        // the article may also name the person in full: one preferred name, the longest, the rest other names
        for (Node t : targets) {
            List<Node> names = new ArrayList<>();
            out.find(t, PREF, Node.ANY).forEachRemaining(x -> names.add(x.getObject()));
            names.sort(Comparator.comparingInt((Node n) -> -n.getLiteralLexicalForm().length())
                    .thenComparing(Node::getLiteralLexicalForm));
            for (Node extra : names.subList(Math.min(1, names.size()), names.size())) {
                out.delete(t, PREF, extra);
                out.add(t, ALT, extra);
            }
        }
        return out;
    }
}
