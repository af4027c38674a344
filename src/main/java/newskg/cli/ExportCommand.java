package newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newskg export}: not built yet. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newskg export: not built yet");
        return 1;
    }
}
