package newskg.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newskg.vocab.NKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The neighbourhood graph of an entity, a role or an event, for the graph view: around an entity, its
 * roles (one node per holder, title, organization and place) with their organizations and places, the
 * entities most often mentioned with it, and its events with their participants and places; around a
 * role or an event, the entities it links. Nodes come in a fixed order, most telling first, so that a
 * view drawing the first N shows the strongest links; {@code offset} and {@code limit} page through them.
 * <pre>
 *   NeighbourhoodLookup.Graph g = reader.read(r -&gt; NeighbourhoodLookup.find(r, iri, 0, 150));
 * </pre>
 * Thread-safe (stateless).
 */
final class NeighbourhoodLookup {
    /** Co-mentioned entities and events put before the rest of either. */
    static final int FIRST_OF_EACH = 40;

    private static final String KIND = """
            SELECT ?t WHERE { ?x a ?t . FILTER (?t IN (nkg:Person, nkg:Organization, nkg:Place, nkg:Role, nkg:Event)) }
            """;
    private static final String ROLES = """
            SELECT ?f ?person ?title ?org ?place WHERE {
              GRAPH ?a {
                { ?f org:member ?x } UNION { ?f org:organization ?x } UNION { ?f nkg:rolePlace ?x }
                ?f a nkg:Role ; org:member ?person ; nkg:title ?title .
                OPTIONAL { ?f org:organization ?org }
                OPTIONAL { ?f nkg:rolePlace ?place }
              }
            } ORDER BY ?f
            """;
    private static final String ROLE = """
            SELECT ?f ?person ?title ?org ?place WHERE {
              ?f a nkg:Role ; org:member ?person ; nkg:title ?title .
              OPTIONAL { ?f org:organization ?org }
              OPTIONAL { ?f nkg:rolePlace ?place }
              FILTER (?f = ?x)
            }
            """;
    private static final String EVENTS = """
            SELECT ?f ?type ?date ?place WHERE {
              GRAPH ?a {
                { ?f nkg:participant ?x } UNION { ?f nkg:place ?x }
                ?f a nkg:Event , ?type . FILTER (?type NOT IN (nkg:Event, nkg:PersonnelChange))
                OPTIONAL { ?f nkg:date ?date }
                OPTIONAL { ?f nkg:place ?place }
              }
            } ORDER BY ?date ?f
            """;
    private static final String EVENT = """
            SELECT ?f ?type ?date ?place WHERE {
              ?f a nkg:Event , ?type . FILTER (?type NOT IN (nkg:Event, nkg:PersonnelChange))
              OPTIONAL { ?f nkg:date ?date }
              OPTIONAL { ?f nkg:place ?place }
              FILTER (?f = ?x)
            }
            """;
    private static final String PARTICIPANTS = """
            SELECT ?f ?p ?part WHERE {
              ?f nkg:participant ?p .
              OPTIONAL { ?f ?part ?p .
                FILTER (?part IN (nkg:agent, nkg:victim, nkg:speaker, nkg:attendee, nkg:target, nkg:holder, nkg:institution)) }
            }
            """;
    private static final String CO_MENTIONED = """
            SELECT ?other (COUNT(DISTINCT ?a) AS ?n) WHERE {
              GRAPH ?a { ?x nkg:mentionedIn ?a . ?other nkg:mentionedIn ?a . FILTER (?other != ?x) }
            } GROUP BY ?other ORDER BY DESC(?n) ?other
            """;

    private NeighbourhoodLookup() {
    }

