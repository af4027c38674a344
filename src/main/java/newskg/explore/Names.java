package newskg.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newskg.vocab.NKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The names and types of entities, looked up in one query for many: an entity's name is its fullest
 * {@code skos:prefLabel}, the longest any article gives it (on a tie, the one more article graphs
 * give, then the first in alphabetical order), as the name index calls it, so that every page and the
 * search call one entity by the same name.
 * <pre>
 *   Map&lt;String, EntityRef&gt; refs = Names.refs(reading, iris);
 * </pre>
 * Thread-safe (stateless).
 */
final class Names {
    /** The types an entity can have, by class IRI. */
    static final Map<String, String> ENTITY_TYPES = Map.of(
            NKG.Person.getURI(), "Person",
            NKG.Organization.getURI(), "Organization",
            NKG.Place.getURI(), "Place");

    private static final String LABELS = """
            SELECT ?e ?t ?l (COUNT(DISTINCT ?g) AS ?n) WHERE {
              GRAPH ?g { ?e a ?t ; skos:prefLabel ?l } FILTER (?t IN (nkg:Person, nkg:Organization, nkg:Place))
            } GROUP BY ?e ?t ?l
            """;

    private static final String ALT_LABELS = "SELECT DISTINCT ?l WHERE { ?e skos:altLabel ?l }";

    private Names() {
    }

    /**
     * The entities among {@code iris} that the graph holds, with their names and types; IRIs of
     * anything else (or nothing) are left out.
     */
    static Map<String, EntityRef> refs(StoreReader.Reading reading, Collection<String> iris) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        for (Binding row : reading.selectEach(LABELS, "e", nodes(iris), Map.of())) {
            String iri = Rows.iri(row, "e");
            types.put(iri, ENTITY_TYPES.get(Rows.iri(row, "t")));
            Map<String, Integer> byLabel = counts.computeIfAbsent(iri, k -> new HashMap<>());
            String label = Rows.text(row, "l");
            if (label != null) {
                byLabel.merge(label, Rows.integer(row, "n"), Integer::sum);
            }
        }
        Map<String, EntityRef> refs = new HashMap<>();
        counts.forEach((iri, byLabel) -> refs.put(iri, new EntityRef(iri, preferred(byLabel, iri), types.get(iri))));
        return refs;
    }

    /**
     * An entity with all its names: the preferred one, then the others articles use ({@code skos:prefLabel}
     * in other graphs, {@code skos:altLabel}), alphabetically; null when the graph holds no such entity.
     */
    static Described describe(StoreReader.Reading reading, String iri) {
        Node e = NodeFactory.createURI(iri);
        Map<String, Integer> byLabel = new HashMap<>();
        String type = null;
        for (Binding row : reading.selectEach(LABELS, "e", List.of(e), Map.of())) {
            type = ENTITY_TYPES.get(Rows.iri(row, "t"));
            byLabel.merge(Rows.text(row, "l"), Rows.integer(row, "n"), Integer::sum);
        }
        if (type == null) {
            return null;
        }
        String name = preferred(byLabel, iri);
        Set<String> others = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        others.addAll(byLabel.keySet());
        for (Binding row : reading.select(ALT_LABELS, Map.of("e", e))) {
            others.add(Rows.text(row, "l"));
        }
        others.remove(name);
        return new Described(new EntityRef(iri, name, type), List.copyOf(others));
    }

    /**
     * An entity and its other names.
     *
     * @param ref        the entity with its preferred name
     * @param otherNames the other names, alphabetically
     */
    record Described(EntityRef ref, List<String> otherNames) {
    }

    /** The longest label, the one more graphs use on a tie, then the first alphabetically; the IRI's end without any. */
    static String preferred(Map<String, Integer> countsByLabel, String iri) {
        return countsByLabel.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getKey().length())
                        .thenComparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElse(iri.substring(iri.lastIndexOf('/') + 1));
    }

    static List<Node> nodes(Collection<String> iris) {
        List<Node> nodes = new ArrayList<>(iris.size());
        for (String iri : new LinkedHashSet<>(iris)) {
            nodes.add(NodeFactory.createURI(iri));
        }
        return nodes;
    }
}
