package newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import newskg.store.TestStores;
import picocli.CommandLine;

/**
 * Runs the newskg command line in-process and keeps what it printed.
 * <pre>
 *   Cli.Run r = Cli.run("stats", "--store", dir.toString());
 *   assertEquals(0, r.exit());
 * </pre>
 */
final class Cli {
    private Cli() {
    }

    /** One run: exit code, picocli's out and err, and what went to {@link System#out}. */
    record Run(int exit, String out, String err, String stdout) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] exit = new int[1];
        String stdout = TestStores.captureStdout(() -> {
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            exit[0] = cl.execute(args);
        });
        return new Run(exit[0], out.toString(), err.toString(), stdout);
    }
}
