package newskg.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import newskg.NewskgException;
import newskg.source.ArticleFile;
import newskg.source.ArticleInput;
import newskg.source.JsonLine;

/**
 * The client side of {@code /newskg/ingest} ({@code newskg build --server URL}): sends the inputs a
 * local build would read to a running server, a few at a time, each under the id and with the origin a
 * local build would give it (an article file as its bytes and format, a JSON Lines record as its line).
 * Inputs that are not articles are skipped here,
 * with the reason a local build gives. A server that is busy (503) is asked again after its
 * {@code Retry-After}.
 * <pre>
 *   ArticleSender.Result r = new ArticleSender("http://127.0.0.1:3030/", "editor", password, 4).send(files, id -&gt; { });
 * </pre>
 * Thread-safe: each {@link #send} is independent.
 */
public final class ArticleSender {
    /** How long a busy server is asked again, in all, before an article is given up. */
    private static final Duration MAX_RETRYING = Duration.ofMinutes(10);

    /**
     * What a send did.
     *
     * @param stored  articles the server stored
     * @param skipped the articles it did not, each "origin: reason"
     * @param seconds wall-clock time
     */
    public record Result(int stored, List<String> skipped, double seconds) {
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    private final URI ingest;
    private final String authorization;
    private final int inFlight;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param serverUrl the server's base URL ({@code http://127.0.0.1:3030/}), its dataset's, or the ingest URL
     * @param inFlight  how many articles are sent at once; positive
     * @throws IllegalArgumentException when {@code serverUrl} is not an http(s) URL
     */
    public ArticleSender(String serverUrl, String user, String password, int inFlight) {
        this.ingest = ingestUri(serverUrl);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        this.inFlight = Math.max(1, inFlight);
    }

    /** The ingest endpoint's URI for what the user gave. */
    static URI ingestUri(String serverUrl) {
        URI uri;
        try {
            uri = URI.create(serverUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + serverUrl);
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) server URL: " + serverUrl);
        }
        String s = uri.toString().replaceAll("/+$", "");
        String suffix = "/" + GraphServer.DATASET + "/" + GraphServer.INGEST;
        if (s.endsWith(suffix)) {
            return URI.create(s);
        }
        return URI.create(s.endsWith("/" + GraphServer.DATASET) ? s + "/" + GraphServer.INGEST : s + suffix);
    }

    /**
     * Sends {@code inputs}.
     *
     * @param onArticle told each id once the server has answered for it, in any thread
     * @throws ServerException when the server cannot be reached, refuses the credentials, or takes no articles
     */
    public Result send(Iterable<? extends ArticleInput> inputs, Consumer<String> onArticle) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight, r -> {
            Thread t = new Thread(r, "newskg-send");
            t.setDaemon(true);
            return t;
        });
        int stored = 0;
        List<String> skipped = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (ArticleInput in : inputs) {
                answers.add(pool.submit(() -> {
                    String skip = sendOne(in);
                    onArticle.accept(in.id());
                    return skip;
                }));
            }
            for (Future<String> a : answers) {
                String skip = a.get();
                if (skip == null) {
                    stored++;
                } else {
                    skipped.add(skip);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException(ingest + ": sending interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ServerException se ? se
                    : new ServerException(ingest + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(stored, skipped, (System.nanoTime() - t0) / 1e9);
    }

    /** Sends one input: null when stored, else why not. */
    private String sendOne(ArticleInput input) {
        String query = "?id=" + encode(input.id()) + "&origin=" + encode(input.origin());
        HttpRequest.BodyPublisher body;
        if (input instanceof ArticleFile file) {
            try {
                body = HttpRequest.BodyPublishers.ofFile(file.path());
            } catch (IOException e) {
                return file.origin() + ": cannot read file (" + e.getMessage() + ")";
            }
            query += file.format() == null ? "" : "&format=" + file.format().name();
        } else if (input instanceof JsonLine line) {
            body = HttpRequest.BodyPublishers.ofString(line.json(), StandardCharsets.UTF_8);
            query += "&jsonl=" + encode(line.file()) + "&line=" + line.line();
        } else {
            // Not an article (a file of another kind, a broken link): reading it says why, as in a local build.
            try {
                input.read();
                return input.origin() + ": cannot be sent to a server";
            } catch (NewskgException e) {
                return e.getMessage();
            }
        }
        HttpResponse<String> r = post(URI.create(ingest + query), body, input.id());
        String text = r.body().strip();
        return switch (r.statusCode()) {
            case 200 -> null;
            case 422, 400, 413 -> text.isEmpty() ? input.origin() + ": refused (" + r.statusCode() + ")" : text;
            default -> input.origin() + ": the server answered " + r.statusCode() + (text.isEmpty() ? ""
                    : " (" + text + ")");
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** POSTs, asking again while the server is busy; fails the whole send on answers no article could get past. */
    private HttpResponse<String> post(URI uri, HttpRequest.BodyPublisher body, String what) {
        long deadline = System.nanoTime() + MAX_RETRYING.toNanos();
        while (true) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                    .header("Content-Type", "application/octet-stream").timeout(Duration.ofMinutes(15))
                    .POST(body).build();
            HttpResponse<String> r;
            try {
                r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                throw new ServerException(ingest + ": cannot connect (is newskg serve running there?)", e);
            } catch (IOException e) {
                throw new ServerException(ingest + ": " + what + ": no answer (" + e.getMessage() + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerException(ingest + ": sending interrupted");
            }
            switch (r.statusCode()) {
                case 401 -> throw new ServerException(ingest + ": the server refused the user and password (401)");
                case 403 -> throw new ServerException(ingest + ": this user may not send articles (403)");
                case 404, 405 -> throw new ServerException(ingest + ": this server takes no articles (start it with"
                        + " newskg serve --allow-ingest --user NAME --password-file FILE)");
                case 503 -> {
                    if (System.nanoTime() > deadline) {
                        return r;
                    }
                    sleep(r.headers().firstValue("Retry-After").orElse("2"));
                }
                default -> {
                    return r;
                }
            }
        }
    }

    private static void sleep(String retryAfter) {
        long seconds;
        try {
            seconds = Math.max(1, Math.min(60, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            seconds = 2;
        }
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("sending interrupted");
        }
    }
}