    /**
     * Nodes {@code offset} to {@code offset + limit} of the neighbourhood of {@code iri} (the centre is
     * node 0), with the edges among all nodes up to the last one returned that touch the returned ones.
     *
     * @throws ExploreException 404 when the graph holds no entity, role or event with that IRI
     */
    static Graph find(StoreReader.Reading reading, String iri, int offset, int limit) {
        Node x = NodeFactory.createURI(iri);
        Map<String, Node> b = Map.of("x", x);
        Set<String> kinds = new LinkedHashSet<>();
        reading.select(KIND, b).forEach(row -> kinds.add(Rows.iri(row, "t").substring(NKG.NS.length())));
        if (kinds.isEmpty()) {
            throw new ExploreException(404, "the graph holds no person, organization, place, role or event with the IRI "
                    + iri);
        }
        Builder g = new Builder();
        if (kinds.contains("Role")) {
            g.center(iri, "Role");
            g.roles(reading.select(ROLE, b));
        } else if (kinds.contains("Event")) {
            g.center(iri, "Event");
            g.events(reading, reading.select(EVENT, b));
        } else {
            g.center(iri, null);
            g.roles(reading.select(ROLES, b));
            List<Binding> co = reading.select(CO_MENTIONED, b);
            List<Binding> events = reading.select(EVENTS, b);
            g.coMentioned(co.subList(0, Math.min(FIRST_OF_EACH, co.size())));
            g.events(reading, events.subList(0, Math.min(FIRST_OF_EACH, events.size())));
            g.coMentioned(co.subList(Math.min(FIRST_OF_EACH, co.size()), co.size()));
            g.events(reading, events.subList(Math.min(FIRST_OF_EACH, events.size()), events.size()));
        }
        return g.page(reading, offset, limit);
    }

    /** Collects nodes in order and edges, then names the entities of one page. */
    private static final class Builder {
        private final Map<String, Draft> nodes = new LinkedHashMap<>();
        private final Map<String, GraphEdge> edges = new LinkedHashMap<>();
        private String center;

        void center(String iri, String type) {
            center = iri;
            nodes.put(iri, new Draft(iri, type, null, 0));
        }

