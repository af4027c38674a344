package newskg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newskg.server.GraphServer;
import newskg.source.ArticleFile;
import newskg.store.GraphStore;
import newskg.store.NameHit;
import newskg.vocab.NKG;

/**
 * What the parts of one benchmark run share: the settings, a working directory, child JVMs for
 * builds, figures earlier parts left ({@link #put}/{@link #get}), the BBC-size store the build part
 * made and a server over it started on first use. Not thread-safe: parts run one after another.
 */
public final class BenchContext implements AutoCloseable {
    /** Settings of a run. */
    public record Settings(List<Path> inputs, int threads, List<Integer> scales, int clients, Duration duration,
                           int runs, Path queriesDir, Path workDir, boolean keep, String heap) {
    }

    private final Settings settings;
    private final List<ArticleFile> files;
    private final PrintWriter log;
    private final Map<String, Object> shared = new HashMap<>();
    private GraphStore servedStore;
    private GraphServer server;
    private List<NamedQuery> queries;

    BenchContext(Settings settings, List<ArticleFile> files, PrintWriter log) {
        this.settings = settings;
        this.files = List.copyOf(files);
        this.log = log;
    }

    public Settings settings() {
        return settings;
    }

    /** The corpus's articles. */
    public List<ArticleFile> files() {
        return files;
    }

    /** Writes a progress line on standard error. */
    public void log(String line) {
        log.println("bench: " + line);
        log.flush();
    }

    /** Leaves a figure or object for later parts. */
    public void put(String key, Object value) {
        shared.put(key, value);
    }

    /** What an earlier part left under {@code key}, or {@code null}. */
    public <T> T get(String key, Class<T> type) {
        return type.cast(shared.get(key));
    }

    /** A fresh directory under the working directory. */
    public Path dir(String name) throws IOException {
        Path d = settings.workDir().resolve(name);
        delete(d);
        return Files.createDirectories(d);
    }

    /** The store the build part made from the corpus ({@code build.store}). */
    public Path store() {
        Path p = get("build.store", Path.class);
        if (p == null) {
            throw new IllegalStateException("no store: the build part has not run");
        }
        return p;
    }

    /**
     * A server over {@link #store()} on a free loopback port, with the store's name index as {@code newskg serve}
     * has it, started on first use, stopped by {@link #close()}.
     */
    public GraphServer server() {
        if (server == null) {
            GraphServer.configureLogging();
            servedStore = GraphStore.open(store());
            server = GraphServer.create().dataset(servedStore.datasetGraph()).names(servedStore.names()).port(0).build()
                    .start();
            log("server on " + server.sparqlUrl());
        }
        return server;
    }

    /** Stops the server and closes its store (a child build may then open it). */
    public void stopServer() {
        if (server != null) {
            server.stop();
            servedStore.close();
            server = null;
            servedStore = null;
        }
    }

    /** A query file with the names it looks up set to names the store holds. */
    public record NamedQuery(String file, String text, boolean nameLookup) {
    }

