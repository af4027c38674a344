package newskg.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import newskg.query.QueryLimits;
import newskg.query.QueryException;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Fuseki's SPARQL query handler with the server's limits. Before Fuseki sees a query: one nested
 * deeper than {@link QueryLimits#MAX_DEPTH}, or that does not parse, is a 400 whose body is one line
 * (the parser's first), and the log gets no warning; one with {@code SERVICE} is a 403 unless allowed
 * (the endpoint context forbids it at execution too). A query too complex for the stack is a 400,
 * not a 500 with a stack trace. Rows are capped: a SELECT, CONSTRUCT or DESCRIBE query without a
 * {@code LIMIT}, or with a larger one, runs with {@code LIMIT maxRows} (for CONSTRUCT and DESCRIBE
 * the cap counts solutions, not triples); ASK is unchanged. When a SELECT answer had more rows than
 * the cap, the response says so in the {@value #ROW_CAP_HEADER} header, whose value is the cap.
 * <pre>
 *   Endpoint.create().operation(Operation.Query).endpointName("sparql")
 *       .processor(new LimitedQuery(10_000, false)).build();
 * </pre>
 * Thread-safe: one instance serves all requests; per-request state lives in the request.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    /** The response header telling that rows were cut; its value is the row cap. */
    static final String ROW_CAP_HEADER = QueryLimits.ROW_CAP_HEADER;
    private static final String CAPPED = LimitedQuery.class.getName() + ".capped";

    private final long maxRows;
    private final boolean allowService;

    /**
     * @param maxRows      the largest number of rows (solutions) a query may return; positive
     * @param allowService whether queries may call other endpoints with {@code SERVICE}
     */
    LimitedQuery(long maxRows, boolean allowService) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
        this.allowService = allowService;
    }

    @Override
    public void validate(HttpAction action) {
        if ("GET".equals(action.getRequestMethod()) && action.getRequestQueryString() == null) {
            // Fuseki would log a warning for this "service description" request, which it does not serve.
            ServletOps.errorBadRequest("no query: send ?query=SPARQL, or POST the query");
        }
        try {
            super.validate(action);
        } catch (BadMessageException e) {
            // A malformed parameter (a bad %-escape): the client's mistake, not a server error.
            ServletOps.errorBadRequest("malformed request: " + e.getReason());
        }
    }

    /** None: a parameter Fuseki does not know is ignored without a warning in the log. */
    @Override
    protected Collection<String> acceptedParams(HttpAction action) {
        return null;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null) {
            check(queryString);
        }
        try {
            super.execute(queryString, action);
        } catch (QueryDeniedException e) {
            ServletOps.error(HttpSC.FORBIDDEN_403, QueryLimits.SERVICE_REFUSED);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query too complex to run (it nests too deeply)");
        }
    }

    /** Refuses what Fuseki would answer with a multi-line message, a warning or a stack trace. */
    private void check(String queryString) {
        boolean service = false;
        try {
            QueryLimits.checkDepth(queryString);
            Query query = QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            service = !allowService && QueryLimits.usesService(query);
        } catch (QueryException e) {
            ServletOps.errorBadRequest(e.getMessage());
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("malformed query: " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query too complex to run (it nests too deeply)");
        }
        if (service) {
            ServletOps.error(HttpSC.FORBIDDEN_403, QueryLimits.SERVICE_REFUSED);
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isAskType()) {
            return;
        }
        // Design decision: cap by rewriting LIMIT, which the engine uses to stop early, rather than
        // cutting the response stream, which would leave the client a truncated document. A SELECT
        // asks for one row more, to tell whether the cap cut the answer.
        if (!query.hasLimit() || query.getLimit() > maxRows) {
            if (query.isSelectType()) {
                query.setLimit(maxRows + 1);
                action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
            } else {
                query.setLimit(maxRows);
            }
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
                                           String queryStringLog) {
        if (action.getRequest().getAttribute(CAPPED) == null) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        // At most maxRows + 1 rows, read inside the query's transaction and timeout.
        RowSet rs = queryExec.select();
        List<Binding> rows = new ArrayList<>();
        while (rows.size() <= maxRows && rs.hasNext()) {
            rows.add(rs.next());
        }
        if (rows.size() > maxRows) {
            rows.remove(rows.size() - 1);
            action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(maxRows));
            action.getResponse().setHeader("Access-Control-Expose-Headers", ROW_CAP_HEADER);
        }
        return new QueryExecResult(RowSetStream.create(rs.getResultVars(), rows.iterator()));
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
