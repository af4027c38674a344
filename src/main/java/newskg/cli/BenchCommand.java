package newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newskg bench}: not built yet. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newskg bench: not built yet");
        return 1;
    }
}
