package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newskg.cli.Main;
import newskg.server.GraphServer;
import newskg.store.GraphStore;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The same console against a real Fuseki server, started on a free loopback port. */
class EndpointConsoleTest {
    @TempDir
    Path tmp;

    private GraphStore store;
    private FusekiServer server;
    private String sparql;

    @BeforeEach
    void startServer() {
        store = TestGraph.store(tmp.resolve("store"));
        server = FusekiServer.create().port(0).loopback(true).add("/ds", store.datasetGraph(), false).build();
        server.start();
        sparql = "http://localhost:" + server.getPort() + "/ds/sparql";
    }

    @AfterEach
    void stopServer() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    @Test
    void queriesWithPredeclaredPrefixesRunOnTheEndpoint() {
        try (EndpointTarget target = new EndpointTarget(sparql)) {
            ConsoleRun run = ConsoleRun.of(target, tmp, TestGraph.PEOPLE + ";\n");

            assertEquals(TestGraph.PEOPLE_TABLE.lines().toList(), run.outLines().subList(0, 4));
            assertTrue(run.outLines().get(4).matches("2 rows \\(\\d+\\.\\d{3} s\\)"), run.out());
            assertEquals(0, run.exitCode(), run.err());
        }
    }

    @Test
    void malformedQueryIsReportedLocallyAndTheNextOneRuns() {
        try (EndpointTarget target = new EndpointTarget(sparql)) {
            ConsoleRun run = ConsoleRun.of(target, tmp, "SELECT ?p WHERE {\n  ?p a nkg:Person\n  FILTER(\n};\n"
                    + "ASK { person:alice a nkg:Person };\n");

            assertEquals("error: malformed query: Encountered \" \"}\" \"} \"\" at line 4, column 1.", run.errLines().get(0));
            assertEquals("yes", run.outLines().get(0));
            assertEquals(1, run.exitCode());
        }
    }

    @Test
    void exportOfTheWholeGraphUsesConstructOverTheEndpoint() {
        Path file = tmp.resolve("all.ttl");
        try (EndpointTarget target = new EndpointTarget(sparql)) {
            ConsoleRun run = ConsoleRun.of(target, tmp, "\\export " + file + "\n");

            assertEquals(List.of("wrote 15 triples to " + file + " (the whole graph)"), run.outLines());
            Model written = RDFDataMgr.loadModel(file.toString());
            assertTrue(written.isIsomorphicWith(TestGraph.union()), () -> written.toString());
        }
    }

    @Test
    void aNewskgServerCuttingAnAnswerAtItsRowCapIsNoted() {
        GraphServer capped = GraphServer.create().dataset(store.datasetGraph()).port(0).maxRows(1).build().start();
        try (EndpointTarget target = new EndpointTarget(capped.sparqlUrl())) {
            ConsoleRun run = ConsoleRun.of(target, tmp, TestGraph.PEOPLE + ";\n" + TestGraph.PEOPLE + " LIMIT 1;\n");

            List<String> notes = run.outLines().stream().filter(l -> l.contains("at most")).toList();
            assertEquals(List.of("the server returns at most 1 rows and this answer has more: add ORDER BY with LIMIT"
                    + " and OFFSET to read the rest"), notes, run.out());
            assertTrue(run.outLines().get(run.outLines().indexOf(notes.get(0)) - 1).matches("1 row \\(.*"), run.out());
        } finally {
            capped.stop();
        }
    }

    @Test
    void unreachableEndpointIsAnErrorAndTheConsoleGoesOn() {
        server.stop();
        try (EndpointTarget target = new EndpointTarget(sparql)) {
            ConsoleRun run = ConsoleRun.of(target, tmp, "ASK {};\n\\prefixes\n");

            assertTrue(run.errLines().get(0).startsWith("error: endpoint " + sparql + ": "), run.err());
            assertEquals(15, run.outLines().size());
            assertEquals(1, run.exitCode());
        }
    }

    @Test
    void consoleCommandTakesAnEndpoint() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream((TestGraph.PEOPLE + ";\n").getBytes(StandardCharsets.UTF_8)));
        int code;
        try {
            code = cl.execute("console", "--endpoint", sparql, "--batch", "--history", tmp.resolve("h").toString());
        } finally {
            System.setIn(stdin);
        }

        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith(TestGraph.PEOPLE_TABLE), out.toString());
    }
}
