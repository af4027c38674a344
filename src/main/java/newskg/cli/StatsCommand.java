package newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newskg stats}: not built yet. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class StatsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newskg stats: not built yet");
        return 1;
    }
}
