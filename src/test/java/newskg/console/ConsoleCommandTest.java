package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newskg.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newskg console} through the real command line, standard input swapped for a script. */
class ConsoleCommandTest {
    @TempDir
    Path tmp;

    private Path store;
    private Path queries;

    @BeforeEach
    void buildStore() throws IOException {
        store = tmp.resolve("store");
        TestGraph.store(store).close();
        queries = Files.createDirectory(tmp.resolve("queries"));
        Files.writeString(queries.resolve("people.rq"), TestGraph.PEOPLE + "\n");
    }

    private record Result(int code, String out, String err) {
    }

    private Result console(String script, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("console", "--history", tmp.resolve("history").toString()));
        all.addAll(List.of(args));
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = cl.execute(all.toArray(String[]::new));
            return new Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void runsAScriptFromStandardInput() {
        Result r = console("\\run people\n", "--store", store.toString(), "--queries", queries.toString(), "--batch");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(TestGraph.PEOPLE_TABLE), r.out());
        assertTrue(r.out().matches("(?s).*\n2 rows \\(\\d+\\.\\d{3} s\\)\n"), r.out());
    }

    @Test
    void readsStandardInputWhenItIsNotATerminal() {
        // Under the test runner System.console() is null: no --batch needed.
        Result r = console("ASK { person:bob a nkg:Person };\n", "--store", store.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("yes", r.out().lines().findFirst().orElse(""));
    }

    @Test
    void exitsWithOneWhenAnyQueryFailed() {
        Result r = console("SELECT nonsense;\nASK {};\n", "--store", store.toString(), "--batch");

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("error: malformed query: "), r.err());
        assertTrue(r.out().startsWith("yes\n"), r.out());
    }

    @Test
    void formatOptionSetsTheFirstFormat() {
        Result r = console("ASK {};\n", "--store", store.toString(), "--format", "json", "--batch");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"boolean\" : true"), r.out());
    }

    @Test
    void storeAndEndpointTogetherIsAUsageError() {
        Result r = console("", "--store", store.toString(), "--endpoint", "http://localhost:3030/ds/sparql");

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("give --store or --endpoint, not both"), r.err());
    }

    @Test
    void badEndpointAndFormatAreUsageErrors() {
        assertEquals(2, console("", "--endpoint", "ftp://example.org/sparql").code());
        assertEquals(2, console("", "--store", store.toString(), "--format", "ttl").code());
    }

    @Test
    void missingStoreFailsWithAMessage() {
        Path missing = tmp.resolve("nothing");
        Result r = console("", "--store", missing.toString());

        assertEquals(1, r.code());
        assertEquals("newskg: " + missing + ": no store here; run 'newskg build' first (or give --store DIR)\n", r.err());
    }
}
