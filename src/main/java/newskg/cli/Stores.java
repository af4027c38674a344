package newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import newskg.store.GraphStore;
import newskg.store.StoreException;

/** Opening the store from commands that only read it. */
final class Stores {
    private Stores() {
    }

    /** Opens a store that must already exist (reading commands never create an empty one). */
    static GraphStore openExisting(Path dir) {
        if (!Files.exists(dir)) {
            throw new StoreException(dir + ": no store here; run 'newskg build' first (or give --store DIR)");
        }
        return GraphStore.open(dir);
    }
}
