package newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newskg build}: not built yet. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newskg build: not built yet");
        return 1;
    }
}
