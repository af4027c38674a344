package newskg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What the store records about itself beside its data, in {@value #FILE} in the store directory: the
 * build that is running or was cut short, and the store's size after its last bulk load or compaction.
 * The file is replaced atomically and flushed to disk before a build writes anything, so that a build
 * killed at any point leaves its mark.
 * <pre>
 *   state.beginBuild(false);  ...  state.endBuild();
 *   state.unfinishedBuild().ifPresent(b -&gt; System.out.println(b.describe()));
 * </pre>
 * Not thread-safe: one build at a time (TDB2's single writer).
 */
public final class StoreState {
    /** The file's name in the store directory. */
    public static final String FILE = "newskg-state.properties";

    private static final String BUILD_STARTED = "build.started";
    private static final String BUILD_PHASE = "build.phase";
    private static final String BUILD_FRESH = "build.freshLoad";
    private static final String COMPACT_BYTES = "store.compactBytes";

    private final Path file;
    private final Properties props = new Properties();

    StoreState(Path storeDir) {
        this.file = storeDir.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new StoreException(file + ": cannot read the store's state (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * A build that started and did not end.
     *
     * @param started   when it started
     * @param phase     how far it got: {@code loading} (articles being written) or {@code linking}
     *                  (articles written, cross-article links and the name index being finished)
     * @param freshLoad whether it was bulk-loading an empty store (then what it left is not a store to keep)
     */
    public record UnfinishedBuild(Instant started, String phase, boolean freshLoad) {
        /** One line for {@code stats}, {@code validate} and {@code build}. */
        public String describe() {
            return "the build started " + started + " did not finish (it stopped while " + phase
                    + (freshLoad ? " a new store" : "") + "); run 'newskg build' again to complete the store";
        }
    }

    /** The build that did not finish, if any. */
    public Optional<UnfinishedBuild> unfinishedBuild() {
        String started = props.getProperty(BUILD_STARTED);
        if (started == null) {
            return Optional.empty();
        }
        Instant at;
        try {
            at = Instant.parse(started);
        } catch (RuntimeException e) {
            at = Instant.EPOCH;
        }
        return Optional.of(new UnfinishedBuild(at, props.getProperty(BUILD_PHASE, "loading"),
                Boolean.parseBoolean(props.getProperty(BUILD_FRESH, "false"))));
    }

    /** Records that a build starts; {@code freshLoad} when it bulk-loads an empty store. */
    public void beginBuild(boolean freshLoad) {
        props.setProperty(BUILD_STARTED, Instant.now().toString());
        props.setProperty(BUILD_PHASE, "loading");
        props.setProperty(BUILD_FRESH, Boolean.toString(freshLoad));
        save();
    }

    /** Records that the articles are written and the build is linking them. */
    public void linking() {
        props.setProperty(BUILD_PHASE, "linking");
        props.setProperty(BUILD_FRESH, "false");
        save();
    }

    /** Records that the build finished: the store is complete. */
    public void endBuild() {
        props.remove(BUILD_STARTED);
        props.remove(BUILD_PHASE);
        props.remove(BUILD_FRESH);
        save();
    }

    /** The store's size in bytes after its last bulk load or compaction; 0 when not known. */
    public long compactBytes() {
        try {
            return Long.parseLong(props.getProperty(COMPACT_BYTES, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Records the store's size after a bulk load or compaction. */
    public void compactBytes(long bytes) {
        props.setProperty(COMPACT_BYTES, Long.toString(bytes));
        save();
    }

    private void save() {
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "newskg store state: a build in progress, and the size after the last compaction");
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot record the store's state (" + e.getMessage() + ")", e);
        }
    }
}
