package newskg.explore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.vocab.NKG;
import newskg.vocab.Prefixes;

/**
 * How fast the explorer's pages answer, over HTTP against a running server: for each kind of page,
 * the requests a browser makes for it (the page, then its API call; static files are cached), timed
 * one after another, over a sample of the store's entities (the most mentioned ones and a seeded random
 * draw) and articles, and type-ahead searches for the first letters of their names. Prints p50, p90,
 * p99 and the slowest per kind, and the CPU time the server's queries used (its {@code Server-Timing}
 * header), which a shared, busy machine inflates far less than wall time.
 * <pre>
 *   newskg serve --store STORE --port 3300 &amp;
 *   java -cp target/newskg.jar newskg.explore.PageTimings http://127.0.0.1:3300/ --samples 100 --rounds 3
 * </pre>
 * Not thread-safe; measures with one client, so the figures are latencies, not throughput.
 */
public final class PageTimings {
    /** The kinds of page, in the order printed. */
    static final List<String> PAGES = List.of("search", "entity", "article", "graph", "id-turtle");

    private static final String ENTITIES = Prefixes.sparqlHeader()
            + "SELECT ?e (COUNT(DISTINCT ?a) AS ?n) (SAMPLE(?l) AS ?name) WHERE { GRAPH ?a { ?e nkg:mentionedIn ?a ;"
            + " skos:prefLabel ?l } } GROUP BY ?e";
    private static final String ARTICLES = Prefixes.sparqlHeader()
            + "SELECT ?a WHERE { GRAPH ?a { ?a a nkg:Article } }";

    private static final Pattern CPU_TIMING = Pattern.compile("\\bcpu;dur=([0-9.]+)");

    private final String base;
    private final String sparql;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param serverUrl the server's base URL, ending in {@code /}
     * @param sparqlUrl its SPARQL endpoint, for drawing the sample
     */
    public PageTimings(String serverUrl, String sparqlUrl) {
        this.base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        this.sparql = sparqlUrl;
    }

    /**
     * Latencies of one kind of page, in milliseconds.
     *
     * @param page     the kind of page
     * @param requests how many pages were timed
     * @param slowest  the URL of the slowest
     */
    public record Figures(String page, int requests, double p50, double p90, double p99, double max, String slowest,
                          double cpuP50, double cpuP99) {
    }

    /**
     * Times every kind of page over {@code samples} entities and articles, {@code rounds} times after one
     * warm-up round.
     *
     * @param log where to write one line per round; may be null
     * @throws UncheckedIOException when the server cannot be reached
     */
    public List<Figures> measure(int samples, int rounds, long seed, PrintWriter log) {
        Random random = new Random(seed);
        List<String[]> entities = entities(samples, random);
        List<String> articles = draw(column(select(ARTICLES), "a"), samples, random);
        List<String> prefixes = new ArrayList<>();
        for (String[] e : entities) {
            String name = e[1].toLowerCase(Locale.ROOT);
            for (int n = 2; n <= Math.min(4, name.length()); n++) {
                prefixes.add(name.substring(0, n));
            }
        }
        Map<String, List<double[]>> times = new LinkedHashMap<>();
        Map<String, List<String>> urls = new LinkedHashMap<>();
        PAGES.forEach(p -> {
            times.put(p, new ArrayList<>());
            urls.put(p, new ArrayList<>());
        });
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            boolean timed = round > 0;
            for (String q : prefixes) {
                time(timed, times, urls, "search", base + "/api/search?limit=8&q=" + enc(q));
            }
            for (String[] e : entities) {
                String page = page(e[0]);
                time(timed, times, urls, "entity", base + page, base + "/api/entity?iri=" + enc(e[0]));
                time(timed, times, urls, "graph", base + "/explore/graph?iri=" + enc(e[0]),
                        base + "/api/neighbourhood?limit=150&iri=" + enc(e[0]));
                time(timed, times, urls, "id-turtle", "turtle:" + base + page);
            }
            for (String a : articles) {
                time(timed, times, urls, "article", base + page(a), base + "/api/article?iri=" + enc(a));
            }
            if (log != null) {
                log.printf("%s round %d: %.1f s%n", timed ? "timed" : "warm-up", round, (System.nanoTime() - t0) / 1e9);
                log.flush();
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (String p : PAGES) {
            List<double[]> t = times.get(p);
            if (t.isEmpty()) {
                continue;
            }
            List<Double> ms = new ArrayList<>(t.stream().map(x -> x[0]).toList());
            List<Double> cpu = new ArrayList<>(t.stream().map(x -> x[1]).sorted().toList());
            int slowest = 0;
            for (int i = 1; i < t.size(); i++) {
                if (t.get(i)[0] > t.get(slowest)[0]) {
                    slowest = i;
                }
            }
            Collections.sort(ms);
            figures.add(new Figures(p, ms.size(), quantile(ms, 0.50), quantile(ms, 0.90), quantile(ms, 0.99),
                    ms.get(ms.size() - 1), urls.get(p).get(slowest), quantile(cpu, 0.50), quantile(cpu, 0.99)));
        }
        return figures;
    }

    /** The figures as a table. */
    public static String table(List<Figures> figures) {
        StringBuilder sb = new StringBuilder(String.format("%-10s %6s %8s %8s %8s %8s %9s %9s  %s%n", "page", "n",
                "p50 ms", "p90 ms", "p99 ms", "max ms", "cpu p50", "cpu p99", "slowest"));
        for (Figures f : figures) {
            sb.append(String.format(Locale.ROOT, "%-10s %6d %8.1f %8.1f %8.1f %8.1f %9.1f %9.1f  %s%n", f.page(),
                    f.requests(), f.p50(), f.p90(), f.p99(), f.max(), f.cpuP50(), f.cpuP99(), f.slowest()));
        }
        return sb.toString();
    }

    /** The ten most mentioned entities and a random draw of the others: [iri, a name]. */
    private List<String[]> entities(int samples, Random random) {
        List<JsonObject> rows = new ArrayList<>(select(ENTITIES));
        rows.sort(Comparator.comparingInt((JsonObject r) -> -Integer.parseInt(value(r, "n"))).thenComparing(r -> value(r, "e")));
        List<String[]> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonObject r : rows.subList(0, Math.min(10, rows.size()))) {
            out.add(new String[] {value(r, "e"), value(r, "name")});
            seen.add(value(r, "e"));
        }
        List<JsonObject> rest = new ArrayList<>(rows.subList(Math.min(10, rows.size()), rows.size()));
        Collections.shuffle(rest, random);
        for (JsonObject r : rest) {
            if (out.size() >= Math.max(samples, 10)) {
                break;
            }
            if (seen.add(value(r, "e"))) {
                out.add(new String[] {value(r, "e"), value(r, "name")});
            }
        }
        return out;
    }

