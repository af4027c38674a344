package newskg.console;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.query.QueryException;
import newskg.query.QueryRunner;
import newskg.query.ResultFormat;
import newskg.vocab.Prefixes;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.engine.ResultSetStream;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * One console session: where queries go, how results are shown, the last CONSTRUCT result, and how
 * many statements failed. Runs queries and prints their results, notes and errors.
 * <pre>
 *   Session session = new Session(target, out, err, false);
 *   session.runQuery("SELECT ?p { ?p a nkg:Person }");   // table, then "3 rows (0.012 s)"
 * </pre>
 * Results go to {@code out}; notes (row counts, confirmations) go to {@code out} in table format and
 * to {@code err} in CSV and JSON, so that a script's output stays machine-readable; errors go to
 * {@code err}. Not thread-safe: one session per console.
 */
final class Session {
    /** The most columns a value takes in a table. */
    static final int MAX_CELL_WIDTH = 80;
    /** The formats {@code \format} offers. */
    static final List<ResultFormat> FORMATS = List.of(ResultFormat.TABLE, ResultFormat.CSV, ResultFormat.JSON);
    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+), column (\\d+)");
    private static final String WHOLE_GRAPH = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }";

    private final QueryTarget target;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colour;
    private final TableRenderer table = new TableRenderer(Prefixes.MAPPING, MAX_CELL_WIDTH);
    private ResultFormat format = ResultFormat.TABLE;
    private Model lastGraph;
    private int failures;

    /**
     * @param colour whether errors and notes may be coloured (ANSI), for a real terminal
     */
    Session(QueryTarget target, PrintWriter out, PrintWriter err, boolean colour) {
        this.target = target;
        this.out = out;
        this.err = err;
        this.colour = colour;
    }

    QueryTarget target() {
        return target;
    }

    ResultFormat format() {
        return format;
    }

    /** Sets how results are shown: one of {@link #FORMATS}. */
    void format(ResultFormat format) {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("the console shows table, csv or json, not " + format);
        }
        this.format = format;
    }

    /** The last CONSTRUCT or DESCRIBE result, or null when there was none. */
    Model lastGraph() {
        return lastGraph;
    }

    /** Every triple the target holds (for a store, the union of the article graphs). */
    Model wholeGraph() {
        return ((QueryResult.Triples) target.execute(QueryRunner.parse(WHOLE_GRAPH))).model();
    }

    /** How many statements failed so far. */
    int failures() {
        return failures;
    }

    /**
     * Parses, runs and prints one query (with the newskg prefixes declared). A failure is printed
     * and counted, never thrown.
     *
     * @return true when the query ran
     */
    boolean runQuery(String text) {
        QueryResult result;
        long start = System.nanoTime();
        try {
            result = target.execute(QueryRunner.parse(text));
        } catch (QueryException e) {
            error(message(e, text));
            return false;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        show(result, String.format(Locale.ROOT, "(%.3f s)", seconds));
        return true;
    }

    private void show(QueryResult result, String time) {
        if (result instanceof QueryResult.Rows rows) {
            int n = rows.bindings().size();
            out.print(switch (format) {
                case CSV -> resultSet(rows, ResultFormat.CSV);
                case JSON -> resultSet(rows, ResultFormat.JSON);
                default -> table.render(rows.vars(), rows.bindings());
            });
            out.flush();
            note(n + (n == 1 ? " row " : " rows ") + time);
            long cap = target.lastRowCap();
            if (cap > 0) {
                note("the server returns at most " + cap + " rows and this answer has more: add ORDER BY with LIMIT"
                        + " and OFFSET to read the rest");
            }
        } else if (result instanceof QueryResult.Answer answer) {
            out.print(switch (format) {
                case CSV -> bytes(o -> ResultSetFormatter.outputAsCSV(o, answer.value()));
                case JSON -> bytes(o -> ResultSetFormatter.outputAsJSON(o, answer.value()));
                default -> (answer.value() ? "yes" : "no") + "\n";
            });
            out.flush();
            note(time);
        } else if (result instanceof QueryResult.Triples triples) {
            Model model = triples.model();
            model.clearNsPrefixMap().setNsPrefixes(usedPrefixes(model));
            lastGraph = model;
            RDFFormat rdf = switch (format) {
                case CSV -> RDFFormat.NTRIPLES;
                case JSON -> RDFFormat.JSONLD_PRETTY;
                default -> RDFFormat.TURTLE_PRETTY;
            };
            out.print(endLine(RDFWriter.source(model).format(rdf).asString()));
            out.flush();
            long n = model.size();
            note(n + (n == 1 ? " triple " : " triples ") + time);
        }
    }

    private static String resultSet(QueryResult.Rows rows, ResultFormat format) {
        ResultSet rs = ResultSetStream.create(rows.vars(), rows.bindings().iterator());
        return format == ResultFormat.CSV
                ? bytes(o -> ResultSetFormatter.outputAsCSV(o, rs))
                : endLine(bytes(o -> ResultSetFormatter.outputAsJSON(o, rs)));
    }

    /** What {@code writer} writes, as text: Jena's result writers want an output stream. */
    private static String bytes(Consumer<OutputStream> writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.accept(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String endLine(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** The newskg prefixes whose namespace the model uses, so that printed Turtle is not mostly prefix lines. */
    static Map<String, String> usedPrefixes(Model model) {
        Map<String, String> all = Prefixes.MAPPING.getNsPrefixMap();
        Map<String, String> used = new TreeMap<>();
        model.getGraph().find().forEachRemaining(t -> {
            for (Node node : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                // Plain and language-tagged strings are written without their datatype.
                String uri = node.isURI() ? node.getURI()
                        : node.isLiteral() && node.getLiteralLanguage().isEmpty()
                                && !node.getLiteralDatatype().equals(XSDDatatype.XSDstring)
                        ? node.getLiteralDatatypeURI() : null;
                if (uri != null) {
                    all.forEach((prefix, ns) -> {
                        if (uri.startsWith(ns)) {
                            used.put(prefix, ns);
                        }
                    });
                }
            }
        });
        return used;
    }

    /** Prints a line of results or of requested information (help, prefixes): always to {@code out}. */
    void print(String text) {
        out.println(text);
        out.flush();
    }

    /** Prints a note (a count, a confirmation): to {@code out} in table format, else to {@code err}. */
    void note(String text) {
        PrintWriter w = format == ResultFormat.TABLE ? out : err;
        w.println(colour ? styled(text, AttributedStyle.DEFAULT.faint()) : text);
        w.flush();
    }

    /** Prints an error to {@code err} and counts it as a failure. */
    void error(String message) {
        failures++;
        String text = "error: " + message;
        err.println(colour ? styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)) : text);
        err.flush();
    }

    private static String styled(String text, AttributedStyle style) {
        return new AttributedString(text, style).toAnsi();
    }

    /**
     * The error for people: the parser's first line (with line and column), its short list of
     * expected tokens, and the query line it points at with a caret under the column.
     */
    static String message(QueryException e, String text) {
        String[] lines = e.getMessage().split("\\R");
        StringBuilder sb = new StringBuilder(lines[0].strip());
        List<String> expected = new ArrayList<>();
        boolean listing = false;
        for (String line : lines) {
            if (line.startsWith("Was expecting")) {
                listing = true;
            } else if (listing && !line.isBlank()) {
                expected.add(line.strip().replaceFirst("\\s*\\.\\.\\.$", ""));
            }
        }
        if (!expected.isEmpty() && expected.size() <= 5) {
            sb.append(" Expected ").append(expected.size() == 1 ? "" : "one of ")
                    .append(String.join(", ", expected)).append('.');
        }
        // The caret follows the message: QueryParseException's own line and column can name the
        // token before the one the message reports.
        Matcher at = LINE_COLUMN.matcher(lines[0]);
        String[] queryLines = text.split("\n", -1);
        if (at.find()) {
            int lineNo = Integer.parseInt(at.group(1));
            if (lineNo >= 1 && lineNo <= queryLines.length) {
                String line = queryLines[lineNo - 1].stripTrailing();
                String margin = String.valueOf(lineNo);
                int col = Math.max(1, Math.min(Integer.parseInt(at.group(2)), line.length() + 1));
                String lead = line.substring(0, col - 1).replaceAll("[^\\t]", " ");
                sb.append('\n').append("  ").append(margin).append(" | ").append(line);
                sb.append('\n').append("  ").append(" ".repeat(margin.length())).append(" | ").append(lead).append('^');
            }
        }
        return sb.toString();
    }
}
