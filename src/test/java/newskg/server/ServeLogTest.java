package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.cli.Main;
import newskg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newskg serve} in its own JVM, as users run it, sent hostile requests: each gets its status
 * and the output holds exactly one line per request, never a stack trace or a warning.
 */
class ServeLogTest {
    private static final Pattern REQUEST_LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d 127\\.0\\.0\\.1 [A-Z]+ \\S+ \\d{3} \\d+ ms");
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i ."
            + " ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u . ?v ?w ?x }";

    @TempDir
    Path dir;

    @Test
    void hostileRequestsGetTheirStatusAndOneLogLineEach() throws Exception {
        Path storeDir = dir.resolve("store");
        TestGraphs.store(storeDir).close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process serve = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--store", storeDir.toString(), "--port", "0", "--timeout", "1")
                .redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            String sparql = awaitSparqlUrl(output);
            String base = sparql.substring(0, sparql.indexOf("newskg/sparql"));
            int firstRequestLine = output.size();
            Map<String, Supplier<Integer>> requests = new java.util.LinkedHashMap<>();
            requests.put("nested 1000 deep", () -> query(sparql, "SELECT * { " + "{ ".repeat(1000) + "} ".repeat(1000)));
            requests.put("parse error", () -> query(sparql, "SELECT * { ?s ?p"));
            requests.put("unclosed string", () -> query(sparql, "SELECT * { ?s ?p \"x }"));
            requests.put("long sum", () -> post(sparql, "application/sparql-query",
                    "ASK { FILTER(1" + "+1".repeat(30_000) + " > 0) }"));
            requests.put("SERVICE", () -> query(sparql, "SELECT * { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }"));
            requests.put("timeout", () -> query(sparql, CROSS_PRODUCT));
            requests.put("empty query", () -> get(sparql + "?query="));
            requests.put("no query", () -> get(sparql));
            requests.put("two queries", () -> get(sparql + "?query=ASK%7B%7D&query=ASK%7B%7D"));
            requests.put("unknown parameter", () -> get(sparql + "?query=ASK%7B%7D&frobnicate=1"));
            requests.put("bad percent escape", () -> raw(sparql, "GET /newskg/sparql?query=%zz HTTP/1.1"));
            requests.put("escape not UTF-8", () -> raw(sparql, "GET /newskg/get?graph=urn:%FF%FE HTTP/1.1"));
            requests.put("bad escape in a form", () -> post(sparql, "application/x-www-form-urlencoded", "query=%zz"));
            requests.put("wrong content type", () -> post(sparql, "text/plain", "ASK {}"));
            requests.put("long URI", () -> query(sparql, "#" + "x".repeat(70_000) + "\nASK {}"));
            requests.put("long body", () -> post(sparql, "application/sparql-query", "#" + "x".repeat(70_000) + "\nASK {}"));
            requests.put("update", () -> post(base + "newskg/update", "application/sparql-update", "CLEAR ALL"));
            requests.put("write", () -> post(base + "newskg/data?default", "text/turtle", "<urn:a> <urn:b> <urn:c> ."));
            requests.put("missing graph", () -> get(base + "newskg/get?graph=urn:nothing"));
            requests.put("path traversal", () -> get(base + "..%2F..%2Fetc%2Fpasswd"));
            requests.put("a fine query", () -> query(sparql, "ASK { ?s ?p ?o }"));
            Map<String, Integer> expected = Map.ofEntries(Map.entry("nested 1000 deep", 400), Map.entry("parse error", 400),
                    Map.entry("unclosed string", 400), Map.entry("long sum", 400), Map.entry("SERVICE", 403),
                    Map.entry("timeout", 503), Map.entry("no query", 400), Map.entry("empty query", 400), Map.entry("two queries", 400),
                    Map.entry("unknown parameter", 200), Map.entry("bad percent escape", 400),
                    Map.entry("escape not UTF-8", 400), Map.entry("bad escape in a form", 400),
                    Map.entry("wrong content type", 415), Map.entry("long URI", 414), Map.entry("long body", 413),
                    Map.entry("update", 405), Map.entry("write", 405), Map.entry("missing graph", 404),
                    Map.entry("path traversal", 400), Map.entry("a fine query", 200));
            List<String> wrong = new ArrayList<>();
            requests.forEach((what, send) -> {
                int status = send.get();
                if (status != expected.get(what)) {
                    wrong.add(what + ": " + status + " (expected " + expected.get(what) + ")");
                }
            });
            assertEquals(List.of(), wrong, String.join("\n", output));
            awaitLines(output, firstRequestLine + requests.size());
            Thread.sleep(300);
            List<String> after = new ArrayList<>(output.subList(firstRequestLine, output.size()));
            assertEquals(requests.size(), after.size(), String.join("\n", after));
            for (String line : after) {
                assertTrue(REQUEST_LINE.matcher(line).matches(), "not a request line: " + line + "\n" + String.join("\n", after));
            }
        } finally {
            serve.destroy();
            serve.waitFor(20, TimeUnit.SECONDS);
            serve.destroyForcibly();
            reader.join(5000);
        }
        try (GraphStore reopened = GraphStore.open(storeDir)) {
            assertEquals(16, reopened.size());
        }
    }

    private static String awaitSparqlUrl(List<String> output) throws InterruptedException {
        Pattern p = Pattern.compile("  SPARQL: +(http://127\\.0\\.0\\.1:\\d+/newskg/sparql)");
        for (int i = 0; i < 600; i++) {
            synchronized (output) {
                for (String line : output) {
                    Matcher m = p.matcher(line);
                    if (m.matches()) {
                        // The start-up message ends with the limits lines; wait for all of it.
                        if (output.stream().anyMatch(l -> l.startsWith("  At most "))) {
                            return m.group(1);
                        }
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not start:\n" + String.join("\n", output));
    }

    private static void awaitLines(List<String> output, int n) throws InterruptedException {
        for (int i = 0; i < 100 && output.size() < n; i++) {
            Thread.sleep(50);
        }
    }

    private static int query(String endpoint, String sparql) {
        return Http.query(endpoint, sparql, "text/csv").statusCode();
    }

    private static int get(String url) {
        return Http.send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode();
    }

    /** Sends a request line no URI class would build, on a socket of its own. */
    private static int raw(String url, String requestLine) {
        URI uri = URI.create(url);
        try (java.net.Socket s = new java.net.Socket(uri.getHost(), uri.getPort())) {
            s.getOutputStream().write((requestLine + "\r\nHost: " + uri.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int post(String url, String contentType, String body) {
        return Http.body("POST", url, contentType, body, null).statusCode();
    }
}
