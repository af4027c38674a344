package newskg.console;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine's view of the console's input: Enter on an unfinished query asks for another line (so a
 * query of several lines is edited, and kept in the history, as one), unless that line is a
 * backslash command, which ends it; words for completion are
 * split at spaces and SPARQL's brackets and separators.
 * <pre>
 *   LineReaderBuilder.builder().parser(new StatementParser())...
 * </pre>
 * No quote or escape characters: a backslash starts a command, and apostrophes in text
 * ({@code "O'Brien"}) must not open quotes. Not thread-safe (JLine's parser settings are mutable),
 * one per reader.
 */
final class StatementParser extends DefaultParser {

    StatementParser() {
        setQuoteChars(new char[0]);
        setEscapeChars(new char[0]);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !QueryInput.isComplete(line) && !endsWithCommand(line)) {
            throw new EOFError(-1, -1, "query not ended by ;", ";");
        }
        return super.parse(line, cursor, context);
    }

    /** A backslash command on the last line ends the input even inside an open query (the console reports it). */
    private static boolean endsWithCommand(String line) {
        return line.substring(line.lastIndexOf('\n') + 1).strip().startsWith("\\");
    }

    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
        char c = buffer.charAt(pos);
        return Character.isWhitespace(c) || "{}()[],;".indexOf(c) >= 0;
    }
}
