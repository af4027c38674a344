package newskg.console;

import newskg.query.QueryException;
import org.apache.jena.query.Query;

/**
 * Where the console's queries go: the local store or a SPARQL endpoint.
 * <pre>
 *   try (QueryTarget target = new EndpointTarget("http://127.0.0.1:3030/newskg/sparql")) {
 *       QueryResult result = target.execute(QueryRunner.parse("ASK { ?s ?p ?o }"));
 *   }
 * </pre>
 * Implementations run one query at a time; only {@link #cancel()} may be called from another thread.
 */
public interface QueryTarget extends AutoCloseable {

    /**
     * Runs {@code query} and reads its whole result.
     *
     * @param query a parsed query, its prefixes declared (see {@code QueryRunner.parse})
     * @return the rows, answer or triples
     * @throws QueryException when the query fails or is cancelled
     */
    QueryResult execute(Query query);

    /**
     * The row cap that cut the last SELECT answer, as the server said, or 0 when it was not cut (or
     * the target has no cap).
     */
    default long lastRowCap() {
        return 0;
    }

    /** Stops the query that {@link #execute} is running, if any; safe to call from any thread (a signal handler). */
    void cancel();

    /**
     * Where queries go, for people.
     *
     * @return such as {@code store data/store} or {@code endpoint http://...}
     */
    String description();

    /** Releases the store or connection; the target cannot be used afterwards. */
    @Override
    void close();
}
