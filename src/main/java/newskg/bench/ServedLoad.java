package newskg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import newskg.rdf.Iris;
import newskg.server.ArticleSender;
import newskg.source.ArticleInput;

/**
 * The server under load, as users run it: {@code newskg serve --allow-ingest} in its own JVM over a
 * store, N clients sending the queries in turn over HTTP (waiting as long as a busy server's
 * {@code Retry-After} asks), and optionally the articles sent to the same server meanwhile
 * ({@link ArticleSender}, as {@code build --server} does), the load lasting until they are stored.
 * Some clients count the triples of articles being replaced (their article node and sentences, which
 * surname linking never changes): every count must be the whole article's.
 * <pre>
 *   ServedLoad.Result r = new ServedLoad(store, queries, 32, Duration.ofSeconds(60), log).run(inputs, 8);
 * </pre>
 * Not thread-safe: one run at a time.
 */
final class ServedLoad {
    /** The status recorded for a 503 with Retry-After (busy: asked to come back), not a timed-out query. */
    static final int BUSY = 1503;
    private static final String USER = "bench";

    /**
     * What a run did.
     *
     * @param seconds       how long the clients ran
     * @param statuses      answers by status ({@link #BUSY} for busy refusals, -1 for no answer)
     * @param answeredMs    latencies of the 200 answers, sorted
     * @param peakRssBytes  the server's peak resident memory (its memory-mapped store included)
     * @param cpuSeconds    the server's CPU time during the run
     * @param otherLogLines lines the server logged that are not one-line request records
     * @param stored        articles the rebuild stored (-1 without one)
     * @param rebuildSkips  articles it skipped
     * @param rebuildSecs   how long the rebuild took
     * @param checks        completeness counts taken of articles being replaced
     * @param partial       counts that saw part of an article
     */
    record Result(double seconds, Map<Integer, Long> statuses, List<Double> answeredMs, long peakRssBytes,
                  double cpuSeconds, List<String> otherLogLines, int stored, int rebuildSkips, double rebuildSecs,
                  long checks, List<String> partial) {
        long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        long requests() {
            return statuses.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Answers that are neither 200 nor a busy refusal: timeouts, failures, no answer. */
        long errors() {
            return requests() - count(200) - count(BUSY);
        }

        double percentile(double q) {
            return HttpLoad.percentile(answeredMs, q);
        }
    }

    private final Path store;
    private final List<String> queries;
    private final int clients;
    private final Duration atLeast;
    private final List<String> serverOptions;
    private final BenchContext ctx;

    /**
     * @param store         the store to serve (and, with a rebuild, to write)
     * @param queries       the query texts the clients send in turn
     * @param atLeast       how long the clients run at least
     * @param serverOptions more options for {@code serve}
     */
    ServedLoad(BenchContext ctx, Path store, List<String> queries, int clients, Duration atLeast,
               List<String> serverOptions) {
        this.ctx = ctx;
        this.store = store;
        this.queries = List.copyOf(queries);
        this.clients = clients;
        this.atLeast = atLeast;
        this.serverOptions = List.copyOf(serverOptions);
    }

    /** Runs the load, and the rebuild of {@code rebuild} when it is not empty, checking {@code checked} articles. */
    Result run(List<ArticleInput> rebuild, int checked) throws Exception {
        Path password = Files.writeString(Files.createTempFile(ctx.settings().workDir(), "serve-", ".pw"),
                "bench-" + System.nanoTime() + "\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g", "-cp", System.getProperty("java.class.path"), "newskg.cli.Main", "serve",
                "--store", store.toString(), "--port", Integer.toString(port), "--allow-ingest", "--user", USER,
                "--password-file", password.toString()));
        command.addAll(serverOptions);
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread drain = new Thread(() -> drain(server, lines), "bench-server-output");
        drain.setDaemon(true);
        drain.start();
        try {
            awaitStart(lines);
            return load("http://127.0.0.1:" + port + "/", rebuild, checked, Files.readString(password).strip(),
                    server.pid(), lines);
        } finally {
            server.destroy();
            server.waitFor();
            Files.deleteIfExists(password);
        }
    }

