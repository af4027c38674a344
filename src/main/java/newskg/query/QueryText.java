package newskg.query;

/**
 * Where SPARQL's strings, IRIs and comments end, found without parsing: for counting brackets and
 * finding statement ends in text the parser has not seen (or could not parse).
 * <pre>
 *   int end = QueryText.stringEnd(text, start);   // just after the closing quote, or -1
 * </pre>
 * Stateless, so thread-safe.
 */
public final class QueryText {
    private QueryText() {
    }

    /** True when a string literal opened at {@code start} is a long one ({@code """...""" or '''...'''}). */
    public static boolean isLongString(CharSequence text, int start) {
        char quote = text.charAt(start);
        return start + 2 < text.length() && text.charAt(start + 1) == quote && text.charAt(start + 2) == quote;
    }

    /**
     * The index just after the string literal whose opening quote is at {@code start}, or -1 when it
     * is not closed: a short string by the end of its line, a long one by the end of the text.
     */
    public static int stringEnd(CharSequence text, int start) {
        char quote = text.charAt(start);
        int n = text.length();
        boolean isLong = isLongString(text, start);
        int i = start + (isLong ? 3 : 1);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && (!isLong || i + 2 < n && text.charAt(i + 1) == quote
                    && text.charAt(i + 2) == quote)) {
                return i + (isLong ? 3 : 1);
            } else if (c == '\n' && !isLong) {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * The index just after the IRI opened by the {@code <} at {@code start} (SPARQL's IRIREF), or -1
     * when that {@code <} does not open one (a comparison).
     */
    public static int iriEnd(CharSequence text, int start) {
        int n = text.length();
        for (int i = start + 1; i < n; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index just after the string or IRI that starts at {@code start}, or {@code start} when none
     * does (a {@code <} that compares). A string left open ends with its line (a short one) or the text
     * (a long one).
     */
    public static int afterStringOrIri(CharSequence text, int start) {
        char c = text.charAt(start);
        if (c == '"' || c == '\'') {
            int end = stringEnd(text, start);
            return end >= 0 ? end : isLongString(text, start) ? text.length() : lineEnd(text, start);
        }
        if (c == '<') {
            int end = iriEnd(text, start);
            return end >= 0 ? end : start;
        }
        return start;
    }

    /** The index of the line end at or after {@code start}, or the text's length: where a comment ends. */
    public static int lineEnd(CharSequence text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
