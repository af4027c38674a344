package newskg.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import newskg.rdf.Iris;
import newskg.server.ArticleSender;
import newskg.source.ArticleInput;
import newskg.source.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The server under load, measured: {@code newskg serve} in its own JVM over an existing store, N
 * clients sending the project's queries ({@code queries/*.rq}, in turn) over HTTP for a while, and,
 * with {@code --rebuild DIR}, the whole input sent to the same server meanwhile ({@code build --server}'s
 * client), the load lasting until it is stored. Prints requests, answers by status, latency
 * percentiles, the server's memory, and a consistency check: clients counting the triples of articles
 * being replaced (their article node and sentences, which linking never changes) must always see the
 * whole article.
 * <pre>
 *   java -cp target/newskg.jar newskg.cli.LoadBench --store /tmp/bbc --clients 32 --seconds 60
 *   java -cp target/newskg.jar newskg.cli.LoadBench --store /tmp/bbc --rebuild ../shared/corpus/bbc
 * </pre>
 * Until {@code newskg bench} has a place for it, it runs through its own {@link #main}.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Serves a store in a child JVM and measures N clients running queries/*.rq over HTTP,",
                "optionally while the whole input is rebuilt through the server."})
public final class LoadBench implements Callable<Integer> {
    private static final String USER = "bench";
    /** The status recorded for a 503 with Retry-After: busy, try again (a 503 without is a query timeout). */
    private static final int BUSY = 1503;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "A built store (it is served, and written with --rebuild).")
    Path store;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "Shortest load (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--rebuild", paramLabel = "DIR", description = "Send these articles to the server meanwhile.")
    Path rebuild;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "The query files (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--server-opts", paramLabel = "OPTS", defaultValue = "",
            description = "More options for serve, such as \"--max-queries 8\".")
    String serverOpts;

    @Option(names = "--checked", paramLabel = "N", defaultValue = "8",
            description = "Articles whose completeness clients check while they are replaced (default: ${DEFAULT-VALUE}).")
    int checked;

    /** Runs the bench; not {@code newskg}'s entry point. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(queries)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        List<ArticleInput> articles = new ArrayList<>();
        if (rebuild != null) {
            ArticleReader.collect(List.of(rebuild)).forEach(articles::add);
        }
        Path password = Files.createTempFile("newskg-bench", ".pw");
        Files.writeString(password, "bench-" + System.nanoTime() + "\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store",
                store.toString(), "--port", Integer.toString(port), "--allow-ingest", "--user", USER,
                "--password-file", password.toString()));
        if (!serverOpts.isBlank()) {
            command.addAll(List.of(serverOpts.strip().split("\\s+")));
        }
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> serverLines = Collections.synchronizedList(new ArrayList<>());
        LongAdder requestLines = new LongAdder();
        Thread drain = new Thread(() -> drain(server, serverLines, requestLines), "bench-server-output");
        drain.setDaemon(true);
        drain.start();
        String base = "http://127.0.0.1:" + port + "/";
        try {
            awaitServer(base, serverLines);
            out.printf("load: %d clients, %d query files, at least %d s%s; server pid %d, %d cores%n", clients,
                    texts.size(), seconds, rebuild == null ? "" : ", rebuilding " + articles.size() + " articles from "
                            + rebuild, server.pid(), Runtime.getRuntime().availableProcessors());
            out.flush();
            run(out, base, texts, articles, Files.readString(password).strip(), server.pid());
            List<String> other = serverLines.stream().filter(l -> !l.startsWith("  ") && !l.startsWith("newskg: serving"))
                    .toList();
            out.printf("server log: %d request lines, %d other lines%s%n", requestLines.sum(), other.size(),
                    other.isEmpty() ? "" : ", first: " + other.get(0));
        } finally {
            server.destroy();
            server.waitFor();
            Files.deleteIfExists(password);
        }
        out.flush();
        return 0;
    }

    private void run(PrintWriter out, String base, List<String> texts, List<ArticleInput> articles, String password,
                     long pid) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String sparql = base + "newskg/sparql";
        Map<String, Long> expected = wholeCounts(http, sparql, articles);
        Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> answered = Collections.synchronizedList(new ArrayList<>());
        LongAdder checks = new LongAdder();
        List<String> partial = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong maxRss = new AtomicLong();
        Thread rss = new Thread(() -> {
            while (!stop.get()) {
                maxRss.accumulateAndGet(rssKb(pid, "VmRSS"), Math::max);
                sleep(500);
            }
        });
        rss.setDaemon(true);
        rss.start();
        List<Thread> workers = new ArrayList<>();
        List<String> checkedIds = new ArrayList<>(expected.keySet());
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                int i = client;
                while (!stop.get()) {
                    boolean check = !checkedIds.isEmpty() && client % 4 == 0 && i % 2 == 0;
                    String id = check ? checkedIds.get(i / 2 % checkedIds.size()) : null;
                    String q = check ? completenessQuery(id) : texts.get(i % texts.size());
                    long t0 = System.nanoTime();
                    int status;
                    String body = null;
                    long retryAfter = 0;
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", check ? "text/csv" : "application/sparql-results+json")
                                .timeout(Duration.ofSeconds(120))
                                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q,
                                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                        status = r.statusCode();
                        body = r.body();
                        if (status == 503 && r.headers().firstValue("Retry-After").isPresent()) {
                            // Refused by admission control, as opposed to a query that timed out (503 too).
                            retryAfter = Long.parseLong(r.headers().firstValue("Retry-After").get());
                            status = BUSY;
                        }
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        return;
                    }
                    latencies.add(System.nanoTime() - t0);
                    if (status == 200) {
                        answered.add(System.nanoTime() - t0);
                    }
                    byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
                    // A well-behaved client waits as long as a busy server asks.
                    sleep(1000 * retryAfter);
                    if (check && status == 200) {
                        checks.increment();
                        long n = Long.parseLong(body.split("\r\n")[1]);
                        if (n != expected.get(id)) {
                            partial.add(id + ": " + n + " of " + expected.get(id) + " triples");
                        }
                    }
                    i++;
                }
            }, "bench-client-" + c);
            t.start();
            workers.add(t);
        }
        long t0 = System.nanoTime();
        double cpu0 = cpuSeconds(pid);
        ArticleSender.Result rebuilt = null;
        String rebuildFailure = null;
        if (!articles.isEmpty()) {
            try {
                rebuilt = new ArticleSender(base, USER, password, 4).send(articles, id -> { });
            } catch (RuntimeException e) {
                rebuildFailure = e.getMessage();
            }
        }
        double rebuildSeconds = (System.nanoTime() - t0) / 1e9;
        long left = seconds * 1000L - (System.nanoTime() - t0) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
        stop.set(true);
        for (Thread t : workers) {
            t.join(130_000);
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = cpuSeconds(pid) - cpu0;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long total = sorted.size();
        Map<Integer, Long> statuses = new TreeMap<>();
        byStatus.forEach((k, v) -> statuses.put(k, v.sum()));
        long errors = statuses.entrySet().stream().filter(e -> e.getKey() != 200 && e.getKey() != BUSY)
                .mapToLong(Map.Entry::getValue).sum();
        out.printf(Locale.ROOT, "requests: %d in %.1f s (%.1f/s), %d answered (%.2f/s); by status %s (1503: 503 busy"
                        + " with Retry-After, 503: query timed out, -1: no answer); errors (neither 200 nor busy): %d%n",
                total, wall, total / wall, statuses.getOrDefault(200, 0L), statuses.getOrDefault(200, 0L) / wall,
                statuses, errors);
        List<Long> ok = new ArrayList<>(answered);
        Collections.sort(ok);
        out.printf(Locale.ROOT, "latency, all: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; 200 only: p50 %.0f ms,"
                        + " p90 %.0f ms, p99 %.0f ms, max %.0f ms%n", pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                pct(sorted, 100), pct(ok, 50), pct(ok, 90), pct(ok, 99), pct(ok, 100));
        out.printf(Locale.ROOT, "server RSS: max %d MB sampled, peak %d MB (VmHWM; includes the memory-mapped store);"
                        + " server CPU %.0f s, %.0f%% of the %d cores, %.2f answers per CPU second%n",
                maxRss.get() >> 10, rssKb(pid, "VmHWM") >> 10, cpu, 100 * cpu / wall
                        / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(),
                statuses.getOrDefault(200, 0L) / Math.max(cpu, 0.001));
        if (!articles.isEmpty()) {
            out.printf(Locale.ROOT, "rebuild: %s in %.1f s%s%n", rebuilt == null ? "failed: " + rebuildFailure
                            : rebuilt.stored() + " stored, " + rebuilt.skipped().size() + " skipped", rebuildSeconds,
                    rebuilt == null ? "" : String.format(Locale.ROOT, " (%.1f articles/s)", rebuilt.stored() / rebuildSeconds));
            out.printf("consistency: %d checks of %d articles being replaced, %d saw part of an article%s%n", checks.sum(),
                    expected.size(), partial.size(), partial.isEmpty() ? "" : " " + partial.subList(0, Math.min(5, partial.size())));
        }
    }

    /** The whole count of each checked article, before the rebuild: spread over the first quarter it sends. */
    private Map<String, Long> wholeCounts(HttpClient http, String sparql, List<ArticleInput> articles) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        if (articles.isEmpty() || checked <= 0) {
            return counts;
        }
        int step = Math.max(1, articles.size() / 4 / checked);
        for (int i = 0; i < articles.size() && counts.size() < checked; i += step) {
            String id = articles.get(i).id();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query="
                    + URLEncoder.encode(completenessQuery(id), StandardCharsets.UTF_8))).header("Accept", "text/csv")
                    .build(), HttpResponse.BodyHandlers.ofString());
            long n = Long.parseLong(r.body().split("\r\n")[1]);
            if (n > 0) {
                counts.put(id, n);
            }
        }
        return counts;
    }

    /** The triples of an article's own node and its sentences: fixed by its text, untouched by linking. */
    private static String completenessQuery(String id) {
        String g = Iris.article(id);
        return "SELECT (COUNT(*) AS ?n) { GRAPH <" + g + "> { ?s ?p ?o FILTER(?s = <" + g + "> || STRSTARTS(STR(?s), \""
                + g + "/sentence/\")) } }";
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** User and system CPU time of a process, from {@code /proc/PID/stat} (clock ticks of 1/100 s), or 0. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A value in kB from {@code /proc/PID/status}, or 0 where there is none. */
    static long rssKb(long pid, String field) {
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

    private static void awaitServer(String base, List<String> lines) {
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
        throw new IllegalStateException(base + ": the server did not start in 120 s");
    }

    private static void drain(Process p, List<String> lines, LongAdder requestLines) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\S+ [A-Z]+ .* \\d{3} \\d+ ms")) {
                    requestLines.increment();
                } else if (lines.size() < 10_000) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the server stopped
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
