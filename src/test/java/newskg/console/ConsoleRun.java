package newskg.console;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import newskg.query.ResultFormat;

/** What a scripted console run printed, and its exit code. */
record ConsoleRun(String out, String err, int exitCode) {

    /** Runs {@code script} through a batch console on {@code target}. */
    static ConsoleRun of(QueryTarget target, Path queriesDir, String script) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Console(target, queriesDir, ResultFormat.TABLE)
                .runBatch(new StringReader(script), new PrintWriter(out), new PrintWriter(err));
        return new ConsoleRun(out.toString(), err.toString(), code);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
