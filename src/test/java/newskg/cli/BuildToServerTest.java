package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import newskg.server.ArticleIngest;
import newskg.server.GraphServer;
import newskg.store.GraphStore;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newskg build --server URL}: the articles go to a running server, which builds them with the
 * build's own pipeline; the store it serves ends up as a local build would leave it.
 */
class BuildToServerTest {
    @TempDir
    Path dir;
    private Path input;
    private Path passwordFile;
    private GraphStore served;
    private ArticleIngest ingest;
    private GraphServer server;

    @BeforeEach
    void start() throws Exception {
        input = Files.createDirectories(dir.resolve("in/harbor"));
        Files.writeString(input.resolve("ferry.txt"), """
                Harbor council weighs new ferry line

                Governor Dario Pellstrom met Mayor Ines Varkonyi in Quillport on Monday to discuss the ferry.
                "We will build it this year," Pellstrom said.
                """);
        Files.writeString(input.resolve("vote.txt"), """
                Ferry vote delayed

                Pellstrom said on Tuesday that the council vote would wait until May.
                """);
        input = input.getParent();
        passwordFile = Files.writeString(dir.resolve("password"), "s3cret\n");
        served = GraphStore.open(dir.resolve("served"));
        ingest = new ArticleIngest(served, 2, 4);
        server = GraphServer.create().dataset(served.datasetGraph()).port(0).allowIngest(ingest, "editor", "s3cret")
                .build().start();
    }

    @AfterEach
    void stop() {
        try {
            server.stop();
            ingest.close();
        } finally {
            served.close();
        }
    }

    private static List<String> nquads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.datasetGraph(), () -> RDFDataMgr.write(out, store.datasetGraph(), Lang.NQUADS));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return List.of(lines);
    }

    @Test
    void articlesSentToTheServerGiveTheStoreALocalBuildGives() {
        Cli.Run sent = Cli.run("build", "--server", server.serverUrl(), "--user", "editor", "--password-file",
                passwordFile.toString(), "--input", input.toString());

        assertEquals(0, sent.exit(), sent.err());
        assertTrue(sent.out().matches("Sent 2 articles to " + server.serverUrl() + ": 2 stored, 0 skipped in"
                + " \\d+\\.\\d s\n"), sent.out());
        Cli.Run local = Cli.run("build", "--store", dir.resolve("local").toString(), "--input", input.toString());
        assertEquals(0, local.exit(), local.err());
        try (GraphStore built = GraphStore.open(dir.resolve("local"))) {
            assertEquals(nquads(built), nquads(served));
        }
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStored() throws Exception {
        Files.write(input.resolve("harbor/broken.txt"), new byte[] {'T', 0, 1, 2});

        Cli.Run sent = Cli.run("build", "--server", server.serverUrl(), "--user", "editor", "--password-file",
                passwordFile.toString(), "--input", input.toString());

        assertEquals(1, sent.exit());
        assertEquals("newskg: skipped " + input.resolve("harbor/broken.txt") + ": binary file, not a text article\n",
                sent.err());
        // Word for word what a local build says.
        Cli.Run local = Cli.run("build", "--store", dir.resolve("local").toString(), "--input", input.toString());
        assertEquals(local.err(), sent.err());
        assertTrue(sent.out().startsWith("Sent 3 articles to " + server.serverUrl() + ": 2 stored, 1 skipped in"),
                sent.out());
    }

    @Test
    void jsonLinesRecordsAndOtherFormatsGoAsALocalBuildReadsThem() throws Exception {
        Files.writeString(input.resolve("feed.jsonl"), "{\"id\": \"wire-1\", \"title\": \"Dock strike ends\", \"text\":"
                + " \"Dock strike ends\\n\\nUnion leader Petra Salvesen said on Friday that the strike was over.\"}\n"
                + "{\"title\": \"No id\", \"text\": \"Ferry times\\n\\nMayor Ines Varkonyi announced new ferry times.\"}\n"
                + "{\"title\": \"Broken\"}\n");
        Files.writeString(input.resolve("harbor/notes.md"), "---\ntitle: Harbor notes\n---\n# Harbor notes\n\n"
                + "Governor Dario Pellstrom visited the **new** pier.\n");
        Files.writeString(input.resolve("photo.jpg"), "not an article");

        Cli.Run sent = Cli.run("build", "--server", server.serverUrl(), "--user", "editor", "--password-file",
                passwordFile.toString(), "--input", input.toString());
        Cli.Run local = Cli.run("build", "--store", dir.resolve("local").toString(), "--input", input.toString());

        assertEquals(1, sent.exit());
        assertEquals(local.err(), sent.err());
        assertTrue(sent.out().startsWith("Sent 7 articles to " + server.serverUrl() + ": 5 stored, 2 skipped in"),
                sent.out());
        try (GraphStore built = GraphStore.open(dir.resolve("local"))) {
            assertEquals(nquads(built), nquads(served));
        }
    }

    @Test
    void wrongCredentialsOrAServerWithoutIngestAreOneLineErrors() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "guess\n");
        Cli.Run refused = Cli.run("build", "--server", server.serverUrl(), "--user", "editor", "--password-file",
                wrong.toString(), "--input", input.toString());
        assertEquals(1, refused.exit());
        assertEquals("newskg: " + server.ingestUrl() + ": the server refused the user and password (401)\n",
                refused.err());
        assertTrue(served.isEmpty());

        GraphServer readOnly = GraphServer.create().dataset(served.datasetGraph()).port(0).build().start();
        try {
            Cli.Run closed = Cli.run("build", "--server", readOnly.serverUrl(), "--user", "editor", "--password-file",
                    passwordFile.toString(), "--input", input.toString());
            assertEquals(1, closed.exit());
            assertEquals("newskg: " + readOnly.ingestUrl() + ": this server takes no articles (start it with newskg"
                    + " serve --allow-ingest --user NAME --password-file FILE)\n", closed.err());
        } finally {
            readOnly.stop();
        }
        Cli.Run nobody = Cli.run("build", "--server", "http://127.0.0.1:1/", "--user", "editor", "--password-file",
                passwordFile.toString(), "--input", input.toString());
        assertEquals(1, nobody.exit());
        assertEquals("newskg: http://127.0.0.1:1/newskg/ingest: cannot connect (is newskg serve running there?)\n",
                nobody.err());
    }

    @Test
    void serverOptionsGoTogether() {
        Cli.Run alone = Cli.run("build", "--server", server.serverUrl(), "--input", input.toString());
        assertEquals(2, alone.exit());
        assertTrue(alone.err().startsWith("--server, --user and --password-file go together"), alone.err());
        Cli.Run withStore = Cli.run("build", "--server", server.serverUrl(), "--user", "editor", "--password-file",
                passwordFile.toString(), "--store", dir.resolve("x").toString());
        assertEquals(2, withStore.exit());
        assertTrue(withStore.err().startsWith("--server builds into the store the server serves"), withStore.err());
    }
}
