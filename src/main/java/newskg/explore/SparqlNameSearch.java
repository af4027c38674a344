package newskg.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * {@link NameSearch} with SPARQL over the labels: a scan of {@code skos:prefLabel} and
 * {@code skos:altLabel}, which is fast enough for tens of thousands of names (about 100 ms for the
 * BBC store's 10,000) and needs no index to keep in step with builds.
 * <pre>
 *   NameSearch search = new SparqlNameSearch(reader);
 * </pre>
 * Thread-safe.
 */
final class SparqlNameSearch implements NameSearch {
    /** Texts shorter than this match the start of a name only, not of each word: one letter matches too much. */
    static final int WORD_START_MIN = 2;

    private static final String SEARCH = """
            SELECT ?e ?t ?rank ?matched (COUNT(DISTINCT ?a) AS ?n) WHERE {
              { SELECT ?e (MIN(?rk) AS ?rank) (MIN(?label) AS ?matched) WHERE {
                  { ?e skos:prefLabel ?label } UNION { ?e skos:altLabel ?label }
                  BIND (LCASE(STR(?label)) AS ?lc)
                  FILTER (STRSTARTS(?lc, ?q) || (?words && CONTAINS(?lc, CONCAT(" ", ?q))))
                  BIND (IF(?lc = ?q, 0, IF(STRSTARTS(?lc, ?q), 1, 2)) AS ?rk)
                } GROUP BY ?e }
              ?e a ?t . FILTER (?t IN (nkg:Person, nkg:Organization, nkg:Place))
              ?e nkg:mentionedIn ?a .
            } GROUP BY ?e ?t ?rank ?matched ORDER BY ?rank DESC(?n) ?matched
            """;

    private final StoreReader reader;

    SparqlNameSearch(StoreReader reader) {
        this.reader = reader;
    }

    @Override
    public List<NameMatch> find(String text, int limit) {
        String q = text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || limit <= 0) {
            throw new IllegalArgumentException("nothing to search for");
        }
        return reader.read(reading -> {
            List<Binding> rows = reading.select(SEARCH, Map.of("q", NodeFactory.createLiteralString(q),
                    "words", NodeValue.makeBoolean(q.length() >= WORD_START_MIN).asNode()), limit);
            List<String> iris = rows.stream().map(row -> Rows.iri(row, "e")).toList();
            Map<String, EntityRef> refs = Names.refs(reading, iris);
            List<NameMatch> matches = new ArrayList<>();
            for (Binding row : rows) {
                EntityRef e = refs.get(Rows.iri(row, "e"));
                if (e != null) {
                    matches.add(new NameMatch(e, Rows.text(row, "matched"), Rows.integer(row, "n")));
                }
            }
            return matches;
        });
    }
}
