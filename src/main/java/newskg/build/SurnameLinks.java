package newskg.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;

/**
 * The cross-article identity rule, as pure functions over person IRIs: a person named by one word only
 * ({@code person/blair}) stands for the one person named in full with that last word
 * ({@code person/tony-blair}); when two or more full names end in it ("Williams"), or none does, it is
 * left alone. Every caller links through {@link #links(Collection)}: the incremental and whole-store
 * linking of {@link EntityLinker}, the in-memory linking before a bulk load, and the distributed job.
 * <p>
 * The rule only relates people of the same {@link #surname(String) surname}, so it may be applied to the
 * people of each surname apart (the distributed job groups by it): the union of
 * {@code links(group)} over the groups is {@code links(all)}.
 * <pre>
 *   Map&lt;String, String&gt; links = SurnameLinks.links(Set.of(NKG.ID + "person/blair", NKG.ID + "person/tony-blair"));
 *   Graph linked = SurnameLinks.rewrite(articleGraph, links);
 * </pre>
 * Thread-safe (stateless).
 */
public final class SurnameLinks {
    /** Where person IRIs start. */
    public static final String PERSON_BASE = NKG.ID + "person/";
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();

    private SurnameLinks() {
    }

    /**
     * The word the rule groups {@code personIri} by: the last word of its key ({@code blair} for both
     * {@code person/tony-blair} and {@code person/blair}); {@code null} for an IRI that is not a person's.
     */
    public static String surname(String personIri) {
        if (!personIri.startsWith(PERSON_BASE)) {
            return null;
        }
        String key = personIri.substring(PERSON_BASE.length());
        return key.substring(key.lastIndexOf('-') + 1);
    }

    /** True when {@code iri} is a person named by one word only ({@code person/blair}). */
    public static boolean isLoneName(String iri) {
        return iri.startsWith(PERSON_BASE) && !iri.substring(PERSON_BASE.length()).contains("-");
    }

    /**
     * The rule over a set of person IRIs (others are ignored): each lone name among them to the one full
     * name among them that ends in it.
     *
     * @return lone-name IRI to full-name IRI, sorted by the lone name
     */
    public static Map<String, String> links(Collection<String> people) {
        Set<String> distinct = people instanceof Set<String> set ? set : new HashSet<>(people);
        Map<String, List<String>> fullBySurname = new HashMap<>();
        for (String iri : distinct) {
            if (!iri.startsWith(PERSON_BASE)) {
                continue;
            }
            String key = iri.substring(PERSON_BASE.length());
            int dash = key.lastIndexOf('-');
            if (dash > 0) {
                fullBySurname.computeIfAbsent(key.substring(dash + 1), k -> new ArrayList<>()).add(iri);
            }
        }
        Map<String, String> links = new TreeMap<>();
        for (String iri : distinct) {
            if (!isLoneName(iri)) {
                continue;
            }
            List<String> full = fullBySurname.get(iri.substring(PERSON_BASE.length()));
            if (full != null && full.size() == 1) {
                links.put(iri, full.get(0));
            }
        }
        return links;
    }

    /** Whether linking changes a graph whose people are {@code people}. */
    public static boolean touches(Collection<String> people, Map<String, String> links) {
        for (String p : people) {
            if (links.containsKey(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code g} with each linked node replaced by the node it stands for, as a new graph. A node that took
     * over another keeps one preferred name, the longest (then the first in order), and the rest become
     * other names, as the article may name the person both ways.
     */
    public static Graph rewrite(Graph g, Map<String, String> links) {
        return rewrite(g.find().toList(), nodes(links));
    }

    /** The links as nodes. */
    static Map<Node, Node> nodes(Map<String, String> links) {
        Map<Node, Node> out = new HashMap<>();
        links.forEach((k, v) -> out.put(NodeFactory.createURI(k), NodeFactory.createURI(v)));
        return out;
    }

    /** The triples with the linked nodes replaced, as a new graph. */
    static Graph rewrite(List<Triple> triples, Map<Node, Node> links) {
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
