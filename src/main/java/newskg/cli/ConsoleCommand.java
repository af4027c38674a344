package newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newskg console}: not built yet. */
@Command(name = "console", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class ConsoleCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newskg console: not built yet");
        return 1;
    }
}
