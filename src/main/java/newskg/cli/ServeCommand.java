package newskg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newskg serve}: not built yet. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("newskg serve: not built yet");
        return 1;
    }
}
