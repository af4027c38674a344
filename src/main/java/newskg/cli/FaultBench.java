package newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Faults survived, measured: builds killed with {@code kill -9} at chosen moments, and a server killed
 * while articles are sent to it ({@code build --server}); after each, {@code validate} on the store
 * and a rerun of the same command, whose store must hold exactly the N-Quads of a clean build. Every
 * step is a real {@code newskg} command in its own JVM.
 * <pre>
 *   java -cp target/newskg.jar newskg.cli.FaultBench --input ../shared/corpus/bbc/tech --work /tmp/faults
 * </pre>
 * The kill moments default to 20% and 60% of the clean build's time and 2 s before its end (where
 * the cross-article linking runs); the live update is killed halfway. Until {@code newskg bench} has a
 * place for it, it runs through its own {@link #main}.
 */
@Command(name = "faults", mixinStandardHelpOptions = true,
        description = "Kills builds and a live update with kill -9, then validates and reruns, comparing with a clean build.")
public final class FaultBench implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "The articles to build.")
    Path input;

    @Option(names = "--work", required = true, paramLabel = "DIR", description = "Where the stores go (emptied first).")
    Path work;

    @Option(names = "--kill-at", split = ",", paramLabel = "SECONDS",
            description = "Seconds into the build to kill it (default: 20%, 60% of a clean build, and 2 s before its end).")
    List<Double> killAt;

    private PrintWriter out;
    /** {@code validate}'s exit code on the clean build: what a survived store must give too. */
    private int cleanValidateExit;
    /** {@code build}'s exit code on the clean build (1 when the input has files it skips). */
    private int cleanBuildExit;
    /** Article graphs in the clean build. */
    private int cleanArticles;

    /** Runs the bench; not {@code newskg}'s entry point. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new FaultBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        delete(work);
        Files.createDirectories(work);
        Path clean = work.resolve("clean");
        long t0 = System.nanoTime();
        Result build = newskg("build", "--input", input.toString(), "--store", clean.toString());
        double cleanSeconds = (System.nanoTime() - t0) / 1e9;
        String cleanDigest = nquads(clean);
        Result cleanValidate = newskg("validate", "--store", clean.toString());
        cleanValidateExit = cleanValidate.exit;
        cleanBuildExit = build.exit;
        cleanArticles = Integer.parseInt(articlesIn(clean));
        out.printf(Locale.ROOT, "clean build: exit %d in %.1f s, %s; validate exit %d; N-Quads %s%n", build.exit,
                cleanSeconds, build.lastLine(), cleanValidate.exit, cleanDigest);
        out.flush();
        delete(clean);
        List<Double> moments = killAt != null ? killAt
                : List.of(0.2 * cleanSeconds, 0.6 * cleanSeconds, Math.max(1, cleanSeconds - 2));
        int failures = 0;
        for (double at : moments) {
            Path store = work.resolve(String.format(Locale.ROOT, "killed-%.0fs", at));
            Process p = start(List.of("build", "--input", input.toString(), "--store", store.toString()));
            boolean ended = p.waitFor((long) (at * 1000), TimeUnit.MILLISECONDS);
            p.destroyForcibly().waitFor();
            failures += afterKill(String.format(Locale.ROOT, "build killed at %.1f s%s", at,
                    ended ? " (it had already ended)" : ""), store, List.of("build", "--input", input.toString(),
                    "--store", store.toString()), cleanDigest);
        }
        failures += liveUpdate(cleanSeconds / 2, cleanDigest);
        out.println(failures == 0 ? "faults: all survived" : "faults: " + failures + " not survived");
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Validates the killed store, reruns {@code rerun} on it and compares with the clean build. */
    private int afterKill(String what, Path store, List<String> rerun, String cleanDigest) throws Exception {
        // Killed before the store was created: nothing to validate, the rerun still has to match.
        Result validate = Files.exists(store) ? newskg("validate", "--store", store.toString())
                : new Result(cleanValidateExit, "no store yet");
        String stored = Files.exists(store) ? articlesIn(store) : "0";
        Result again = newskg(rerun.toArray(String[]::new));
        String digest = nquads(store);
        boolean same = digest.equals(cleanDigest);
        out.printf("%s, %s of %d articles stored: validate exit %d (%s); rerun exit %d (%s); N-Quads %s%n", what,
                stored, cleanArticles, validate.exit, validate.lastLine(), again.exit, again.lastLine(), same ? "equal to the clean build"
                        : "DIFFERENT (" + digest + ")");
        out.flush();
        delete(store);
        return validate.exit == cleanValidateExit && again.exit == cleanBuildExit && same ? 0 : 1;
    }

    /** A server taking the articles through build --server, killed at {@code at} seconds, then the same again. */
    private int liveUpdate(double at, String cleanDigest) throws Exception {
        Path store = Files.createDirectories(work.resolve("live"));
        Path password = Files.writeString(work.resolve("password"), "fault-bench\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> serve = List.of("serve", "--store", store.toString(), "--port", Integer.toString(port),
                "--allow-ingest", "--user", "bench", "--password-file", password.toString());
        List<String> send = List.of("build", "--server", "http://127.0.0.1:" + port + "/", "--user", "bench",
                "--password-file", password.toString(), "--input", input.toString());
        Process server = start(serve);
        awaitPort(port);
        Process client = start(send);
        Thread.sleep((long) (at * 1000));
        server.destroyForcibly().waitFor();
        client.waitFor(60, TimeUnit.SECONDS);
        client.destroyForcibly();
        Result validate = newskg("validate", "--store", store.toString());
        String stored = articlesIn(store);
        server = start(serve);
        awaitPort(port);
        Result again = newskg(send.toArray(String[]::new));
        server.destroy();
        boolean stopped = server.waitFor(120, TimeUnit.SECONDS);
        String digest = nquads(store);
        boolean same = digest.equals(cleanDigest);
        out.printf(Locale.ROOT, "server killed at %.1f s of a live update, %s of %d articles stored: validate exit %d"
                        + " (%s); rerun through the server exit %d (%s); server stopped %s; N-Quads %s%n", at, stored,
                cleanArticles, validate.exit,
                validate.lastLine(), again.exit, again.lastLine(), stopped ? "cleanly" : "NOT in 120 s",
                same ? "equal to the clean build" : "DIFFERENT (" + digest + ")");
        out.flush();
        delete(store);
        return validate.exit == cleanValidateExit && again.exit == cleanBuildExit && same ? 0 : 1;
    }

    /** How many article graphs the store holds. */
    private String articlesIn(Path store) throws Exception {
        Result r = newskg("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }");
        String[] lines = r.output.strip().split("\\R");
        return r.exit == 0 ? lines[lines.length - 1].strip() : "? (" + r.lastLine() + ")";
    }

    /** The SHA-256 of the store's N-Quads, lines sorted (blank nodes aside, a canonical form). */
    private String nquads(Path store) throws Exception {
        Path file = work.resolve("export.nq");
        Result r = newskg("export", "--store", store.toString(), "--format", "nq", "--out", file.toString());
        if (r.exit != 0) {
            return "export failed: " + r.lastLine();
        }
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n");
        Files.delete(file);
        Arrays.sort(lines);
        MessageDigest sha = sha256();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return lines.length + " quads, sha256 " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String output) {
        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Result newskg(String... args) throws Exception {
        Path log = Files.createTempFile(work, "run", ".log");
        Process p = start(List.of(args), log);
        int exit = p.waitFor();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(exit, text);
    }

    /** Starts a newskg command in its own JVM, its output going to {@code work/NAME.log}. */
    private Process start(List<String> args) throws IOException {
        return start(args, work.resolve(args.get(0) + "-" + System.nanoTime() + ".log"));
    }

    private static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("no server on port " + port + " after 120 s");
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
