package newskg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
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
    private static final Path SCRIPT_DIR = Path.of("src", "test", "browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    @Test
    void queryInTheUiEditorShowsResultRows() throws Exception {
        boolean ready = Files.isExecutable(CHROMIUM) && Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"));
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(ready, "needs /usr/bin/chromium and 'npm install' in src/test/browser");
        }
        Path screenshot = Path.of("target", "ui-check.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        try (GraphStore store = TestGraphs.store(dir.resolve("store"))) {
            GraphServer server = GraphServer.create().dataset(store.datasetGraph()).port(0).build().start();
            try {
                // The start-up message's first link: the project's role-holders.rq, comments and all.
                String link = ReadyQuery.forStartup(Path.of("queries")).get(0).uiLink(server.serverUrl(), GraphServer.DATASET);
                Path log = dir.resolve("ui-check.log");
                Process node = new ProcessBuilder("node", "ui-check.mjs", server.serverUrl(), screenshot.toString(), link)
                        .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!node.waitFor(90, TimeUnit.SECONDS)) {
                    node.destroyForcibly();
                    throw new AssertionError("ui-check.mjs took over 90 s:\n" + read(log));
                }
                String output = read(log);
                assertEquals(0, node.exitValue(), output);
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

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
