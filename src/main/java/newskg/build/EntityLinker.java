package newskg.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newskg.store.GraphStore;
import newskg.vocab.NKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Links people across articles: an article that names someone only by surname ("Blair", node
 * {@code person/blair}) gets the node of the one person other articles name in full with that surname
 * ({@code person/tony-blair}). A surname shared by two or more full names ("Williams") is left alone.
 * Runs over the whole store after a build, one write transaction per article graph it changes, so its
 * result depends only on what the store holds.
 * <pre>
 *   int changed = EntityLinker.linkSurnames(store);
 * </pre>
 */
public final class EntityLinker {
    private static final String PERSON_BASE = NKG.ID + "person/";

    private EntityLinker() {
    }

    /**
     * Replaces each lone-surname person node by the one full-name node it stands for, in every article
     * graph that uses it.
     *
     * @return the number of article graphs changed
     */
    public static int linkSurnames(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        Map<Node, Node> links = Txn.calculateRead(dsg, () -> surnameLinks(dsg));
        if (links.isEmpty()) {
            return 0;
        }
        Set<Node> graphs = Txn.calculateRead(dsg, () -> {
            Set<Node> gs = new HashSet<>();
            for (Node single : links.keySet()) {
                dsg.find(Node.ANY, Node.ANY, Node.ANY, single).forEachRemaining(q -> gs.add(q.getGraph()));
                dsg.find(Node.ANY, single, Node.ANY, Node.ANY).forEachRemaining(q -> gs.add(q.getGraph()));
            }
            return gs;
        });
        for (Node g : graphs) {
            Txn.executeWrite(dsg, () -> rewrite(dsg, g, links));
        }
        return graphs.size();
    }

    /** Lone-surname person nodes and the single full-name node each stands for. */
    private static Map<Node, Node> surnameLinks(DatasetGraph dsg) {
        Set<String> people = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), NKG.Person.asNode())
                .forEachRemaining(q -> people.add(q.getSubject().getURI()));
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

    private static void rewrite(DatasetGraph dsg, Node g, Map<Node, Node> links) {
        List<Quad> old = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
        Set<Node> targets = new HashSet<>();
        for (Quad q : old) {
            Node s = links.getOrDefault(q.getSubject(), q.getSubject());
            Node o = links.getOrDefault(q.getObject(), q.getObject());
            if (s != q.getSubject() || o != q.getObject()) {
                dsg.delete(q);
                dsg.add(g, s, q.getPredicate(), o);
                targets.add(s);
            }
        }
        // the article may also name the person in full: one preferred name, the longest, the rest other names
        for (Node t : targets) {
            List<Node> names = new ArrayList<>();
            dsg.find(g, t, PREF, Node.ANY).forEachRemaining(q -> names.add(q.getObject()));
            names.sort((a, b) -> Integer.compare(b.getLiteralLexicalForm().length(), a.getLiteralLexicalForm().length()));
            for (Node extra : names.subList(Math.min(1, names.size()), names.size())) {
                dsg.delete(g, t, PREF, extra);
                dsg.add(g, t, ALT, extra);
            }
        }
    }

    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
}
