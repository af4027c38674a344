package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newskg.store.GraphStore;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console scripted through its input, over a real TDB2 store. */
class ConsoleTest {
    private static final String COUNT = "\\d+ rows? \\(\\d+\\.\\d{3} s\\)";

    @TempDir
    Path tmp;

    private StoreTarget target;
    private Path queries;

    @BeforeEach
    void openStore() throws IOException {
        GraphStore store = TestGraph.store(tmp.resolve("store"));
        target = new StoreTarget(store);
        queries = Files.createDirectory(tmp.resolve("queries"));
    }

    @AfterEach
    void closeStore() {
        target.close();
    }

    private ConsoleRun run(String script) {
        return ConsoleRun.of(target, queries, script);
    }

    private static List<String> peopleTable() {
        return TestGraph.PEOPLE_TABLE.lines().toList();
    }

    @Test
    void queryPrintsAlignedRowsAndTheRowCount() {
        ConsoleRun run = run(TestGraph.PEOPLE + ";\n");

        List<String> lines = run.outLines();
        assertEquals(peopleTable(), lines.subList(0, 4));
        assertEquals(5, lines.size(), run.out());
        assertTrue(lines.get(4).matches("2 rows " + "\\(\\d+\\.\\d{3} s\\)"), lines.get(4));
        assertEquals("", run.err());
        assertEquals(0, run.exitCode());
    }

