package newskg.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import newskg.NewskgException;
import newskg.source.ArticleInput;
import newskg.source.ArticleReader;
import newskg.source.JsonLine;

/**
 * Ingests the articles written into a directory while the server runs ({@code serve --watch DIR}):
 * once the directory has been quiet for {@code settle}, the files created or changed meanwhile go to
 * the {@link ArticleIngest}, with the ids {@code build --input DIR} gives them, so that a file
 * rewritten replaces its article. Articles already there at the start are left as the store has
 * them; deleting a file leaves its article in the store. Each outcome is reported as one line.
 * <pre>
 *   try (DirectoryWatch w = DirectoryWatch.start(Path.of("incoming"), ingest, Duration.ofSeconds(1), log::println)) { ... }
 * </pre>
 * Writing a file elsewhere and moving it in gives the watch the whole file at once. Thread-safe: one
 * thread of its own watches; {@link #close()} from any thread.
 */
public final class DirectoryWatch implements AutoCloseable {
    private final Path dir;
    private final ArticleIngest ingest;
    private final Duration settle;
    private final Consumer<String> log;
    private final WatchService watcher;
    private final Thread thread;

    private DirectoryWatch(Path dir, ArticleIngest ingest, Duration settle, Consumer<String> log,
                           WatchService watcher) {
        this.dir = dir;
        this.ingest = ingest;
        this.settle = settle;
        this.log = log;
        this.watcher = watcher;
        this.thread = new Thread(this::watch, "newskg-watch");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code dir} and the directories below it.
     *
     * @param log where each article's outcome goes, one line each; must be thread-safe
     * @throws ServerException when {@code dir} is not a directory or cannot be watched
     */
    public static DirectoryWatch start(Path dir, ArticleIngest ingest, Duration settle, Consumer<String> log) {
        if (!Files.isDirectory(dir)) {
            throw new ServerException(dir + ": not a directory to watch");
        }
        try {
            DirectoryWatch w = new DirectoryWatch(dir, ingest, settle, log, FileSystems.getDefault().newWatchService());
            w.registerTree(dir);
            w.thread.start();
            return w;
        } catch (IOException e) {
            throw new ServerException(dir + ": cannot watch the directory (" + e.getMessage() + ")", e);
        }
    }

    /** Stops watching; changes not yet handed over are dropped. */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing only releases the operating system's watch.
        }
        thread.interrupt();
    }

    private void registerTree(Path top) throws IOException {
        try (Stream<Path> dirs = Files.walk(top)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    private void watch() {
        Set<Path> changed = new HashSet<>();
        try {
            while (true) {
                WatchKey key = changed.isEmpty() ? watcher.take()
                        : watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    handOver(changed);
                    changed.clear();
                    continue;
                }
                Path base = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        Path p = base.resolve(name);
                        if (Files.isDirectory(p)) {
                            registerTree(p);
                            try (Stream<Path> files = Files.walk(p)) {
                                files.filter(Files::isRegularFile).forEach(changed::add);
                            }
                        } else {
                            changed.add(p);
                        }
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException | ArticleIngest.Busy e) {
            // Stopped.
        } catch (IOException e) {
            log.accept("newskg: " + dir + ": stopped watching (" + e.getMessage() + ")");
        }
    }

    /** Hands the inputs of the changed files, as the build would find them, to the ingest. */
    private void handOver(Set<Path> changed) throws InterruptedException {
        Set<String> files = new HashSet<>();
        changed.forEach(p -> files.add(p.toString()));
        List<ArticleInput> inputs = new ArrayList<>();
        try {
            for (ArticleInput in : ArticleReader.collect(List.of(dir))) {
                // A JSON Lines record comes from its file; any other input is its file.
                if (files.contains(in instanceof JsonLine line ? line.file() : in.origin())) {
                    inputs.add(in);
                }
            }
        } catch (NewskgException e) {
            log.accept("newskg: " + e.getMessage());
            return;
        }
        for (ArticleInput in : inputs) {
            ingest.put(in).thenAccept(o -> log.accept("newskg: " + (o.loaded() ? "ingested " + o.id() + ", "
                    + o.message() : "skipped " + o.message())));
        }
    }
}
