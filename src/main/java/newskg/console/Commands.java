package newskg.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import newskg.query.QueryException;
import newskg.query.ResultFormat;
import newskg.vocab.Prefixes;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;

/**
 * The console's backslash commands: {@code \run}, {@code \export}, {@code \format},
 * {@code \prefixes}, {@code \help} and {@code \quit}.
 * <pre>
 *   Commands commands = new Commands(session, Path.of("queries"));
 *   commands.execute("\\run people");   // runs queries/people.rq
 * </pre>
 * A failing command prints its error through the session and the console goes on.
 * Not thread-safe, like the session it works on.
 */
final class Commands {
    /** The command names, for completion. */
    static final List<String> NAMES = List.of("\\run", "\\export", "\\format", "\\prefixes", "\\help", "\\quit");

    private static final String HELP = """
            End a query with ; at the end of a line; it may span several lines.
            The prefixes are declared already (\\prefixes lists them). Tab completes.
              \\run FILE.rq         run the query in a file
              \\run NAME            run %s (\\run alone lists them)
              \\export FILE.ttl     write the last CONSTRUCT/DESCRIBE result as Turtle,
                                   or the whole graph when there was none
              \\format table|csv|json
                                   how SELECT results are shown (CONSTRUCT: Turtle,
                                   N-Triples, JSON-LD); tables cut values at %d characters
              \\prefixes            list the declared prefixes
              \\help                this text
              \\quit                leave (or Ctrl-D)
            Ctrl-C drops the query being typed, or stops the one running.""";

    private final Session session;
    private final Path queriesDir;

    /**
     * @param queriesDir where {@code \run NAME} looks for {@code NAME.rq}
     */
    Commands(Session session, Path queriesDir) {
        this.session = session;
        this.queriesDir = queriesDir;
    }

    /**
     * Runs one command line such as {@code \format csv}; a trailing {@code ;} is ignored.
     *
     * @return false when the console should stop ({@code \quit}), else true
     */
    boolean execute(String line) {
        String text = line.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        String[] parts = text.split("\\s+", 2);
        String arg = parts.length > 1 ? unquote(parts[1].strip()) : "";
        switch (parts[0]) {
            case "\\run" -> run(arg);
            case "\\export" -> export(arg);
            case "\\format" -> format(arg);
            case "\\prefixes" -> prefixes();
            case "\\help", "\\h", "\\?" -> session.print(String.format(Locale.ROOT, HELP,
                    queriesDir.resolve("NAME.rq"), Session.MAX_CELL_WIDTH));
            case "\\quit", "\\q", "\\exit" -> {
                return false;
            }
            default -> session.error("unknown command " + parts[0] + " (\\help lists the commands)");
        }
        return true;
    }

    private void run(String arg) {
        if (arg.isEmpty()) {
            List<String> names = queryNames(queriesDir);
            session.print(names.isEmpty()
                    ? "usage: \\run FILE.rq | \\run NAME (no queries in " + queriesDir + ")"
                    : "queries in " + queriesDir + ": " + String.join(", ", names));
            return;
        }
        Path file = queryFile(arg);
        if (!Files.isRegularFile(file)) {
            List<String> names = queryNames(queriesDir);
            session.error(file + ": no such query file"
                    + (names.isEmpty() ? "" : " (queries in " + queriesDir + ": " + String.join(", ", names) + ")"));
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            session.error(file + ": cannot read (" + e.getMessage() + ")");
            return;
        }
        session.runQuery(QueryInput.withoutTerminator(text));
    }

    /** A path ({@code FILE.rq}, {@code dir/x.rq}) as given, a bare name in the queries directory. */
    private Path queryFile(String arg) {
        boolean isPath = arg.endsWith(".rq") || arg.endsWith(".sparql") || arg.contains("/") || arg.contains("\\");
        return isPath ? Path.of(arg) : queriesDir.resolve(arg + ".rq");
    }

    /** The names of the {@code .rq} files in {@code dir}, sorted; none when it does not exist. */
    static List<String> queryNames(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".rq"))
                    .map(name -> name.substring(0, name.length() - 3))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void export(String arg) {
        if (arg.isEmpty()) {
            session.error("usage: \\export FILE.ttl");
            return;
        }
        Path file = Path.of(arg);
        Lang lang = RDFLanguages.filenameToLang(arg, Lang.TURTLE);
        if (!RDFWriterRegistry.contains(lang)) {
            session.error(file + ": cannot write " + lang.getLabel() + "; use .ttl, .nt, .jsonld or .rdf");
            return;
        }
        String unwritable = whyUnwritable(file);
        if (unwritable != null) {
            session.error(file + ": cannot write there: " + unwritable);
            return;
        }
        Model model = session.lastGraph();
        String what = "the last CONSTRUCT/DESCRIBE result";
        try {
            if (model == null) {
                model = session.wholeGraph();
                model.clearNsPrefixMap().setNsPrefixes(Session.usedPrefixes(model));
                what = "the whole graph";
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, model, lang);
            }
        } catch (QueryException e) {
            session.error("cannot read the whole graph: " + e.getMessage());
            return;
        } catch (IOException e) {
            session.error(file + ": cannot write there: " + reason(e));
            return;
        } catch (RuntimeException e) {
            session.error(file + ": cannot write (" + e.getMessage() + ")");
            return;
        }
        long n = model.size();
        session.note("wrote " + n + (n == 1 ? " triple" : " triples") + " to " + file + " (" + what + ")");
    }

    /** Why {@code file} surely cannot be written, found before the graph is read; null when it may be. */
    static String whyUnwritable(Path file) {
        if (Files.isDirectory(file)) {
            return "it is a directory";
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            return "no directory " + parent;
        }
        if (parent != null && !Files.isDirectory(parent)) {
            return parent + " is a file, not a directory";
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return "the file is read-only";
        }
        if (!Files.exists(file) && parent != null && !Files.isWritable(parent)) {
            return "the directory " + parent + " is not writable";
        }
        return null;
    }

    /** What went wrong writing a file, for people: the system's reason rather than an exception's name. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void format(String arg) {
        if (!arg.isEmpty()) {
            ResultFormat format;
            try {
                format = ResultFormat.of(arg);
                session.format(format);
            } catch (IllegalArgumentException e) {
                session.error("unknown format '" + arg + "' (use table, csv or json)");
                return;
            }
        }
        session.note("format: " + session.format().name().toLowerCase(Locale.ROOT));
    }

    private void prefixes() {
        Map<String, String> sorted = new TreeMap<>(Prefixes.MAPPING.getNsPrefixMap());
        int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        sorted.forEach((prefix, ns) -> session.print(
                "PREFIX " + (prefix + ":" + " ".repeat(width)).substring(0, width) + " <" + ns + ">"));
    }

    private static String unquote(String arg) {
        boolean quoted = arg.length() >= 2 && (arg.startsWith("\"") && arg.endsWith("\"")
                || arg.startsWith("'") && arg.endsWith("'"));
        return quoted ? arg.substring(1, arg.length() - 1) : arg;
    }
}