    @Test
    void runNameRunsTheQueryFileInTheQueriesDirectory() throws IOException {
        Files.writeString(queries.resolve("people.rq"), "# People and their names\n" + TestGraph.PEOPLE + "\n");

        ConsoleRun run = run("\\run people\n");

        assertEquals(peopleTable(), run.outLines().subList(0, 4));
        assertTrue(run.outLines().get(4).matches("2 rows .*"), run.out());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void runFileRunsAQueryFileGivenByPath() throws IOException {
        Path file = Files.writeString(tmp.resolve("who.rq"), TestGraph.PEOPLE + ";\n");

        ConsoleRun run = run("\\run " + file + "\n");

        assertEquals(peopleTable(), run.outLines().subList(0, 4));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void runOfAMissingQueryFailsAndNamesTheQueriesThereAre() throws IOException {
        Files.writeString(queries.resolve("people.rq"), TestGraph.PEOPLE);

        ConsoleRun run = run("\\run nobody\n");

        assertEquals(List.of("error: " + queries.resolve("nobody.rq") + ": no such query file (queries in "
                + queries + ": people)"), run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void malformedQueryPrintsLineAndColumnAndTheNextQueryRuns() {
        String bad = """
                SELECT ?person WHERE {
                  ?person a nkg:Person
                  FILTER(
                };
                """;

        ConsoleRun run = run(bad + TestGraph.PEOPLE + ";\n");

        assertEquals(List.of(
                "error: malformed query: Encountered \" \"}\" \"} \"\" at line 4, column 1.",
                "  4 | }",
                "    | ^"), run.errLines());
        assertEquals(peopleTable(), run.outLines().subList(0, 4));
        assertEquals(1, run.exitCode());
    }

    @Test
    void lexicalErrorPointsAtTheColumnInTheQueryLine() {
        ConsoleRun run = run("\n\nSELECT ?p WHERE {\n  ?p a nkg:Person ;\n     skos:prefLabel \"Alice }\n};\n");

        assertEquals(List.of(
                "error: malformed query: Lexical error at line 3, column 29.  Encountered: '10' (10), after prefix \"\\\"Alice }\"",
                "  3 |      skos:prefLabel \"Alice }",
                "    |                             ^"), run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void unknownPrefixIsReportedWithLineAndColumn() {
        ConsoleRun run = run("SELECT * WHERE { ?s foo:bar ?o };\n");

        assertEquals(List.of(
                "error: malformed query: Line 1, column 21: Unresolved prefixed name: foo:bar",
                "  1 | SELECT * WHERE { ?s foo:bar ?o }",
                "    |                     ^"), run.errLines());
    }

    @Test
    void exportWithoutConstructWritesTheWholeGraphAsTurtle() {
        Path file = tmp.resolve("all.ttl");

        ConsoleRun run = run("\\export " + file + "\n");

        assertEquals(List.of("wrote 15 triples to " + file + " (the whole graph)"), run.outLines());
        Model written = RDFDataMgr.loadModel(file.toString());
        assertTrue(written.isIsomorphicWith(TestGraph.union()), () -> written.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void exportWritesTheLastConstructResult() {
        Path file = tmp.resolve("names.ttl");
        String construct = "CONSTRUCT { ?p skos:prefLabel ?n } WHERE { ?p a nkg:Person ; skos:prefLabel ?n };\n";

        ConsoleRun run = run(construct + TestGraph.PEOPLE + ";\n\\export " + file + "\n");

        Model expected = ModelFactory.createDefaultModel();
        RDFDataMgr.read(expected, new ByteArrayInputStream("""
                <https://w3id.org/newskg/id/person/alice> <http://www.w3.org/2004/02/skos/core#prefLabel> "Alice Smith"@en .
                <https://w3id.org/newskg/id/person/bob> <http://www.w3.org/2004/02/skos/core#prefLabel> "Bob Jones"@en .
                """.getBytes(StandardCharsets.UTF_8)), org.apache.jena.riot.Lang.NTRIPLES);
        Model written = RDFDataMgr.loadModel(file.toString());
        assertTrue(written.isIsomorphicWith(expected), () -> written.toString());
        assertTrue(run.out().contains("person:alice  skos:prefLabel  \"Alice Smith\"@en ."), run.out());
        assertEquals(List.of("PREFIX person: <https://w3id.org/newskg/id/person/>",
                "PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>"),
                run.outLines().stream().filter(l -> l.startsWith("PREFIX")).toList(), "only the prefixes used");
        assertTrue(run.outLines().contains("wrote 2 triples to " + file + " (the last CONSTRUCT/DESCRIBE result)"),
                run.out());
    }

    @Test
    void formatCsvPrintsCsvAndSendsNotesToErr() {
        ConsoleRun run = run("\\format csv\n" + TestGraph.PEOPLE + ";\n");

        assertEquals("person,name\r\n"
                + "https://w3id.org/newskg/id/person/alice,Alice Smith\r\n"
                + "https://w3id.org/newskg/id/person/bob,Bob Jones\r\n", run.out());
        assertEquals("format: csv", run.errLines().get(0));
        assertTrue(run.errLines().get(1).matches(COUNT), run.err());
        assertEquals(0, run.exitCode());
    }

    @Test
    void formatJsonPrintsSparqlJsonResults() {
        ConsoleRun run = run("\\format json\n" + TestGraph.PEOPLE + ";\n");

        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("person", "name"), rs.getResultVars());
        assertEquals("Alice Smith", rs.next().getLiteral("name").getString());
        assertEquals("Bob Jones", rs.next().getLiteral("name").getString());
        assertTrue(!rs.hasNext());
    }

    @Test
    void askPrintsYesOrNo() {
        ConsoleRun run = run("ASK { person:bob a nkg:Person };\nASK { person:bob a nkg:Place };\n");

        assertEquals("yes", run.outLines().get(0));
        assertEquals("no", run.outLines().get(2));
    }

    @Test
    void queryLeftWithoutSemicolonAtTheEndOfTheInputRuns() {
        ConsoleRun run = run(TestGraph.PEOPLE + "\n");

        assertEquals(peopleTable(), run.outLines().subList(0, 4));
        assertEquals(0, run.exitCode());
    }

    @Test
    void namedGraphsCanBeQueriedOneByOne() {
        ConsoleRun run = run("SELECT ?name WHERE { GRAPH article:a1 { ?p skos:prefLabel ?name } } ORDER BY ?name;\n");

        assertEquals(List.of(" name", "--------------", " Alice Smith", " City Council"), run.outLines().subList(0, 4));
    }

    @Test
    void unknownCommandAndFormatAreErrorsAndTheConsoleGoesOn() {
        ConsoleRun run = run("\\frobnicate\n\\format xml\nASK {};\n");

        assertEquals(List.of("error: unknown command \\frobnicate (\\help lists the commands)",
                "error: unknown format 'xml' (use table, csv or json)"), run.errLines());
        assertEquals("yes", run.outLines().get(0));
        assertEquals(1, run.exitCode());
    }

    @Test
    void quitStopsReading() {
        ConsoleRun run = run("\\quit\n" + TestGraph.PEOPLE + ";\n");

        assertEquals("", run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void anUnterminatedStringIsReportedWhenACommandFollowsAndTheCommandRuns() throws IOException {
        Files.writeString(queries.resolve("people.rq"), TestGraph.PEOPLE + "\n");

        ConsoleRun run = run("SELECT * WHERE { ?s ?p \"Alice }\n\\run people\nASK {};\n");

        assertEquals(List.of("error: query not run: the string opened at line 1, column 24 is not closed before"
                + " \\run people"), run.errLines());
        assertEquals(peopleTable(), run.outLines().subList(0, 4));
        assertTrue(run.outLines().contains("yes"), run.out());
        assertEquals(1, run.exitCode());
    }

    @Test
    void anUnclosedBracketIsReportedAtTheEndOfTheInput() {
        ConsoleRun run = run("ASK {};\nSELECT ?p WHERE {\n  ?p a nkg:Person .\n  FILTER(?p != person:bob\n");

        assertEquals(List.of("error: query not run: the '(' opened at line 3, column 9 is not closed at the end of the"
                + " input"), run.errLines());
        assertEquals("yes", run.outLines().get(0));
        assertEquals(1, run.exitCode());
    }

    @Test
    void aWholeQueryWithoutSemicolonRunsBeforeTheCommandAfterIt() {
        ConsoleRun run = run("ASK { person:bob a nkg:Person }\n\\format csv\n");

        assertEquals("yes", run.outLines().get(0));
        assertTrue(run.errLines().contains("format: csv"), run.err());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void exportSaysWhyItCannotWrite() throws IOException {
        Path missing = tmp.resolve("no/such/dir/all.ttl");
        Path file = Files.writeString(tmp.resolve("file"), "x");

        ConsoleRun run = run("\\export " + missing + "\n\\export " + tmp + "\n\\export " + file.resolve("x.ttl") + "\n");

        assertEquals(List.of("error: " + missing + ": cannot write there: no directory " + missing.getParent(),
                "error: " + tmp + ": cannot write there: it is a directory",
                "error: " + file.resolve("x.ttl") + ": cannot write there: " + file + " is a file, not a directory"),
                run.errLines());
        assertEquals(1, run.exitCode());
    }

    @Test
    void serviceIsRefusedOnTheStore() {
        ConsoleRun run = run("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } };\n");

        assertEquals(List.of("error: SERVICE is turned off: the query would send a request to another endpoint;"
                + " start with --allow-service to allow it"), run.errLines());
    }

    @Test
    void prefixesListsTheDeclaredPrefixes() {
        ConsoleRun run = run("\\prefixes\n");

        assertEquals(15, run.outLines().size());
        assertTrue(run.outLines().contains("PREFIX nkg:          <https://w3id.org/newskg/ontology#>"), run.out());
        assertTrue(run.outLines().contains("PREFIX organization: <https://w3id.org/newskg/id/organization/>"), run.out());
    }

    @Test
    void helpListsEveryCommand() {
        ConsoleRun run = run("\\help\n");

        for (String command : Commands.NAMES) {
            assertTrue(run.out().contains(command), command);
        }
    }
}
