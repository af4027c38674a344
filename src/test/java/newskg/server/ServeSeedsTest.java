package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newskg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-command demo in its own JVM: {@code newskg serve} with no store option, in a directory
 * holding only {@code seeds/}, builds the seeds into {@code data/store}, serves them, and on SIGINT
 * (Ctrl-C) stops the server and closes the store in its shutdown hook.
 */
class ServeSeedsTest {
    @TempDir
    Path dir;

    @Test
    void serveWithoutStoreBuildsTheSeedsFirstAndStopsCleanlyOnCtrlC() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, dir.resolve("seeds").resolve(seed.getFileName()));
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process serve = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "newskg.cli.Main", "serve", "--port", "0").directory(dir.toFile()).redirectErrorStream(true).start();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        StringBuilder all = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("read error: " + e);
            }
        });
        reader.start();
        try {
            String sparql = null;
            Pattern endpoint = Pattern.compile("  SPARQL: +(http://127\\.0\\.0\\.1:\\d+/newskg/sparql)");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (sparql == null && System.nanoTime() < deadline && serve.isAlive()) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null) {
                    all.append(line).append('\n');
                    Matcher m = endpoint.matcher(line);
                    sparql = m.matches() ? m.group(1) : null;
                }
            }
            assertTrue(sparql != null, "no SPARQL URL in:\n" + all);
            assertTrue(all.toString().contains("newskg: data/store is empty; building the articles in seeds into it first\n"
                    + "Built data/store: 3 articles, "), all.toString());

            HttpResponse<String> people = Http.query(sparql, "SELECT (COUNT(DISTINCT ?p) AS ?n) "
                    + "{ ?p a <https://w3id.org/newskg/ontology#Person> }", "text/csv");
            assertEquals(200, people.statusCode());
            int n = Integer.parseInt(people.body().split("\r\n")[1]);
            assertTrue(n >= 5, people.body());
        } finally {
            // Ctrl-C; not Process.destroy(), which also closes our end of the output.
            new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).inheritIO().start().waitFor();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
                throw new AssertionError("serve did not stop on SIGINT:\n" + all);
            }
            reader.join(5_000);
        }
        lines.forEach(l -> all.append(l).append('\n'));
        assertEquals(130, serve.exitValue(), all.toString());
        assertTrue(all.toString().contains("newskg: server stopped, store closed\n"), all.toString());
        try (GraphStore store = GraphStore.open(dir.resolve("data/store"))) {
            assertEquals(3, store.graphNames().size());
        }
    }
}
