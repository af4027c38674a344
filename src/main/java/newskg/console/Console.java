package newskg.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Locale;
import newskg.query.ResultFormat;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The SPARQL console: reads queries (ended by {@code ;} at the end of a line) and backslash
 * commands, runs them on a {@link QueryTarget} and prints the results. Interactive on a terminal,
 * with line editing, history and tab completion; or a script read from any input, without prompts
 * or colours.
 * <pre>
 *   Console console = new Console(new StoreTarget(store), Path.of("queries"), ResultFormat.TABLE);
 *   int exitCode = console.runBatch(new InputStreamReader(System.in), out, err);
 * </pre>
 * Errors never end the console: they are printed and the next statement runs. Not thread-safe;
 * a console runs one session at a time, and may run several one after the other.
 */
public final class Console {
    /** The prompt for a new statement. */
    static final String PROMPT = "newskg> ";
    /** The prompt for the next line of an unfinished query, as wide as {@link #PROMPT}. */
    static final String CONTINUATION = "     -> ";

    private final QueryTarget target;
    private final Path queriesDir;
    private final ResultFormat format;

    /**
     * @param target     where queries go
     * @param queriesDir where {@code \run NAME} finds {@code NAME.rq}, relative to the working directory
     * @param format     how results are shown at first: table, csv or json
     * @throws IllegalArgumentException when {@code format} is not table, csv or json
     */
    public Console(QueryTarget target, Path queriesDir, ResultFormat format) {
        if (!Session.FORMATS.contains(format)) {
            throw new IllegalArgumentException("the console shows table, csv or json, not "
                    + format.name().toLowerCase(Locale.ROOT));
        }
        this.target = target;
        this.queriesDir = queriesDir;
        this.format = format;
    }

    /**
     * Runs the statements read from {@code in} until its end or {@code \quit}. A query left
     * without {@code ;} at the end of the input runs too.
     *
     * @param in  the statements, one per line or several lines per query
     * @param out results, and notes in table format
     * @param err errors, and notes in CSV and JSON formats
     * @return 0 when every statement succeeded, 1 when any failed
     */
    public int runBatch(Reader in, PrintWriter out, PrintWriter err) {
        Session session = new Session(target, out, err, false);
        session.format(format);
        Commands commands = new Commands(session, queriesDir);
        StringBuilder query = new StringBuilder();
        try {
            BufferedReader lines = new BufferedReader(in);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.strip().startsWith("\\")) {
                    // A command ends the query before it, even one left open by a missing quote or bracket.
                    finish(query.toString(), "before " + line.strip(), session, commands);
                    query.setLength(0);
                    if (!handle(line, session, commands)) {
                        return exitCode(session);
                    }
                    continue;
                }
                query.append(line).append('\n');
                if (QueryInput.isBlank(query)) {
                    // Blank lines and comments between statements: line 1 of a query is its first line.
                    query.setLength(0);
                } else if (QueryInput.isComplete(query)) {
                    handle(query.toString(), session, commands);
                    query.setLength(0);
                }
            }
        } catch (IOException e) {
            session.error("cannot read the input (" + e.getMessage() + ")");
        }
        finish(query.toString(), "at the end of the input", session, commands);
        return exitCode(session);
    }

    /**
     * Runs a query that was not ended by {@code ;}: reported and not run when it leaves a string or a
     * bracket open, since the parser would then point past its end.
     *
     * @param where where the query stopped, for the message ("before \run people")
     */
    private static void finish(String query, String where, Session session, Commands commands) {
        if (QueryInput.isBlank(query)) {
            return;
        }
        String unclosed = QueryInput.unclosed(query);
        if (unclosed != null) {
            session.error("query not run: " + unclosed + " " + where);
        } else {
            handle(query, session, commands);
        }
    }

    /**
     * Runs what the line reader accepted: a statement, or an unfinished query followed by a command on
     * its last line (the reader lets a command end an open query).
     */
    private static boolean handleAccepted(String input, Session session, Commands commands) {
        int last = input.lastIndexOf('\n');
        String lastLine = input.substring(last + 1);
        if (last >= 0 && lastLine.strip().startsWith("\\") && !QueryInput.isComplete(input.substring(0, last + 1))) {
            finish(input.substring(0, last + 1), "before " + lastLine.strip(), session, commands);
            return handle(lastLine, session, commands);
        }
        return handle(input, session, commands);
    }

    private static int exitCode(Session session) {
        return session.failures() == 0 ? 0 : 1;
    }

    /**
     * Runs the console on {@code terminal} until {@code \quit} or Ctrl-D. Ctrl-C drops the input
     * being typed, or cancels the running query.
     *
     * @param terminal    the terminal to read from and print to; the caller closes it
     * @param historyFile where the history is kept across sessions, or null to keep none
     * @return 0: mistakes made in a conversation are not failures of the command
     */
    public int runInteractive(Terminal terminal, Path historyFile) {
        PrintWriter writer = terminal.writer();
        Session session = new Session(target, writer, writer, !terminal.getType().startsWith(Terminal.TYPE_DUMB));
        session.format(format);
        Commands commands = new Commands(session, queriesDir);
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("newskg")
                .parser(new StatementParser())
                .completer(new ConsoleCompleter(queriesDir))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                // SPARQL uses "!" (FILTER(!BOUND(?x)), !=): no history expansion.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.INSERT_TAB, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        LineReader reader = builder.build();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> target.cancel());
        session.print("newskg console on " + target.description()
                + ": end queries with ;  \\help for help, \\quit to leave.");
        try {
            // picocli-shell-jline3's loop: ignore Ctrl-C, stop on Ctrl-D, report anything else and go on.
            while (true) {
                try {
                    if (!handleAccepted(reader.readLine(PROMPT), session, commands)) {
                        break;
                    }
                } catch (UserInterruptException e) {
                    // Ctrl-C while typing: JLine has dropped the input.
                } catch (EndOfFileException e) {
                    break;
                } catch (RuntimeException e) {
                    session.error("internal error: " + e);
                }
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                session.error("cannot save the history to " + historyFile + " (" + e.getMessage() + ")");
            }
        }
        return 0;
    }

    /**
     * Runs one statement: a backslash command, or a query (its {@code ;} not needed). Anything
     * thrown is reported and the console goes on.
     *
     * @return false when the console should stop
     */
    private static boolean handle(String input, Session session, Commands commands) {
        try {
            if (input.strip().startsWith("\\")) {
                return commands.execute(input);
            }
            if (!QueryInput.isBlank(input)) {
                session.runQuery(QueryInput.withoutTerminator(input));
            }
        } catch (RuntimeException e) {
            // A bug, not a user's mistake: say what it was, keep the session.
            session.error("internal error: " + e);
        }
        return true;
    }
}
