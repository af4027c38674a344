package newskg.explore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import newskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;

/**
 * SPARQL over the store for one explorer request, within the server's limits: every query of a
 * request runs in one read transaction (one consistent snapshot), the request as a whole within the
 * timeout, and every query with at most the row cap.
 * <pre>
 *   StoreReader reader = new StoreReader(dataset, Duration.ofSeconds(30), 10_000);
 *   List&lt;Binding&gt; rows = reader.read(r -&gt; r.select(QUERY, Map.of("e", entity)));
 * </pre>
 * Queries are strings whose prefixes are {@link Prefixes}'; variables are bound by substitution in the
 * parsed query (never by pasting text), so no value can change a query's meaning.
 * Thread-safe: each {@link #read} has its own transaction and deadline.
 */
final class StoreReader {
    private final DatasetGraph dataset;
    private final Duration timeout;
    private final long maxRows;

    StoreReader(DatasetGraph dataset, Duration timeout, long maxRows) {
        this.dataset = dataset;
        this.timeout = timeout;
        this.maxRows = maxRows;
    }

    /** The largest number of rows one query returns. */
    long maxRows() {
        return maxRows;
    }

    /**
     * Runs {@code work} in one read transaction.
     *
     * @throws ExploreException 503 when the queries take longer than the timeout
     */
    <T> T read(Function<Reading, T> work) {
        Reading reading = new Reading(System.nanoTime() + timeout.toNanos());
        try {
            return Txn.calculateRead(dataset, () -> work.apply(reading));
        } catch (QueryCancelledException e) {
            String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
            throw new ExploreException(503, "the store took longer than " + limit + " to answer; try again later");
        }
    }

    /**
     * What a CONSTRUCT gave.
     *
     * @param graph  the triples
     * @param capped true when the solutions reached the row cap, so that some triples may be missing
     */
    record Constructed(Graph graph, boolean capped) {
    }

    /** Each query's time at debug level (logger {@code newskg.explore}), for profiling a page. */
    private static void logTime(String sparql, long t0, int rows) {
        if (Pages.LOG.isDebugEnabled()) {
            String q = sparql.replaceAll("\\s+", " ");
            Pages.LOG.debug("{} ms, {} rows: {}", (System.nanoTime() - t0) / 1_000_000, rows, q.substring(0, Math.min(100, q.length())));
        }
    }

    /** The queries of one request: they share a deadline. Not thread-safe. */
    final class Reading {
        private final long deadline;

        private Reading(long deadline) {
            this.deadline = deadline;
        }

        /** A SELECT with {@code bindings} substituted, at most {@code limit} rows (and the row cap). */
        List<Binding> select(String sparql, Map<String, Node> bindings, long limit) {
            Query query = parse(sparql, limit);
            long t0 = System.nanoTime();
            try (QueryExec exec = exec(query, bindings)) {
                RowSet rows = exec.select();
                List<Binding> out = new ArrayList<>();
                rows.forEachRemaining(out::add);
                logTime(sparql, t0, out.size());
                return out;
            }
        }

        /** A SELECT with {@code bindings} substituted, at most the row cap. */
        List<Binding> select(String sparql, Map<String, Node> bindings) {
            return select(sparql, bindings, maxRows);
        }

        /**
         * A SELECT whose variable {@code var} takes each of {@code values}, plus {@code bindings}
         * substituted. The values are a {@code VALUES} block put first in the parsed query's pattern,
         * so that the store looks each one up rather than matching the pattern for all.
         */
        List<Binding> selectEach(String sparql, String var, Collection<Node> values, Map<String, Node> bindings) {
            List<List<Node>> rows = new ArrayList<>(values.size());
            for (Node value : values) {
                rows.add(List.of(value));
            }
            return selectEach(sparql, List.of(var), rows, bindings);
        }

        /** As {@link #selectEach(String, String, Collection, Map)}, with several variables per row. */
        List<Binding> selectEach(String sparql, List<String> vars, List<List<Node>> values, Map<String, Node> bindings) {
            if (values.isEmpty()) {
                return List.of();
            }
            Query query = parse(sparql, maxRows);
            List<Var> vs = vars.stream().map(Var::alloc).toList();
            ElementData data = new ElementData(vs, new ArrayList<>());
            for (List<Node> row : values) {
                BindingBuilder b = BindingFactory.builder();
                for (int i = 0; i < vs.size(); i++) {
                    b.add(vs.get(i), row.get(i));
                }
                data.add(b.build());
            }
            ((ElementGroup) query.getQueryPattern()).getElements().add(0, data);
            long t0 = System.nanoTime();
            try (QueryExec exec = exec(query, bindings)) {
                List<Binding> out = new ArrayList<>();
                exec.select().forEachRemaining(out::add);
                logTime(sparql, t0, out.size());
                return out;
            }
        }

        /** True when some solution binds {@code bindings} in the pattern of an ASK query. */
        boolean ask(String sparql, Map<String, Node> bindings) {
            try (QueryExec exec = exec(QueryFactory.create(Prefixes.sparqlHeader() + sparql), bindings)) {
                return exec.ask();
            }
        }

        /**
         * A CONSTRUCT whose variable {@code var} is {@code value}, at most the row cap of solutions. Runs
         * as a SELECT and fills the template itself, so that it knows whether the cap cut the solutions.
         */
        Constructed construct(String sparql, String var, Node value) {
            Query query = parse(sparql, maxRows);
            List<Triple> template = query.getConstructTemplate().getTriples();
            query.setQuerySelectType();
            query.setQueryResultStar(true);
            List<Binding> rows = new ArrayList<>();
            Var v = Var.alloc(var);
            ((ElementGroup) query.getQueryPattern()).getElements().add(0,
                    new ElementData(List.of(v), List.of(BindingFactory.binding(v, value))));
            try (QueryExec exec = exec(query, Map.of())) {
                exec.select().forEachRemaining(rows::add);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            TemplateLib.calcTriples(template, rows.iterator()).forEachRemaining(graph::add);
            return new Constructed(graph, rows.size() >= query.getLimit());
        }

        private Query parse(String sparql, long limit) {
            Query query = QueryFactory.create(Prefixes.sparqlHeader() + sparql);
            long cap = Math.min(limit, maxRows);
            if (!query.hasLimit() || query.getLimit() > cap) {
                query.setLimit(cap);
            }
            return query;
        }

        private QueryExec exec(Query query, Map<String, Node> bindings) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new QueryCancelledException();
            }
            QueryExecDatasetBuilder b = QueryExec.newBuilder().dataset(dataset).query(query)
                    .timeout(TimeUnit.NANOSECONDS.toMillis(left) + 1, TimeUnit.MILLISECONDS);
            bindings.forEach((name, value) -> b.substitution(Var.alloc(name), value));
            return b.build();
        }
    }
}
