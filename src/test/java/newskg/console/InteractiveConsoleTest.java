package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newskg.query.ResultFormat;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive console on a JLine terminal fed from a stream: prompts, multi-line queries, history. */
class InteractiveConsoleTest {
    @TempDir
    Path tmp;

    private StoreTarget target;
    private Path history;

    @BeforeEach
    void openStore() {
        target = new StoreTarget(TestGraph.store(tmp.resolve("store")));
        history = tmp.resolve("history");
    }

    @AfterEach
    void closeStore() {
        target.close();
    }

    /** What the terminal shows after {@code typed} is typed. */
    private String type(String typed) throws IOException {
        return type(typed, Terminal.TYPE_DUMB);
    }

    /** The same on a terminal of type {@code type}: JLine's dumb terminal has no Tab completion. */
    private String type(String typed, String type) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out).type(type).build()) {
            assertEquals(0, new Console(target, tmp, ResultFormat.TABLE).runInteractive(terminal, history));
        }
        return out.toString(StandardCharsets.UTF_8).replace("\r", "");
    }

    private List<String> historyEntries() throws IOException {
        LineReader reader = LineReaderBuilder.builder().variable(LineReader.HISTORY_FILE, history).build();
        History h = new DefaultHistory(reader);
        List<String> entries = new ArrayList<>();
        for (History.Entry e : h) {
            entries.add(e.line());
        }
        return entries;
    }

    @Test
    void multiLineQueryRunsWhenEndedAndIsOneHistoryEntry() throws IOException {
        String screen = type(TestGraph.PEOPLE + ";\n\\quit\n");

        assertTrue(screen.contains("newskg console on store " + tmp.resolve("store")), screen);
        assertTrue(screen.contains(TestGraph.PEOPLE_TABLE), screen);
        assertTrue(screen.contains(Console.CONTINUATION), screen);
        assertTrue(screen.matches("(?s).*\n2 rows \\(\\d+\\.\\d{3} s\\)\n.*"), screen);
        assertEquals(List.of(TestGraph.PEOPLE + ";", "\\quit"), historyEntries());
    }

    @Test
    void historyIsKeptAcrossSessions() throws IOException {
        type("ASK { ?s ?p ?o };\n");
        type("\\prefixes\n");

        assertEquals(List.of("ASK { ?s ?p ?o };", "\\prefixes"), historyEntries());
    }

    @Test
    void errorsAreShownAndTheSessionGoesOnUntilEndOfInput() throws IOException {
        String screen = type("SELECT * WHERE { ?s foo:bar ?o };\nASK { person:bob a nkg:Person };\n");

        assertTrue(screen.contains("error: malformed query: Line 1, column 21: Unresolved prefixed name: foo:bar\n"
                + "  1 | SELECT * WHERE { ?s foo:bar ?o }\n"
                + "    |                     ^\n"), screen);
        assertTrue(screen.contains("\nyes\n"), screen);
    }

    @Test
    void aCommandEndsAnUnterminatedQueryWhichIsReported() throws IOException {
        String screen = type("SELECT * WHERE { ?s ?p \"open\n\\prefixes\nASK {};\n");

        assertTrue(screen.contains("error: query not run: the string opened at line 1, column 24 is not closed before"
                + " \\prefixes\n"), screen);
        assertTrue(screen.contains("PREFIX nkg:"), screen);
        assertTrue(screen.contains("\nyes\n"), screen);
    }

    @Test
    void tabCompletesOntologyTerms() throws IOException {
        String screen = type("ASK { person:bob a nkg:Person ; skos:prefLab\t\"Bob Jones\"@en };\n", "ansi");

        assertTrue(screen.contains("yes\n"), screen);
        assertEquals(List.of("ASK { person:bob a nkg:Person ; skos:prefLabel \"Bob Jones\"@en };"), historyEntries());
    }
}
