package newskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import newskg.vocab.NKG;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What a store holds: instances per class over the whole store, and per article graph.
 * <pre>
 *   StoreStats stats = StoreStats.of(store);
 *   long people = stats.count(NKG.Person.getURI());
 * </pre>
 * Counts over the whole store are distinct nodes: a person named by three articles counts once
 * there, and once in each of the three articles.
 *
 * @param articles the article graphs, sorted by source file (or graph IRI)
 * @param classes  class IRI to the number of distinct instances in the whole store
 * @param triples  the number of distinct triples in the union of the article graphs
 */
public record StoreStats(List<ArticleCounts> articles, Map<String, Long> classes, long triples) {
    public StoreStats {
        articles = List.copyOf(articles);
        classes = Map.copyOf(classes);
    }

    /**
     * The counts of one article graph.
     *
     * @param graph      the graph IRI (the article IRI)
     * @param sourceFile the article's {@code nkg:sourceFile}, or empty
     * @param title      the article's {@code dcterms:title}, or empty
     * @param classes    class IRI to the number of instances in this graph
     * @param triples    the number of triples in this graph
     */
    public record ArticleCounts(String graph, String sourceFile, String title, Map<String, Long> classes,
                                long triples) {
        public ArticleCounts {
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(sourceFile, "sourceFile");
            Objects.requireNonNull(title, "title");
            classes = Map.copyOf(classes);
        }

        /** Instances of {@code classIri} in this article; 0 when none. */
        public long count(String classIri) {
            return classes.getOrDefault(classIri, 0L);
        }
    }

    /** Distinct instances of {@code classIri} in the whole store; 0 when none. */
    public long count(String classIri) {
        return classes.getOrDefault(classIri, 0L);
    }

    /** Counts what {@code store} holds, in one read transaction. */
    public static StoreStats of(GraphStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> files = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, Map<String, Long>> perGraph = new LinkedHashMap<>();
            Map<String, Long> triplesPerGraph = new LinkedHashMap<>();
            select(dsg, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g", r -> {
                String g = r.getResource("g").getURI();
                triplesPerGraph.put(g, r.getLiteral("n").getLong());
                perGraph.put(g, new LinkedHashMap<>());
            });
            select(dsg, "SELECT ?g ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER isIRI(?c) } GROUP BY ?g ?c",
                    r -> perGraph.get(r.getResource("g").getURI())
                            .put(r.getResource("c").getURI(), r.getLiteral("n").getLong()));
            select(dsg, "SELECT ?g ?file ?title WHERE { GRAPH ?g { ?g a <" + NKG.Article.getURI() + "> "
                    + "OPTIONAL { ?g <" + NKG.sourceFile.getURI() + "> ?file } "
                    + "OPTIONAL { ?g <" + DCTerms.title.getURI() + "> ?title } } }", r -> {
                        String g = r.getResource("g").getURI();
                        if (r.contains("file")) {
                            files.putIfAbsent(g, r.getLiteral("file").getLexicalForm());
                        }
                        if (r.contains("title")) {
                            titles.putIfAbsent(g, r.getLiteral("title").getLexicalForm());
                        }
                    });
            Map<String, Long> classes = new LinkedHashMap<>();
            select(dsg, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } FILTER isIRI(?c) } GROUP BY ?c",
                    r -> classes.put(r.getResource("c").getURI(), r.getLiteral("n").getLong()));
            List<ArticleCounts> articles = new ArrayList<>();
            perGraph.forEach((g, counts) -> articles.add(new ArticleCounts(g, files.getOrDefault(g, ""),
                    titles.getOrDefault(g, ""), counts, triplesPerGraph.get(g))));
            articles.sort(Comparator.comparing((ArticleCounts a) -> a.sourceFile().isEmpty() ? a.graph() : a.sourceFile()));
            return new StoreStats(articles, classes, dsg.getUnionGraph().size());
        });
    }

    private static void select(DatasetGraph dsg, String text, Consumer<QuerySolution> row) {
        Query q = QueryFactory.create(text);
        try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
        }
    }
}
