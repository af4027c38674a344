package newskg.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newskg.query.QueryException;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The whole result of one query, read into memory so that it outlives the transaction or the HTTP
 * response: rows for SELECT, a yes/no for ASK, triples for CONSTRUCT and DESCRIBE.
 * <pre>
 *   QueryResult result = QueryResult.read(query, queryExecution);
 *   if (result instanceof QueryResult.Rows rows) { ... rows.bindings() ... }
 * </pre>
 * Values are immutable except the {@link Triples} model, which nobody changes after reading.
 */
public sealed interface QueryResult {

    /**
     * SELECT results.
     *
     * @param vars     the variables, in the order the query selects them
     * @param bindings one binding per row, in order
     */
    record Rows(List<Var> vars, List<Binding> bindings) implements QueryResult {
        /**
         * Copies both lists.
         *
         * @param vars     the variables
         * @param bindings the rows
         */
        public Rows {
            vars = List.copyOf(vars);
            bindings = List.copyOf(bindings);
        }
    }

    /**
     * An ASK answer.
     *
     * @param value whether the pattern matched
     */
    record Answer(boolean value) implements QueryResult {
    }

    /**
     * CONSTRUCT or DESCRIBE results.
     *
     * @param model the triples, in memory
     */
    record Triples(Model model) implements QueryResult {
        /**
         * Checks the model is there.
         *
         * @param model the triples, not null
         */
        public Triples {
            Objects.requireNonNull(model, "model");
        }
    }

    /**
     * Runs {@code qe}, which executes {@code query}, and reads its whole result.
     *
     * @param query the query, for its form
     * @param qe    its execution, which the caller closes
     * @return the result, detached from the store and the connection
     * @throws QueryException for a query form the console does not show (ARQ's {@code JSON})
     */
    static QueryResult read(Query query, QueryExecution qe) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            List<Binding> bindings = new ArrayList<>();
            while (rs.hasNext()) {
                // TDB2 bindings look their nodes up lazily, which fails once the transaction ends.
                bindings.add(rs.nextBinding().detach());
            }
            return new Rows(Var.varList(rs.getResultVars()), bindings);
        }
        if (query.isAskType()) {
            return new Answer(qe.execAsk());
        }
        if (query.isConstructType() || query.isDescribeType()) {
            // An in-memory model, filled before the transaction ends.
            return new Triples(query.isConstructType() ? qe.execConstruct() : qe.execDescribe());
        }
        throw new QueryException("unsupported query form (use SELECT, ASK, CONSTRUCT or DESCRIBE)", null);
    }
}
