package newskg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import newskg.source.ArticleFile;
import newskg.source.ArticleFormat;
import newskg.source.ArticleInput;
import newskg.source.JsonLine;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.web.HttpSC;

/**
 * The {@code /newskg/ingest} endpoint: {@code POST ?id=NAME} with an article file as the body stores
 * that article (as {@code newskg build} would name it {@code NAME}; {@code &format=TEXT|MARKDOWN|HTML}
 * as the build read it, else by the name; {@code &origin=PATH} for messages) and answers once it is
 * written: 200 and "NAME: stored as GRAPH", or 422 and why it was skipped. With
 * {@code &jsonl=FILE&line=N} the body is one JSON Lines record instead. Surnames are linked across
 * articles as each batch is written, as in any build. Too many articles waiting: 503 with
 * {@code Retry-After}. Every answer is one line of text. Only for the user of the endpoint's
 * authorization policy (HTTP basic authentication).
 * <pre>
 *   curl -u editor:PASSWORD --data-binary @politics/001.txt 'http://127.0.0.1:3030/newskg/ingest?id=politics/001.txt'
 * </pre>
 * Thread-safe: requests share only the {@link ArticleIngest}, which is.
 */
final class IngestAction extends ActionService {
    /** The largest article file accepted, in bytes; the build's own limits then apply. */
    static final long MAX_BYTES = 16L << 20;
    /** How long a request waits for its article to be written. */
    private static final long WAIT_MINUTES = 10;
    /** Article ids as {@code build} gives them: relative paths without empty, "." or ".." segments. */
    private static final Pattern ID = Pattern.compile("(?!.*(^|/)\\.{1,2}(/|$))[^/\\\\\\x00-\\x1f][^\\\\\\x00-\\x1f]{0,1023}");

    private final ArticleIngest ingest;
    private final Path spool;
    private final AtomicLong requests = new AtomicLong();

    /**
     * @param ingest where the articles go
     * @param spool  an empty directory for the article files while they wait
     */
    IngestAction(ArticleIngest ingest, Path spool) {
        this.ingest = ingest;
        this.spool = spool;
    }

    @Override
    public void execPost(HttpAction action) {
        executeLifecycle(action);
    }

    @Override
    public void validate(HttpAction action) {
        String id = action.getRequestParameter("id");
        if (action.getRequestParameter("jsonl") != null) {
            // A record is not written to disk: any id names it, as in the file it came from.
            if (id == null || id.isBlank() || id.length() > 1024 || !isLong(action.getRequestParameter("line"))) {
                ServletOps.errorBadRequest("a JSON Lines record needs ?id=ID&jsonl=FILE&line=N");
            }
        } else if (id == null || !ID.matcher(id).matches() || id.endsWith("/") || id.contains("//")) {
            ServletOps.errorBadRequest("give the article's name as ?id=NAME (a relative path such as politics/001.txt)"
                    + (id == null ? "" : ", not '" + id + "'"));
        }
        long length = action.getRequestContentLengthLong();
        if (length < 0) {
            ServletOps.error(HttpSC.LENGTH_REQUIRED_411, "an article needs a Content-Length");
        }
        if (length > MAX_BYTES) {
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, id + ": " + length + " bytes; at most " + MAX_BYTES
                    + " are accepted");
        }
    }

    @Override
    public void execute(HttpAction action) {
        String id = action.getRequestParameter("id");
        String origin = action.getRequestParameter("origin") == null ? id : action.getRequestParameter("origin");
        String jsonl = action.getRequestParameter("jsonl");
        Path dir = spool.resolve(Long.toString(requests.incrementAndGet()));
        Path file = dir.resolve(jsonl != null ? "record" : id);
        try {
            ArticleInput input;
            if (jsonl != null) {
                input = new JsonLine(jsonl, Long.parseLong(action.getRequestParameter("line")), id,
                        new String(action.getRequestInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } else {
                Files.createDirectories(file.getParent());
                try (InputStream in = action.getRequestInputStream()) {
                    Files.copy(in, file);
                }
                input = new ArticleFile(file, id, format(action.getRequestParameter("format"), file));
            }
            ArticleIngest.Outcome outcome = await(action, () -> ingest.submit(input));
            if (outcome != null) {
                // Messages name the spooled file; the client knows the article by its own path.
                String message = outcome.message().replace(file.toString(), origin);
                answer(action, outcome.loaded() ? HttpSC.OK_200 : HttpSC.UNPROCESSABLE_ENTITY_422,
                        outcome.loaded() ? id + ": " + message : message);
            }
        } catch (IOException e) {
            ServletOps.errorOccurred(id + ": cannot receive the article (" + e.getMessage() + ")");
        } finally {
            deleteQuietly(file, dir);
        }
    }

    /** The format the client read the file in, or the one its name gives. */
    private static ArticleFormat format(String name, Path file) {
        if (name != null) {
            try {
                return ArticleFormat.valueOf(name);
            } catch (IllegalArgumentException e) {
                ServletOps.errorBadRequest("unknown format '" + name + "'");
            }
        }
        return ArticleFormat.of(file);
    }

    private static boolean isLong(String s) {
        try {
            return s != null && Long.parseLong(s) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The value {@code task} completes with, or null once the response says why there is none. */
    private static <T> T await(HttpAction action, java.util.function.Supplier<Future<T>> task) {
        Future<T> future;
        try {
            future = task.get();
        } catch (ArticleIngest.Busy e) {
            action.getResponse().setHeader("Retry-After", Integer.toString(QueryAdmission.RETRY_AFTER_SECONDS));
            answer(action, HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage() + "; try again in "
                    + QueryAdmission.RETRY_AFTER_SECONDS + " s");
            return null;
        }
        try {
            return future.get(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(action, HttpSC.SERVICE_UNAVAILABLE_503, "the server is stopping");
        } catch (ExecutionException | CompletionException e) {
            answer(action, HttpSC.INTERNAL_SERVER_ERROR_500, "failed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            answer(action, HttpSC.SERVICE_UNAVAILABLE_503, "still waiting after " + WAIT_MINUTES + " minutes");
        }
        return null;
    }

    private static void answer(HttpAction action, int status, String line) {
        action.setResponseStatus(status);
        action.setResponseContentType("text/plain;charset=utf-8");
        try {
            PrintWriter out = action.getResponseWriter();
            out.println(line);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file, Path dir) {
        try {
            Files.deleteIfExists(file);
            for (Path p = file.getParent(); p != null && p.startsWith(dir); p = p.getParent()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A file left in the spool directory goes with it when the server stops.
        }
    }
}
