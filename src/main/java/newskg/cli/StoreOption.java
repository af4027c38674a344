package newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that reads or writes the store. */
public final class StoreOption {
    /** Where the store lives unless {@code --store} says otherwise. */
    public static final Path DEFAULT = Path.of("data", "store");

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/store")
    Path store;

    public Path path() {
        return store;
    }
}
