package newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import newskg.vocab.Prefixes;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL over a dataset and writes the results in a chosen format. The newskg prefixes
 * ({@link Prefixes}) are predeclared, so queries may use {@code nkg:}, {@code skos:}, ... without
 * {@code PREFIX} lines. {@code SERVICE} (a query to another endpoint) fails unless allowed.
 * <pre>
 *   new QueryRunner(store.dataset()).run(text, ResultFormat.CSV, System.out);
 * </pre>
 * Thread-safe: each run is its own read transaction.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final boolean allowService;

    /** A runner that refuses {@code SERVICE}. */
    public QueryRunner(Dataset dataset) {
        this(dataset, false);
    }

    /** @param allowService whether queries may call other endpoints with {@code SERVICE} */
    public QueryRunner(Dataset dataset, boolean allowService) {
        this.dataset = dataset;
        this.allowService = allowService;
    }

    /**
     * Parses a query with the newskg prefixes predeclared.
     *
     * @throws QueryException with the parser's message, which names line and column, or naming a
     *                        nesting deeper than {@link QueryLimits#MAX_DEPTH}
     */
    public static Query parse(String text) {
        QueryLimits.checkDepth(text);
        Query query = new Query();
        // a copy: the query's own PREFIX lines are added to it, and the shared mapping is locked
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAPPING));
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
            return query;
        } catch (QueryParseException e) {
            throw new QueryException("malformed query: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // Nesting the bracket count does not see, such as a long chain of operators.
            throw new QueryException("query too deeply nested to parse", null);
        }
    }

    /**
     * Runs {@code text} and writes its results to {@code out}.
     *
     * @throws QueryException when the query is malformed, does not fit the format, or fails
     */
    public void run(String text, ResultFormat format, OutputStream out) {
        Query query = parse(text);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                    .set(ARQ.httpServiceAllowed, allowService).build()) {
                if (query.isSelectType()) {
                    writeSelect(qe.execSelect(), format, out);
                } else if (query.isAskType()) {
                    writeAsk(qe.execAsk(), format, out);
                } else if (query.isConstructType() || query.isDescribeType()) {
                    Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    m.setNsPrefixes(Prefixes.MAPPING);
                    RDFDataMgr.write(out, m, rdfFormat(format));
                } else {
                    throw new QueryException("unsupported query form (use SELECT, ASK, CONSTRUCT or DESCRIBE)", null);
                }
            } catch (QueryException e) {
                throw e;
            } catch (QueryDeniedException e) {
                throw new QueryException(QueryLimits.SERVICE_REFUSED, e);
            } catch (RuntimeException e) {
                throw new QueryException("query failed: " + e.getMessage(), e);
            } catch (StackOverflowError e) {
                throw new QueryException("query too complex to run (it nests too deeply)", null);
            }
        });
    }

    private static void writeSelect(ResultSet rs, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, Prefixes.MAPPING);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
            default -> throw new QueryException("format " + format.name().toLowerCase()
                    + " is for CONSTRUCT/DESCRIBE results; use table, csv, tsv, json or xml for SELECT", null);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ps.println(answer ? "yes" : "no");
            }
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
            default -> throw new QueryException("format " + format.name().toLowerCase()
                    + " is for CONSTRUCT/DESCRIBE results; use table, csv, tsv, json or xml for ASK", null);
        }
    }

    private static RDFFormat rdfFormat(ResultFormat format) {
        return switch (format) {
            case TTL, TABLE -> RDFFormat.TURTLE_PRETTY;
            case NT, CSV, TSV -> RDFFormat.NTRIPLES;
            case JSONLD, JSON -> RDFFormat.JSONLD;
            case RDFXML, XML -> RDFFormat.RDFXML_PRETTY;
        };
    }
}
