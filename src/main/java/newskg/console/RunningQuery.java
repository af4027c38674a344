package newskg.console;

import java.util.function.Supplier;
import newskg.query.QueryLimits;
import newskg.query.QueryException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;

/**
 * The query a target is running, so that another thread can cancel it, and the one way targets turn
 * an execution's failures into {@link QueryException}s.
 * <pre>
 *   QueryResult r = running.run(query, () -&gt; QueryExecution.create(query, dataset), "query failed: ");
 * </pre>
 * One query at a time; {@link #cancel()} from any thread.
 */
final class RunningQuery {
    private volatile QueryExecution running;

    /**
     * Runs the execution {@code open} creates and reads its whole result.
     *
     * @param failure how a failure's message starts, such as {@code "query failed: "}
     * @throws QueryException when the query fails or is cancelled
     */
    QueryResult run(Query query, Supplier<QueryExecution> open, String failure) {
        try (QueryExecution qe = open.get()) {
            running = qe;
            return QueryResult.read(query, qe);
        } catch (QueryCancelledException e) {
            throw new QueryException("query cancelled", e);
        } catch (QueryException e) {
            throw e;
        } catch (QueryDeniedException e) {
            throw new QueryException(QueryLimits.SERVICE_REFUSED, e);
        } catch (RuntimeException e) {
            throw new QueryException(failure + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new QueryException("query too complex to run (it nests too deeply)", null);
        } finally {
            running = null;
        }
    }

    /** Aborts the running query, if any. */
    void cancel() {
        QueryExecution qe = running;
        if (qe != null) {
            qe.abort();
        }
    }
}
