package newskg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import newskg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI in a real browser: starts the server and runs {@code src/test/browser/ui-check.mjs}
 * (playwright-core driving Debian's headless Chromium), which runs queries in the UI's editor,
 * waits for result rows and saves a screenshot. Skipped when Chromium or the npm package is missing,
 * except in CI ({@code CI=true}), where it must run.
 */
class BrowserUiTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    @Test
    void queryInTheUiEditorShowsResultRows() throws Exception {
        BrowserScript.assumeReady();
        Path screenshot = Path.of("target", "ui-check.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        try (GraphStore store = TestGraphs.store(dir.resolve("store"))) {
            GraphServer server = GraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
            try {
                // The start-up message's first link: the project's role-holders.rq, comments and all.
                String link = ReadyQuery.forStartup(Path.of("queries")).get(0).uiLink(server.serverUrl(), GraphServer.DATASET);
                String output = BrowserScript.run(dir, 90, "ui-check.mjs", server.serverUrl(), screenshot.toString(), link);
                assertTrue(output.contains("{\"step\":\"editor\",\"rows\":[[\"1\",\"Alice Example\"],[\"2\",\"Bob Sample\"],"
                        + "[\"3\",\"Carol Test\"]]}"), output);
                assertTrue(output.contains("{\"step\":\"ready-link\",\"rows\":[[\"1\",\"\",\"Governor\",\"Alice Example\","), output);
            } finally {
                server.stop();
            }
        }
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 10_000, "screenshot of " + png.length + " bytes");
        assertArrayEquals(PNG, Arrays.copyOf(png, 4));
    }
}
