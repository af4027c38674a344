package newskg.bench;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Faults survived: builds of the corpus killed with {@code kill -9} at 20% and 60% of a clean build's time
 * and 2 s before its end (where surnames are linked), and a server killed halfway through taking the
 * corpus from {@code build --server}; after each, {@code validate} on the store (which must find it as
 * the clean build, or report the build that did not finish) and a rerun of the same command, whose store
 * must hold exactly the N-Quads of the clean build. Every step is a real
 * {@code newskg} command in its own JVM; stores go under the run's working directory and are deleted.
 */
final class FaultPart implements BenchPart {
    private BenchContext ctx;
    private Path work;
    private final List<Measurement> out = new ArrayList<>();
    /** {@code validate}'s exit code on the clean build: what a survived store must give too. */
    private int cleanValidateExit;
    /** {@code build}'s exit code on the clean build (1 when the input has files it skips). */
    private int cleanBuildExit;
    /** Article graphs in the clean build. */
    private int cleanArticles;

    @Override
    public String name() {
        return "faults";
    }

    @Override
    public List<Measurement> run(BenchContext context) throws Exception {
        ctx = context;
        out.clear();
        work = ctx.dir("faults");
        String input = input();
        Path clean = work.resolve("clean");
        long t0 = System.nanoTime();
        Result build = newskg("build", "--input", input, "--store", clean.toString());
        double cleanSeconds = (System.nanoTime() - t0) / 1e9;
        String cleanDigest = nquads(clean);
        Result cleanValidate = newskg("validate", "--store", clean.toString());
        cleanValidateExit = cleanValidate.exit;
        cleanBuildExit = build.exit;
        cleanArticles = Integer.parseInt(articlesIn(clean));
        ctx.log(String.format(Locale.ROOT, "faults: clean build exit %d in %.1f s, %s; validate exit %d; N-Quads %s",
                build.exit, cleanSeconds, build.lastLine(), cleanValidate.exit, cleanDigest));
        if (cleanArticles == 0) {
            throw new IllegalStateException("the clean build stored no article: " + build.lastLine());
        }
        delete(clean);
        List<Double> moments = List.of(0.2 * cleanSeconds, 0.6 * cleanSeconds, Math.max(1, cleanSeconds - 2));
        int failures = 0;
        for (double at : moments) {
            Path store = work.resolve(String.format(Locale.ROOT, "killed-%.0fs", at));
            Process p = start(List.of("build", "--input", input, "--store", store.toString()));
            boolean ended = p.waitFor((long) (at * 1000), TimeUnit.MILLISECONDS);
            p.destroyForcibly().waitFor();
            failures += afterKill(String.format(Locale.ROOT, "build killed at %.1f s%s", at,
                    ended ? " (it had already ended)" : ""), store, List.of("build", "--input", input,
                    "--store", store.toString()), cleanDigest);
        }
        failures += liveUpdate(cleanSeconds / 2, cleanDigest, input);
        out.add(Measurement.atMost(name(), "faults not survived", failures, "", 0));
        return List.copyOf(out);
    }

    /** The corpus as one input path: the run's, when it has one. */
    private String input() {
        List<Path> inputs = ctx.settings().inputs();
        if (inputs.size() != 1) {
            throw new IllegalStateException("the fault part builds one input path, not " + inputs);
        }
        return inputs.get(0).toString();
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
        ctx.log(String.format("faults: %s, %s of %d articles stored: validate exit %d (%s); rerun exit %d (%s);"
                + " N-Quads %s", what, stored, cleanArticles, validate.exit, validate.lastLine(), again.exit,
                again.lastLine(), same ? "equal to the clean build" : "DIFFERENT (" + digest + ")"));
        delete(store);
        boolean survived = validates(validate) && again.exit == cleanBuildExit && same;
        out.add(Measurement.atLeast(name(), what + " (" + stored + " of " + cleanArticles + " articles stored):"
                + " validates, rerun gives the clean build's N-Quads", survived ? 1 : 0, "", 1));
        return survived ? 0 : 1;
    }

    /** A server taking the articles through build --server, killed at {@code at} seconds, then the same again. */
    private int liveUpdate(double at, String cleanDigest, String input) throws Exception {
        Path store = Files.createDirectories(work.resolve("live"));
        Path password = Files.writeString(work.resolve("password"), "fault-bench\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> serve = List.of("serve", "--store", store.toString(), "--port", Integer.toString(port),
                "--allow-ingest", "--user", "bench", "--password-file", password.toString());
        List<String> send = List.of("build", "--server", "http://127.0.0.1:" + port + "/", "--user", "bench",
                "--password-file", password.toString(), "--input", input);
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
        ctx.log(String.format(Locale.ROOT, "faults: server killed at %.1f s of a live update, %s of %d articles stored:"
                        + " validate exit %d (%s); rerun through the server exit %d (%s); server stopped %s; N-Quads %s",
                at, stored, cleanArticles, validate.exit, validate.lastLine(), again.exit, again.lastLine(),
                stopped ? "cleanly" : "NOT in 120 s", same ? "equal to the clean build" : "DIFFERENT (" + digest + ")"));
        delete(store);
        boolean survived = validates(validate) && again.exit == cleanBuildExit && same;
        out.add(Measurement.atLeast(name(), String.format(Locale.ROOT, "server killed at %.0f s of a live update (%s of"
                + " %d articles stored): validates, rerun gives the clean build's N-Quads", at, stored, cleanArticles),
                survived ? 1 : 0, "", 1));
        return survived ? 0 : 1;
    }

    /**
     * Whether {@code validate} found the killed store as it finds the clean one, or reported that its
     * build did not finish (what the store records for the next build to complete).
     */
    private boolean validates(Result validate) {
        return validate.exit == cleanValidateExit || validate.output.contains("did not finish");
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
                .toString(), "-Xmx2g", "-cp", System.getProperty("java.class.path"), "newskg.cli.Main"));
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
