package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.cli.Main;
import newskg.store.GraphStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newskg serve} through {@link Main#commandLine()}: start-up message, serving, stopping, errors. */
class ServeCommandTest {
    @TempDir
    Path dir;
    private Path storeDir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void storeDir() {
        storeDir = dir.resolve("store");
    }

    /** Only the tests that get past option checking need a real store. */
    private void fillStore() {
        TestGraphs.store(storeDir).close();
    }

    private int serve(String... args) {
        CommandLine cl = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    @Test
    void servesUntilInterruptedThenClosesTheStore() throws Exception {
        fillStore();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(serve("--store", storeDir.toString(), "--port", "0", "--timeout", "5")));
        serving.start();
        try {
            Matcher m = awaitOutput(Pattern.compile("SPARQL: +(http://127\\.0\\.0\\.1:(\\d+)/newskg/sparql)\n"));
            String sparql = m.group(1);
            String base = "http://127.0.0.1:" + m.group(2) + "/";
            String text = out.toString();
            assertTrue(text.startsWith("newskg: serving " + storeDir + " (read-only)\n"), text);
            assertTrue(text.contains("  UI:       " + base + "\n"), text);
            assertTrue(text.contains("  Editor:   " + base + "#/dataset/newskg/query\n"), text);
            assertTrue(text.contains("  Explorer: " + base + "explore\n"), text);
            assertTrue(text.contains("  Console:  ./newskg console --endpoint " + sparql + "\n"), text);
            // The tests run in the project directory: the links carry the project's query files.
            for (ReadyQuery q : ReadyQuery.forStartup(Path.of("queries"))) {
                assertTrue(text.contains("    " + q.title() + ":\n      " + q.uiLink(base, "newskg") + "\n"), text);
            }
            assertTrue(text.contains("Queries stop after 5 s and return at most 10000 rows."), text);

            HttpResponse<String> r = Http.query(sparql, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
            assertEquals("n\r\n14\r\n", r.body());
            awaitOutput(Pattern.compile("GET /newskg/sparql\\?query=\\S+ 200 \\d+ ms\n"));
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertFalse(serving.isAlive());
        assertEquals(0, exit.get(), err.toString());
        assertTrue(out.toString().endsWith("newskg: server stopped, store closed\n"), out.toString());
        try (GraphStore reopened = GraphStore.open(storeDir)) {
            assertEquals(16, reopened.size());
        }
    }

    private Matcher awaitOutput(Pattern p) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + p + " in output:\n" + out + "\nerrors:\n" + err);
    }

    @Test
    void portInUseIsAClearError() throws Exception {
        fillStore();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(1, serve("--store", storeDir.toString(), "--port", Integer.toString(port)));
            assertTrue(err.toString().startsWith("newskg: 127.0.0.1:" + port + ": cannot listen there, the port is in use"),
                    err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
        }
        try (GraphStore reopened = GraphStore.open(storeDir)) {
            assertEquals(16, reopened.size());
        }
    }

    @Test
    void storeLockedByAnotherProcessIsAClearError() throws Exception {
        fillStore();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), storeDir.toString()).redirectErrorStream(true).start();
        try {
            String first = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertEquals("locked 16", first);
            assertEquals(1, serve("--store", storeDir.toString(), "--port", "0"));
            assertTrue(err.toString().startsWith("newskg: " + storeDir + ": store is in use by another process"),
                    err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(10, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
    }

    @Test
    void missingStoreIsAClearError() {
        assertEquals(1, serve("--store", dir.resolve("nothing").toString(), "--port", "0"));
        assertTrue(err.toString().startsWith("newskg: " + dir.resolve("nothing") + ": no store here"), err.toString());
    }

    @Test
    void allowUpdateAloneIsAUsageError() {
        assertEquals(2, serve("--store", storeDir.toString(), "--allow-update"));
        assertTrue(err.toString().startsWith("--allow-update needs --user NAME and --password-file FILE"
                + " (there is no default password)"), err.toString());
        assertEquals(2, serve("--store", storeDir.toString(), "--allow-update", "--user", "editor"));
    }

    @Test
    void aWatchedDirectoryThatIsNotOneIsAClearError() throws Exception {
        fillStore();
        Path missing = dir.resolve("no-such-dir");
        assertEquals(1, serve("--store", storeDir.toString(), "--port", "0", "--watch", missing.toString()));
        assertEquals("newskg: " + missing + ": not a directory to watch\n", err.toString());
        try (GraphStore reopened = GraphStore.open(storeDir)) {
            assertEquals(16, reopened.size());
        }
    }

    @Test
    void allowIngestNeedsCredentials() {
        assertEquals(2, serve("--store", storeDir.toString(), "--allow-ingest"));
        assertTrue(err.toString().startsWith("--allow-ingest needs --user NAME and --password-file FILE"
                + " (there is no default password)"), err.toString());
    }

    @Test
    void watchedDirectoryArticlesAreIngestedWhileServing() throws Exception {
        fillStore();
        Path incoming = Files.createDirectories(dir.resolve("incoming"));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(serve("--store", storeDir.toString(), "--port", "0", "--watch",
                incoming.toString())));
        serving.start();
        try {
            Matcher m = awaitOutput(Pattern.compile("SPARQL: +(http://127\\.0\\.0\\.1:(\\d+)/newskg/sparql)\n"));
            awaitOutput(Pattern.compile("  Watching: " + Pattern.quote(incoming.toString())));
            Path tmp = Files.writeString(dir.resolve("ferry.tmp"), LiveIngestTest.ALPHA);
            Files.createDirectories(incoming.resolve("harbor"));
            Files.move(tmp, incoming.resolve("harbor/ferry.txt"));
            awaitOutput(Pattern.compile("newskg: ingested harbor/ferry.txt, stored as "
                    + Pattern.quote(newskg.rdf.Iris.article("harbor/ferry.txt")) + "\n"));
            HttpResponse<String> r = Http.query(m.group(1), "ASK { GRAPH <" + newskg.rdf.Iris.article("harbor/ferry.txt")
                    + "> { ?p <http://www.w3.org/2004/02/skos/core#prefLabel> \"Dario Pellstrom\" } }", "text/csv");
            assertTrue(r.body().contains("true"), r.body());
            Files.writeString(incoming.resolve("harbor/empty.txt"), "\n\n");
            awaitOutput(Pattern.compile("newskg: skipped .*harbor/empty.txt: empty file, no article text\n"));
        } finally {
            serving.interrupt();
            serving.join(20_000);
        }
        assertEquals(0, exit.get(), err.toString());
    }

    @Test
    void credentialsWithoutAllowUpdateAreAUsageError() {
        assertEquals(2, serve("--store", storeDir.toString(), "--user", "editor"));
        assertTrue(err.toString().startsWith("--user and --password-file only go with --allow-update"), err.toString());
    }

    @Test
    void unreadableOrEmptyPasswordFileIsAUsageError() throws Exception {
        Path missing = dir.resolve("missing.txt");
        assertEquals(2, serve("--store", storeDir.toString(), "--allow-update", "--user", "editor",
                "--password-file", missing.toString()));
        assertTrue(err.toString().startsWith("--password-file " + missing + ": cannot read it"), err.toString());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n");
        assertEquals(2, serve("--store", storeDir.toString(), "--allow-update", "--user", "editor",
                "--password-file", empty.toString()));
    }

    @Test
    void badLimitsAreUsageErrors() {
        assertEquals(2, serve("--store", storeDir.toString(), "--timeout", "0"));
        assertEquals(2, serve("--store", storeDir.toString(), "--max-rows", "-5"));
        assertEquals(2, serve("--store", storeDir.toString(), "--port", "70000"));
    }
}
