package newskg.console;

import newskg.store.GraphStore;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/**
 * Queries the local store: the union of all article graphs by default, each article by {@code GRAPH}.
 * {@code SERVICE} (a query to another endpoint) fails unless allowed.
 * <pre>
 *   try (QueryTarget target = new StoreTarget(GraphStore.open(Path.of("data/store")))) { ... }
 * </pre>
 * Each query is one read transaction. One query at a time; {@link #cancel()} from any thread.
 */
public final class StoreTarget implements QueryTarget {
    private final GraphStore store;
    private final Dataset dataset;
    private final boolean allowService;
    private final RunningQuery running = new RunningQuery();

    /**
     * A target over {@code store} that refuses {@code SERVICE}.
     *
     * @param store an open store, which the target closes when it is closed
     */
    public StoreTarget(GraphStore store) {
        this(store, false);
    }

    /**
     * A target over {@code store}.
     *
     * @param store        an open store, which the target closes when it is closed
     * @param allowService whether queries may call other endpoints with {@code SERVICE}
     */
    public StoreTarget(GraphStore store, boolean allowService) {
        this.store = store;
        this.dataset = store.dataset();
        this.allowService = allowService;
    }

    @Override
    public QueryResult execute(Query query) {
        return Txn.calculateRead(dataset, () -> running.run(query, () -> QueryExecution.dataset(dataset).query(query)
                .set(ARQ.httpServiceAllowed, allowService).build(), "query failed: "));
    }

    @Override
    public void cancel() {
        running.cancel();
    }

    @Override
    public String description() {
        return "store " + store.directory();
    }

    @Override
    public void close() {
        store.close();
    }
}