    /**
     * The files of {@code queries/}, the name lookups pointed at the most-named person and organization
     * of the store (so that they return rows), and the entity search at that person's first word.
     */
    public List<NamedQuery> queries() throws IOException {
        if (queries != null) {
            return queries;
        }
        String person;
        String org;
        try (GraphStore gs = servedStore != null ? null : GraphStore.open(store())) {
            GraphStore s = gs != null ? gs : servedStore;
            person = first(s.names().mostNamed(NKG.Person.getURI(), 1), "Nobody");
            org = first(s.names().mostNamed(NKG.Organization.getURI(), 1), "Nothing");
        }
        put("queries.person", person);
        put("queries.organization", org);
        List<NamedQuery> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(settings.queriesDir())) {
            for (Path f : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String name = f.getFileName().toString();
                String text = Files.readString(f, StandardCharsets.UTF_8);
                boolean lookup = text.contains("text:query");
                if (lookup) {
                    // the name a lookup asks for (its one-literal VALUES) becomes the store's most-named
                    // organization or person, and a search written as a literal the person's first word
                    String who = text.contains("nkg:Organization") ? org : person;
                    text = LOOKUP_VALUE.matcher(text).replaceFirst(m -> Matcher.quoteReplacement(
                            m.group(1) + literal(who) + m.group(2)));
                    text = LITERAL_SEARCH.matcher(text).replaceFirst(m -> Matcher.quoteReplacement(
                            m.group(1) + literal("+" + person.split(" ")[0].toLowerCase(Locale.ROOT) + "*")));
                }
                out.add(new NamedQuery(name, text, lookup));
            }
        }
        queries = List.copyOf(out);
        return queries;
    }

    /** {@code VALUES ?name { "..." }}: the one name a lookup file asks for. */
    private static final Pattern LOOKUP_VALUE = Pattern.compile("(VALUES\\s+\\?\\w+\\s*\\{\\s*)\"(?:[^\"\\\\]|\\\\.)*\"(\\s*\\})");
    /** {@code text:query (skos:prefLabel "..."}: a search written as a literal. */
    private static final Pattern LITERAL_SEARCH = Pattern.compile("(text:query\\s*\\(\\s*\\S+\\s+)\"(?:[^\"\\\\]|\\\\.)*\"");

    private static String first(List<NameHit> hits, String otherwise) {
        return hits.isEmpty() ? otherwise : hits.get(0).name();
    }

    private static String literal(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** What a child JVM run took. */
    public record ChildRun(int exit, double wallSeconds, double cpuSeconds, long peakRssBytes, String output) {
        /** CPU busy over the wall time, in percent of one core. */
        public double cpuPercent() {
            return wallSeconds > 0 ? 100 * cpuSeconds / wallSeconds : 0;
        }
    }

    /**
     * Runs {@code newskg ARGS} in a child JVM with the run's heap ({@code -Xmx}), as a user would; for
     * {@code build}, the child reports its CPU time and peak resident memory.
     */
    public ChildRun newskg(List<String> args) throws IOException, InterruptedException {
        return newskg(args, List.of());
    }

    /** {@link #newskg(List)} with more JVM options (class-data sharing, for one). */
    public ChildRun newskg(List<String> args, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + settings.heap()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", classPath(), "newskg.cli.Main"));
        cmd.addAll(args);
        Path usage = null;
        if (args.get(0).equals("build")) {
            usage = Files.createTempFile(settings.workDir(), "usage-", ".properties");
            cmd.add("--usage-file");
            cmd.add(usage.toString());
        }
        return run(cmd, usage);
    }

    /** Runs a Java main class of the classpath (e.g. {@code tdb2.tdbloader}) in a child JVM. */
    public ChildRun javaMain(String mainClass, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + settings.heap(), "-cp", classPath(), mainClass));
        cmd.addAll(args);
        return run(cmd, null);
    }

    /** Runs a command of the run's own making (a JVM with another classpath) in a child process. */
    public ChildRun process(List<String> cmd) throws IOException, InterruptedException {
        return run(cmd, null);
    }

    private ChildRun run(List<String> cmd, Path usage) throws IOException, InterruptedException {
        Path out = Files.createTempFile(settings.workDir(), "child-", ".log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long peak = 0;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, rss(p.pid()));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        double cpu = 0;
        if (usage != null && Files.size(usage) > 0) {
            Properties props = new Properties();
            try (var r = Files.newBufferedReader(usage)) {
                props.load(r);
            }
            cpu = Double.parseDouble(props.getProperty("cpuSeconds", "0"));
            peak = Math.max(peak, Long.parseLong(props.getProperty("peakRssBytes", "0")));
            Files.deleteIfExists(usage);
        }
        return new ChildRun(p.exitValue(), wall, cpu, peak, text);
    }

    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** The bytes a directory takes on disk ({@code du}; its files' sizes where there is no du). */
    public static long diskBytes(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            // no du: fall back on the files' sizes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Stops the server and deletes the working directory unless {@code keep}. */
    @Override
    public void close() throws IOException {
        stopServer();
        if (!settings.keep()) {
            delete(settings.workDir());
        }
    }
}
