package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import newskg.cli.Main;
import newskg.store.GraphStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The console over a store built from {@code seeds/} by the real {@code build} command. */
class SeedsConsoleTest {
    @TempDir
    Path tmp;

    @Test
    void consoleOverTheSeedsStoreCountsArticlesAndExportsTheWholeGraph() {
        Path store = tmp.resolve("store");
        CommandLine build = Main.commandLine();
        StringWriter buildErr = new StringWriter();
        build.setErr(new PrintWriter(buildErr));
        build.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, build.execute("build", "--store", store.toString(), "--input", "seeds"), buildErr.toString());

        Path file = tmp.resolve("all.ttl");
        ConsoleRun run;
        try (StoreTarget target = new StoreTarget(GraphStore.open(store))) {
            run = ConsoleRun.of(target, tmp, """
                    SELECT (COUNT(?a) AS ?articles) WHERE { ?a a nkg:Article };
                    ASK { ?p a nkg:Person ; skos:prefLabel ?name };
                    \\export %s
                    SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o };
                    """.formatted(file));
        }

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals(List.of(" articles", "----------", "        3"), lines.subList(0, 3));
        assertEquals("yes", lines.get(4));
        Model written = RDFDataMgr.loadModel(file.toString());
        assertTrue(lines.get(6).startsWith("wrote " + written.size() + " triples to " + file), lines.get(6));
        assertEquals(" " + written.size(), lines.get(9).replaceAll(" +", " "), run.out());
    }
}
