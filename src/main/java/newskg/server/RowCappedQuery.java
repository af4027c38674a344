package newskg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query handler with a cap on result rows: a SELECT, CONSTRUCT or DESCRIBE query
 * without a {@code LIMIT}, or with a larger one, runs with {@code LIMIT maxRows}. For CONSTRUCT
 * and DESCRIBE the cap counts solutions, not triples. ASK is unchanged.
 * <pre>
 *   Endpoint.create().operation(Operation.Query).endpointName("sparql")
 *       .processor(new RowCappedQuery(10_000)).build();
 * </pre>
 * Thread-safe: one instance serves all requests; it keeps no per-request state.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    /** @param maxRows the largest number of rows (solutions) a query may return; positive */
    RowCappedQuery(long maxRows) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isAskType()) {
            return;
        }
        // Design decision: cap by rewriting LIMIT, which the engine uses to stop early, rather than
        // cutting the response stream, which would leave the client a truncated document.
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            query.setLimit(maxRows);
        }
    }
}
