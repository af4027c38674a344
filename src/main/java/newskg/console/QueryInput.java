package newskg.console;

import java.util.ArrayDeque;
import java.util.Deque;
import newskg.query.QueryText;

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
     * Why {@code text} cannot be a whole query however it ends: the innermost string or bracket it
     * leaves open, with its line and column ({@code "the string opened at line 2, column 9 is not closed"}),
     * or null when it leaves none open.
     */
    static String unclosed(CharSequence text) {
        Deque<Integer> open = new ArrayDeque<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '#') {
                i = QueryText.lineEnd(text, i);
            } else if (c == '"' || c == '\'') {
                int end = QueryText.stringEnd(text, i);
                if (end < 0) {
                    return "the string opened at " + position(text, i) + " is not closed";
                }
                i = end;
                continue;
            } else if (QueryText.afterStringOrIri(text, i) > i) {
                i = QueryText.afterStringOrIri(text, i);
                continue;
            } else if (c == '{' || c == '(' || c == '[') {
                open.push(i);
            } else if ((c == '}' || c == ')' || c == ']') && !open.isEmpty()) {
                open.pop();
            }
            i++;
        }
        return open.isEmpty() ? null
                : "the '" + text.charAt(open.peek()) + "' opened at " + position(text, open.peek()) + " is not closed";
    }

    /** "line L, column C" of the character at {@code index}, both from 1. */
    private static String position(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (index - lineStart + 1);
    }

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
                i = QueryText.lineEnd(text, i);
                continue;
            }
            blank = false;
            terminator = c == ';' && (depth <= 0 || previous == '}') ? i : OPEN;
            previous = c;
            int next = QueryText.afterStringOrIri(text, i);
            if (next > i) {
                i = next;
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
}
