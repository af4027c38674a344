package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newskg.build.QuadsFiles;
import newskg.cli.Main;
import newskg.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read replicas as README describes them: one store loaded once ({@code newskg load}), copied, and each
 * copy served by its own {@code newskg serve} process on its own port. Without a load balancer, the two
 * answer every query file, the name search, the explorer's API and the linked-data IRIs identically.
 */
class ReadReplicasTest {
    private static final Pattern SPARQL = Pattern.compile("SPARQL: +(http://127\\.0\\.0\\.1:(\\d+)/)newskg/sparql");

    @TempDir
    Path dir;

    /** One {@code newskg serve} in a child JVM, and the base URL it printed. */
    private record Replica(Process process, String base) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Replica serve(Path store) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--store", store.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        BlockingQueue<String> base = new ArrayBlockingQueue<>(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    Matcher m = SPARQL.matcher(line);
                    if (m.find()) {
                        base.offer(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "replica-output");
        reader.setDaemon(true);
        reader.start();
        String url = base.poll(60, TimeUnit.SECONDS);
        if (url == null) {
            p.destroyForcibly();
            throw new IllegalStateException("newskg serve --store " + store + " did not start");
        }
        return new Replica(p, url);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Test
    void twoServersOverCopiesOfOneStoreAnswerAlike() throws Exception {
        Path store = dir.resolve("store");
        int exit = Main.commandLine().execute("load", "--nquads",
                QuadsFiles.write(dir.resolve("nquads"), TestStores.fixture(), 2).toString(), "--store", store.toString());
        assertEquals(0, exit);
        copy(store, dir.resolve("replica-1"));
        copy(store, dir.resolve("replica-2"));

        List<String> requests = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            for (Path q : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                requests.add("newskg/sparql?query=" + Http.encode(Files.readString(q)));
            }
        }
        requests.addAll(List.of("api/search?q=ana", "api/entity?iri=person:ana-lopez",
                "api/article?iri=article:100_fixture0000000a", "api/neighbourhood?iri=person:ana-lopez"));
        try (Replica a = serve(dir.resolve("replica-1")); Replica b = serve(dir.resolve("replica-2"))) {
            assertFalse(a.base().equals(b.base()), "two ports");
            int rows = 0;
            for (String path : requests) {
                HttpResponse<String> x = Http.get(a.base() + path, "application/sparql-results+json, application/json");
                HttpResponse<String> y = Http.get(b.base() + path, "application/sparql-results+json, application/json");
                assertEquals(200, x.statusCode(), path + ": " + x.body());
                assertEquals(x.statusCode(), y.statusCode(), path);
                assertEquals(x.body(), y.body(), path);
                rows += x.body().contains("\"value\"") ? 1 : 0;
            }
            assertTrue(rows >= 5, "the queries return rows, not only empty answers (" + rows + ")");
            for (String iri : List.of("id/person/ana-lopez", "id/article/100_fixture0000000a")) {
                HttpResponse<String> x = Http.get(a.base() + iri, "text/turtle");
                assertEquals(200, x.statusCode(), iri);
                assertEquals(x.body(), Http.get(b.base() + iri, "text/turtle").body(), iri);
            }
        }
    }
}
