package newskg.server;

import java.io.IOException;
import java.nio.file.Path;
import newskg.store.GraphStore;

/**
 * Test helper run in a separate JVM: opens the store given as argument, which takes TDB2's process
 * lock, prints {@code locked}, and holds it until its standard input closes.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            System.out.println("locked " + store.size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock
            }
        }
    }
}
