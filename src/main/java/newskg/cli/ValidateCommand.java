package newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newskg validate}: not built yet. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newskg validate: not built yet");
        return 1;
    }
}