    private Result load(String base, List<ArticleInput> rebuild, int checked, String password, long pid,
                        List<String> lines) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String sparql = base + "newskg/sparql";
        Map<String, Long> whole = wholeCounts(http, sparql, rebuild, checked);
        List<String> checkedIds = new ArrayList<>(whole.keySet());
        Map<Integer, LongAdder> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
        List<Double> answered = Collections.synchronizedList(new ArrayList<>());
        LongAdder checks = new LongAdder();
        List<String> partial = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong peak = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        threads.add(daemon("bench-rss", () -> {
            while (!stop.get()) {
                peak.accumulateAndGet(rssBytes(pid), Math::max);
                sleep(500);
            }
        }));
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(daemon("bench-client-" + c, () -> {
                for (int i = client; !stop.get(); i++) {
                    boolean check = !checkedIds.isEmpty() && client % 4 == 0 && i % 2 == 0;
                    String id = check ? checkedIds.get(i / 2 % checkedIds.size()) : null;
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = send(http, sparql, check ? completenessQuery(id)
                            : queries.get(i % queries.size()), check ? "text/csv" : "application/sparql-results+json");
                    int status = r == null ? -1 : r.statusCode();
                    long retryAfter = 0;
                    if (status == 503 && r.headers().firstValue("Retry-After").isPresent()) {
                        retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").get());
                        status = BUSY;
                    }
                    if (status == 200) {
                        answered.add((System.nanoTime() - t0) / 1e6);
                    }
                    byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
                    if (check && status == 200) {
                        checks.increment();
                        long n = Long.parseLong(r.body().split("\r\n")[1]);
                        if (n != whole.get(id)) {
                            partial.add(id + ": " + n + " of " + whole.get(id) + " triples");
                        }
                    }
                    // A well-behaved client waits as long as a busy server asks.
                    sleep(1000 * retryAfter);
                }
            }));
        }
        long t0 = System.nanoTime();
        double cpu0 = cpuSeconds(pid);
        ArticleSender.Result rebuilt = null;
        if (!rebuild.isEmpty()) {
            ctx.log("rebuilding " + rebuild.size() + " articles through the server while " + clients
                    + " clients query it");
            rebuilt = new ArticleSender(base, USER, password, 4).send(rebuild, id -> { });
        }
        double rebuildSeconds = (System.nanoTime() - t0) / 1e9;
        long left = atLeast.toMillis() - (System.nanoTime() - t0) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
        stop.set(true);
        for (Thread t : threads) {
            t.join(130_000);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = cpuSeconds(pid) - cpu0;
        Map<Integer, Long> statuses = new TreeMap<>();
        byStatus.forEach((k, v) -> statuses.put(k, v.sum()));
        List<Double> sorted = new ArrayList<>(answered);
        Collections.sort(sorted);
        List<String> other;
        synchronized (lines) {
            other = lines.stream().filter(l -> !l.startsWith("  ") && !l.startsWith("newskg: serving")).toList();
        }
        return new Result(seconds, statuses, sorted, Math.max(peak.get(), peakRssBytes(pid)), cpu, other,
                rebuilt == null ? -1 : rebuilt.stored(), rebuilt == null ? 0 : rebuilt.skipped().size(),
                rebuildSeconds, checks.sum(), List.copyOf(partial));
    }

    /** The whole count of each checked article before the rebuild, spread over the first quarter it sends. */
    private static Map<String, Long> wholeCounts(HttpClient http, String sparql, List<ArticleInput> inputs,
                                                 int checked) {
        Map<String, Long> counts = new TreeMap<>();
        if (inputs.isEmpty() || checked <= 0) {
            return counts;
        }
        int step = Math.max(1, inputs.size() / 4 / checked);
        for (int i = 0; i < inputs.size() && counts.size() < checked; i += step) {
            String id = inputs.get(i).id();
            HttpResponse<String> r = send(http, sparql, completenessQuery(id), "text/csv");
            if (r != null && r.statusCode() == 200) {
                long n = Long.parseLong(r.body().split("\r\n")[1]);
                if (n > 0) {
                    counts.put(id, n);
                }
            }
        }
        return counts;
    }

    /** The triples of an article's own node and its sentences: fixed by its text, untouched by linking. */
    static String completenessQuery(String id) {
        String g = Iris.article(id);
        return "SELECT (COUNT(*) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o FILTER(?s = <" + g + ">"
                + " || STRSTARTS(STR(?s), \"" + g + "/sentence/\")) } }";
    }

    /** The answer, or null when none came. */
    private static HttpResponse<String> send(HttpClient http, String endpoint, String query, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query,
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** User and system CPU time of a process ({@code /proc/PID/stat}, ticks of 1/100 s), or 0. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long rssBytes(long pid) {
        return statusKb(pid, "VmRSS") * 1024;
    }

    private static long peakRssBytes(long pid) {
        return statusKb(pid, "VmHWM") * 1024;
    }

    private static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return 0;
    }

    private static void awaitStart(List<String> lines) {
        for (int i = 0; i < 1200; i++) {
            synchronized (lines) {
                if (lines.stream().anyMatch(l -> l.startsWith("  At most "))) {
                    return;
                }
                if (lines.stream().anyMatch(l -> l.startsWith("newskg: ") && !l.startsWith("newskg: serving"))) {
                    throw new IllegalStateException("the server did not start: " + String.join("\n", lines));
                }
            }
            sleep(100);
        }
        throw new IllegalStateException("the server did not start in 120 s");
    }

    /** Keeps the server's output lines that are not one-line request records (those are only counted). */
    private static void drain(Process p, List<String> lines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                boolean request = line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+ [A-Z]+ .* \\d{3} \\d+ ms");
                if (!request && lines.size() < 10_000) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the server stopped
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
