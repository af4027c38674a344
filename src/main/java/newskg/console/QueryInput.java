package newskg.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides when the text typed so far is a whole statement: a backslash command (one line), or a
 * query ended by a {@code ;} at the end of a line.
 * <pre>
 *   QueryInput.isComplete("SELECT * { ?s ?p ?o } ;\n");   // true
 *   QueryInput.withoutTerminator("ASK {} ;")              // "ASK {} "
 * </pre>
 * Design decision: a {@code ;} ends the query only outside brackets, strings, IRIs and comments,
 * because SPARQL itself ends lines with {@code ;} inside a group ({@code ?p a nkg:Person ;}), a
 * {@code [ ]} and {@code GROUP_CONCAT(?x ; SEPARATOR=", ")}. It also ends it right after a
 * <code>}</code>, where SPARQL never has one, so that <code>};</code> still ends a query whose brackets
 * do not balance (the parser then reports the mistake). Stateless, so thread-safe.
 */
final class QueryInput {
    /** SPARQL's IRIREF: what follows a {@code <} when it opens an IRI rather than comparing. */
    private static final Pattern IRI = Pattern.compile("<[^<>\"{}|^`\\\\\\x00-\\x20]*>");

    private QueryInput() {
    }

    /** True when {@code text} holds nothing but white space and comments. */
    static boolean isBlank(CharSequence text) {
        return scan(text) == BLANK;
    }

    /**
     * True when {@code text} can be run as it is: it is blank, a backslash command, or a query whose
     * last significant character is a {@code ;} at bracket depth 0 or just after a <code>}</code>.
     */
    static boolean isComplete(CharSequence text) {
        if (text.toString().strip().startsWith("\\")) {
            return true;
        }
        int end = scan(text);
        return end == BLANK || end >= 0;
    }

    /** {@code text} without its terminating {@code ;} (when it has one), so that the parser sees only SPARQL. */
    static String withoutTerminator(String text) {
        int end = scan(text);
        return end >= 0 ? text.substring(0, end) + text.substring(end + 1) : text;
    }

    private static final int BLANK = -2;
    private static final int OPEN = -1;

    /**
     * The index of the terminating {@code ;}, {@link #OPEN} when there is none, or {@link #BLANK}
     * when the text has no significant character at all.
     */
    private static int scan(CharSequence text) {
        int depth = 0;
        int terminator = OPEN;
        char previous = ' ';
        boolean blank = true;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            blank = false;
            terminator = c == ';' && (depth <= 0 || previous == '}') ? i : OPEN;
            previous = c;
            if (c == '"' || c == '\'') {
                i = skipString(text, i);
            } else if (c == '<') {
                Matcher m = IRI.matcher(text).region(i, n);
                i = m.lookingAt() ? m.end() : i + 1;
            } else {
                if (c == '{' || c == '(' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ')' || c == ']') {
                    depth--;
                }
                i++;
            }
        }
        return blank ? BLANK : terminator;
    }

    /** The index just after the string literal starting at {@code start} (or the end of the text if it is not closed). */
    private static int skipString(CharSequence text, int start) {
        char quote = text.charAt(start);
        int n = text.length();
        boolean isLong = start + 2 < n && text.charAt(start + 1) == quote && text.charAt(start + 2) == quote;
        int i = start + (isLong ? 3 : 1);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && (!isLong || (i + 2 < n && text.charAt(i + 1) == quote && text.charAt(i + 2) == quote))) {
                return i + (isLong ? 3 : 1);
            } else if (c == '\n' && !isLong) {
                return i;
            } else {
                i++;
            }
        }
        return n;
    }
}