        void roles(List<Binding> rows) {
            Map<List<String>, List<Binding>> groups = new LinkedHashMap<>();
            for (Binding row : rows) {
                List<String> key = Arrays.asList(Rows.iri(row, "person"), Rows.text(row, "title"),
                        Rows.iri(row, "org"), Rows.iri(row, "place"));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
            List<List<Binding>> sorted = new ArrayList<>(groups.values());
            sorted.sort(Comparator.comparingInt(l -> -l.size()));
            for (List<Binding> group : sorted) {
                Binding row = group.get(0);
                String role = Rows.iri(row, "f");
                put(new Draft(role, "Role", Rows.text(row, "title"), group.size()));
                link(Rows.iri(row, "person"), role, "holds");
                link(role, Rows.iri(row, "org"), "of");
                link(role, Rows.iri(row, "place"), "in");
            }
        }

        void coMentioned(List<Binding> rows) {
            for (Binding row : rows) {
                String other = Rows.iri(row, "other");
                int n = Rows.integer(row, "n");
                nodes.putIfAbsent(other, new Draft(other, null, null, n));
                addEdge(center, other, "mentioned with, " + n + (n == 1 ? " article" : " articles"));
            }
        }

        /** Events and the entities they link. */
        void events(StoreReader.Reading reading, List<Binding> rows) {
            Map<String, Map<String, String>> parts = participants(reading, rows);
            for (Binding row : rows) {
                String ev = Rows.iri(row, "f");
                put(new Draft(ev, "Event", label(row), 1));
                parts.getOrDefault(ev, Map.of()).forEach((p, part) -> link(p, ev, part));
                link(ev, Rows.iri(row, "place"), "at");
            }
        }

        /** Adds a node; the centre's draft is replaced (a role's or event's gains its label). */
        private void put(Draft d) {
            if (d.iri.equals(center)) {
                nodes.put(d.iri, d);
            } else {
                nodes.putIfAbsent(d.iri, d);
            }
        }

        private static String label(Binding row) {
            String type = Rows.iri(row, "type");
            String name = type.startsWith(NKG.NS) ? type.substring(NKG.NS.length()) : type;
            String date = Rows.text(row, "date");
            return date == null ? name : name + " " + date;
        }

        private static Map<String, Map<String, String>> participants(StoreReader.Reading reading, List<Binding> events) {
            Map<String, Map<String, String>> parts = new HashMap<>();
            List<Node> iris = events.stream().map(row -> Rows.node(row, "f")).toList();
            for (Binding row : reading.selectEach(PARTICIPANTS, "f", iris, Map.of())) {
                String part = Rows.iri(row, "part");
                String name = part == null ? "participant" : part.substring(NKG.NS.length());
                parts.computeIfAbsent(Rows.iri(row, "f"), k -> new LinkedHashMap<>())
                        .merge(Rows.iri(row, "p"), name, (old, now) -> old.equals("participant") ? now : old);
            }
            return parts;
        }

        /** An edge from {@code from} to {@code to}, adding whichever entity is not a node yet. */
        private void link(String from, String to, String label) {
            if (from == null || to == null) {
                return;
            }
            nodes.putIfAbsent(from, new Draft(from, null, null, 0));
            nodes.putIfAbsent(to, new Draft(to, null, null, 0));
            addEdge(from, to, label);
        }

        private void addEdge(String from, String to, String label) {
            String id = from + " " + label + " " + to;
            edges.putIfAbsent(id, new GraphEdge(id, from, to, label));
        }

        Graph page(StoreReader.Reading reading, int offset, int limit) {
            List<Draft> all = new ArrayList<>(nodes.values());
            int from = Math.min(offset, all.size());
            int to = (int) Math.min((long) offset + limit, all.size());
            List<Draft> shown = all.subList(from, to);
            Set<String> upTo = new LinkedHashSet<>();
            all.subList(0, to).forEach(d -> upTo.add(d.iri));
            Set<String> page = new LinkedHashSet<>();
            shown.forEach(d -> page.add(d.iri));
            List<String> entities = shown.stream().filter(d -> d.type == null).map(d -> d.iri).toList();
            Map<String, EntityRef> refs = Names.refs(reading, entities);
            List<GraphNode> out = new ArrayList<>();
            for (Draft d : shown) {
                if (d.type == null) {
                    EntityRef r = refs.get(d.iri);
                    if (r != null) {
                        out.add(new GraphNode(d.iri, r.name(), r.type(), d.weight));
                    }
                } else {
                    out.add(new GraphNode(d.iri, d.label == null ? d.type : d.label, d.type, d.weight));
                }
            }
            List<GraphEdge> pageEdges = edges.values().stream()
                    .filter(e -> upTo.contains(e.source()) && upTo.contains(e.target())
                            && (page.contains(e.source()) || page.contains(e.target())))
                    .toList();
            return new Graph(center, out, pageEdges, all.size(), from, limit);
        }
    }

    /** A node while the graph is collected: its type and label are known for roles and events only. */
    private record Draft(String iri, String type, String label, int weight) {
    }

    /**
     * A node of the graph view.
     *
     * @param id     its IRI
     * @param label  an entity's name, a role's title, an event's type and date
     * @param type   {@code Person}, {@code Organization}, {@code Place}, {@code Role} or {@code Event}
     * @param weight how strongly it is tied to the centre: shared articles, or statements of a role
     */
    record GraphNode(String id, String label, String type, int weight) {
    }

    /**
     * An edge of the graph view.
     *
     * @param id     unique within any neighbourhood
     * @param source the IRI of one end
     * @param target the IRI of the other
     * @param label  what links them: holds, of, in, at, a participant's part, mentioned with
     */
    record GraphEdge(String id, String source, String target, String label) {
    }

    /**
     * A page of a neighbourhood.
     *
     * @param center the IRI it is around
     * @param nodes  nodes {@code offset} to {@code offset + limit}
     * @param edges  the edges that touch them, among the nodes so far
     * @param total  how many nodes the whole neighbourhood has
     * @param offset the first node's position
     * @param limit  how many were asked for
     */
    record Graph(String center, List<GraphNode> nodes, List<GraphEdge> edges, int total, int offset, int limit) {
    }
}
