package newskg.build;

import java.util.ArrayList;
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
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Links people across articles: an article that names someone only by surname ("Blair", node
 * {@code person/blair}) gets the node of the one person other articles name in full with that surname
 * ({@code person/tony-blair}). A surname shared by two or more full names ("Williams") is left alone.
 * The result depends only on what the store holds. The rule itself is {@link SurnameLinks}; this class
 * finds the people it applies to in a store and rewrites the graphs it changes.
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
    static final String PERSON_BASE = SurnameLinks.PERSON_BASE;
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
            String surname = SurnameLinks.surname(iri);
            if (surname != null && !surname.isEmpty()) {
                surnames.add(surname);
            }
        }
        DatasetGraph dsg = store.datasetGraph();
        Map<String, String> links = new TreeMap<>();
        Txn.executeRead(dsg, () -> {
            for (String surname : surnames) {
                String single = PERSON_BASE + surname;
                if (!dsg.contains(Node.ANY, NodeFactory.createURI(single), TYPE, PERSON)) {
                    continue;
                }
                // the people of this surname: the lone name and the full names the index knows
                Set<String> named = new HashSet<>();
                named.add(single);
                for (String iri : store.names().entitiesEndingWith("-" + surname)) {
                    if (iri.startsWith(PERSON_BASE)) {
                        named.add(iri);
                    }
                }
                links.putAll(SurnameLinks.links(named));
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

    /** The rule over every person of the store. */
    private static Map<String, String> surnameLinks(DatasetGraph dsg) {
        Set<String> people = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, TYPE, PERSON).forEachRemaining(q -> people.add(q.getSubject().getURI()));
        return SurnameLinks.links(people);
    }

    /** Rewrites every graph that uses a linked node, in one write transaction, and indexes them again. */
    private static int rewrite(GraphStore store, Map<String, String> linkIris) {
        if (linkIris.isEmpty()) {
            return 0;
        }
        Map<Node, Node> links = SurnameLinks.nodes(linkIris);
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
        return SurnameLinks.rewrite(triples, links);
    }
}
