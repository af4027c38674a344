package newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a browser check of {@code src/test/browser/} (a node script driving Debian's headless Chromium
 * through playwright-core) and returns what it printed. Skips the test when Chromium or the npm package
 * is missing, except in CI ({@code CI=true}), where the check must run.
 * <pre>
 *   String output = BrowserScript.run(dir, 90, "ui-check.mjs", serverUrl, screenshot);
 * </pre>
 */
final class BrowserScript {
    private static final Path SCRIPT_DIR = Path.of("src", "test", "browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserScript() {
    }

    /** Skips the calling test unless Chromium and playwright-core are installed (or CI requires them). */
    static void assumeReady() {
        boolean ready = Files.isExecutable(CHROMIUM) && Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core"));
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(ready, "needs /usr/bin/chromium and 'npm install' in src/test/browser");
        }
    }

    /**
     * Runs {@code node SCRIPT ARGS...} in {@code src/test/browser}, its output logged in {@code dir}; fails
     * the test when it takes longer than {@code seconds} or exits with a status other than 0.
     */
    static String run(Path dir, int seconds, String script, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve(script + ".log");
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(args));
        Process node = new ProcessBuilder(command).directory(SCRIPT_DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!node.waitFor(seconds, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new AssertionError(script + " took over " + seconds + " s:\n" + read(log));
        }
        String output = read(log);
        assertEquals(0, node.exitValue(), output);
        return output;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
