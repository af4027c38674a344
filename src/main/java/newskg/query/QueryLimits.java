package newskg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The limits a query runs under, the same for the server, the {@code query} command and the console:
 * how deeply its brackets may nest (the parser and the engine recurse once per level, so a query
 * nested a thousand deep overflows the stack), whether it may call other endpoints ({@code SERVICE}),
 * and how the server says that its row cap cut an answer ({@link #ROW_CAP_HEADER}).
 * <pre>
 *   QueryLimits.checkDepth(text);                  // QueryException beyond MAX_DEPTH
 *   if (QueryLimits.usesService(query)) { ... }    // refuse it, or let ARQ's httpServiceAllowed do so
 * </pre>
 * Stateless, so thread-safe.
 */
public final class QueryLimits {
    /** The deepest nesting of brackets accepted; hand-written queries stay well below 20. */
    public static final int MAX_DEPTH = 100;
    /** The HTTP response header by which the server says its row cap cut a SELECT answer; its value is the cap. */
    public static final String ROW_CAP_HEADER = "Newskg-Row-Cap";
    /** Why a query with {@code SERVICE} does not run, and how to allow it. */
    public static final String SERVICE_REFUSED = "SERVICE is turned off: the query would send a request to another"
            + " endpoint; start with --allow-service to allow it";

    private QueryLimits() {
    }

    /**
     * The deepest nesting of {@code { ( [} in {@code text}, outside strings, IRIs and comments. A
     * lexical count, so it works where the parser itself would overflow.
     */
    public static int nestingDepth(CharSequence text) {
        int depth = 0;
        int deepest = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int next = QueryText.afterStringOrIri(text, i);
            if (c == '#') {
                i = QueryText.lineEnd(text, i);
            } else if (next > i) {
                i = next;
                continue;
            } else if (c == '{' || c == '(' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            }
            i++;
        }
        return deepest;
    }

    /**
     * Refuses a query nested deeper than {@link #MAX_DEPTH}.
     *
     * @throws QueryException naming the depth found and the limit
     */
    public static void checkDepth(CharSequence text) {
        int depth = nestingDepth(text);
        if (depth > MAX_DEPTH) {
            throw new QueryException("query nested " + depth + " brackets deep; at most " + MAX_DEPTH
                    + " levels are accepted", null);
        }
    }

    /**
     * True when the query has a {@code SERVICE} clause anywhere: in its pattern, a sub-query, or an
     * {@code EXISTS} in a filter, a binding or a clause of the query.
     */
    public static boolean usesService(Query query) {
        if (query.getQueryPattern() != null && usesService(query.getQueryPattern())) {
            return true;
        }
        List<Expr> exprs = new ArrayList<>(query.getProject().getExprs().values());
        if (query.hasGroupBy()) {
            exprs.addAll(query.getGroupBy().getExprs().values());
        }
        if (query.hasHaving()) {
            exprs.addAll(query.getHavingExprs());
        }
        if (query.hasOrderBy()) {
            query.getOrderBy().forEach(c -> exprs.add(c.getExpression()));
        }
        return exprs.stream().anyMatch(QueryLimits::usesService);
    }

    private static boolean usesService(Element pattern) {
        boolean[] found = new boolean[1];
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }

            @Override
            public void visit(ElementSubQuery el) {
                found[0] |= usesService(el.getQuery());
            }

            @Override
            public void visit(ElementFilter el) {
                found[0] |= usesService(el.getExpr());
            }

            @Override
            public void visit(ElementBind el) {
                found[0] |= usesService(el.getExpr());
            }

            @Override
            public void visit(ElementAssign el) {
                found[0] |= usesService(el.getExpr());
            }
        });
        return found[0];
    }

    private static boolean usesService(Expr expr) {
        if (expr instanceof ExprFunctionOp exists) {
            return usesService(exists.getElement());
        }
        if (expr instanceof ExprFunction function) {
            return function.getArgs().stream().anyMatch(QueryLimits::usesService);
        }
        return false;
    }
}
