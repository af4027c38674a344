package newskg.console;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.util.FmtUtils;
import org.jline.utils.WCWidth;

/**
 * Renders SELECT rows as an aligned text table, for reading rather than for parsing.
 * <pre>
 *    person         | name
 *   ----------------+-------------
 *    person:alice   | Alice Smith
 * </pre>
 * IRIs are shortened with the prefixes ({@code person:alice}, else {@code <...>}); literals show
 * their text alone (no quotes, language tag or datatype); numbers are right-aligned; line breaks
 * become spaces and values wider than the limit end in {@code …}. Use CSV or JSON for exact values.
 * Immutable, so thread-safe.
 */
final class TableRenderer {
    private final PrefixMapping prefixes;
    private final int maxWidth;

    /**
     * @param prefixes for shortening IRIs
     * @param maxWidth the most columns a value may take, at least 2
     */
    TableRenderer(PrefixMapping prefixes, int maxWidth) {
        if (maxWidth < 2) {
            throw new IllegalArgumentException("maxWidth must be at least 2: " + maxWidth);
        }
        this.prefixes = prefixes;
        this.maxWidth = maxWidth;
    }

    /** The table, one line per row after a header and a rule, each line ending in a newline. */
    String render(List<Var> vars, List<Binding> rows) {
        int n = vars.size();
        List<String[]> cells = new ArrayList<>();
        int[] widths = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            widths[c] = width(vars.get(c).getVarName());
            numeric[c] = !rows.isEmpty();
        }
        for (Binding row : rows) {
            String[] line = new String[n];
            for (int c = 0; c < n; c++) {
                Node node = row.get(vars.get(c));
                line[c] = node == null ? "" : cell(node);
                widths[c] = Math.max(widths[c], width(line[c]));
                numeric[c] &= node == null || isNumber(node);
            }
            cells.add(line);
        }
        StringBuilder sb = new StringBuilder();
        String[] header = vars.stream().map(Var::getVarName).toArray(String[]::new);
        appendLine(sb, header, widths, new boolean[n]);
        for (int c = 0; c < n; c++) {
            sb.append(c == 0 ? "" : "+").append("-".repeat(widths[c] + 2));
        }
        sb.append('\n');
        for (String[] line : cells) {
            appendLine(sb, line, widths, numeric);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String[] line, int[] widths, boolean[] rightAligned) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < line.length; c++) {
            String pad = " ".repeat(widths[c] - width(line[c]));
            text.append(c == 0 ? " " : " | ");
            text.append(rightAligned[c] ? pad + line[c] : line[c] + pad);
        }
        // No trailing spaces: they only get in the way when a table is copied.
        sb.append(text.toString().stripTrailing()).append('\n');
    }

    /** How a value shows in a cell. */
    String cell(Node node) {
        String text;
        if (node.isURI()) {
            String uri = node.getURI();
            String shortForm = prefixes.shortForm(uri);
            text = shortForm.equals(uri) ? "<" + uri + ">" : shortForm;
        } else if (node.isLiteral()) {
            text = node.getLiteralLexicalForm();
        } else if (node.isBlank()) {
            text = "_:" + node.getBlankNodeLabel();
        } else {
            text = FmtUtils.stringForNode(node, prefixes);
        }
        return truncate(text.replaceAll("[\\r\\n\\t]+", " "));
    }

    private String truncate(String text) {
        if (width(text) <= maxWidth) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Math.max(WCWidth.wcwidth(cp), 0);
            if (used + w > maxWidth - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    private static boolean isNumber(Node node) {
        return node.isLiteral() && XSDFuncOp.isNumeric(node);
    }

    /** Columns a text takes on a terminal: wide characters take two, combining marks none. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Math.max(WCWidth.wcwidth(cp), 0);
            i += Character.charCount(cp);
        }
        return w;
    }
}