    private static List<String> draw(List<String> all, int n, Random random) {
        List<String> copy = new ArrayList<>(all);
        Collections.sort(copy);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private void time(boolean timed, Map<String, List<double[]>> times, Map<String, List<String>> urls, String page,
                      String... requests) {
        long t0 = System.nanoTime();
        double cpu = 0;
        for (String url : requests) {
            boolean turtle = url.startsWith("turtle:");
            String u = turtle ? url.substring("turtle:".length()) : url;
            HttpResponse<byte[]> r = get(u, turtle ? "text/turtle" : "text/html,application/json");
            if (r.statusCode() != 200) {
                throw new IllegalStateException(u + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            cpu += serverCpu(r.headers().firstValue("Server-Timing").orElse(""));
        }
        if (timed) {
            times.get(page).add(new double[] {(System.nanoTime() - t0) / 1e6, cpu});
            urls.get(page).add(requests[requests.length - 1].replace("turtle:", ""));
        }
    }

    /** The {@code cpu;dur=} of a Server-Timing header, 0 without one. */
    static double serverCpu(String serverTiming) {
        Matcher m = CPU_TIMING.matcher(serverTiming);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private HttpResponse<byte[]> get(String url, String accept) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private List<JsonObject> select(String query) {
        HttpResponse<byte[]> r = get(sparql + "?query=" + enc(query), "application/sparql-results+json");
        if (r.statusCode() != 200) {
            throw new IllegalStateException(sparql + " answered " + r.statusCode());
        }
        JsonArray rows = JsonParser.parseString(new String(r.body(), StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("results").getAsJsonArray("bindings");
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement row : rows) {
            out.add(row.getAsJsonObject());
        }
        return out;
    }

    private static List<String> column(List<JsonObject> rows, String var) {
        return rows.stream().map(r -> value(r, var)).toList();
    }

    private static String value(JsonObject row, String var) {
        return row.has(var) ? row.getAsJsonObject(var).get("value").getAsString() : "";
    }

    private static String page(String iri) {
        return iri.startsWith(NKG.ID) ? "/id/" + iri.substring(NKG.ID.length()) : "/explore/entity?iri=" + enc(iri);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The value at quantile {@code q} of sorted values (nearest rank). */
    static double quantile(List<Double> sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /**
     * {@code PageTimings SERVER_URL [--sparql URL] [--samples N] [--rounds N] [--seed N]}: prints the table.
     * The SPARQL endpoint defaults to {@code SERVER_URL/newskg/sparql}.
     */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: PageTimings SERVER_URL [--sparql URL] [--samples N] [--rounds N] [--seed N]");
            return;
        }
        String url = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String sparqlUrl = url + "newskg/sparql";
        int samples = 50;
        int rounds = 3;
        long seed = 1;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sparql" -> sparqlUrl = args[i + 1];
                case "--samples" -> samples = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        out.printf("page timings: %s, %d entities and articles, %d rounds after a warm-up, one client%n", url, samples,
                rounds);
        List<Figures> figures = new PageTimings(url, sparqlUrl).measure(samples, rounds, seed, out);
        out.print(table(figures));
        out.flush();
    }
}
