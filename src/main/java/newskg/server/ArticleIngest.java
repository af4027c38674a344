package newskg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newskg.build.BuildOptions;
import newskg.build.BuildSummary;
import newskg.build.GraphBuilder;
import newskg.rdf.Iris;
import newskg.source.ArticleInput;
import newskg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles added to a store while it is served, through the build's own pipeline. One worker thread
 * takes the articles waiting and builds them as one batch with a {@link GraphBuilder} set for a served
 * store ({@link BuildOptions#served()}: write transactions only, each replacing whole article graphs,
 * then surnames linked across articles as any build does), so that readers, each on its own snapshot,
 * see an article whole or not at all, and the store ends as a local build of the same articles leaves
 * it. The store is compacted, when its writes have grown it past the build's threshold, once no article has
 * come for two seconds rather than after every batch. This class is the only place the server uses the builder.
 * <pre>
 *   try (ArticleIngest ingest = new ArticleIngest(store, 2, 8)) {
 *       ArticleIngest.Outcome o = ingest.submit(new ArticleFile(path, "politics/001.txt")).join();
 *   }
 * </pre>
 * Thread-safe: any thread may submit; only the worker writes the store.
 */
public final class ArticleIngest implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIngest.class);
    /** How long no article may come before the store is compacted (when writes have grown it). */
    private static final long IDLE_MILLIS = 2000;
    /** The most articles built in one batch. */
    private static final int MAX_BATCH = 16;

    /**
     * What became of one article.
     *
     * @param id      the article's id
     * @param loaded  whether its graph was written
     * @param message for people: the graph written, or why it was skipped (starting with the input's origin)
     */
    public record Outcome(String id, boolean loaded, String message) {
        public Outcome {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(message, "message");
        }
    }

    /** An article for the worker, and who waits for it. */
    private record Task(ArticleInput input, CompletableFuture<Outcome> built) {
    }

    private static final Task STOP = new Task(null, null);

    private final GraphStore store;
    private final GraphBuilder builder;
    private final BlockingQueue<Task> queue;
    private final int maxWaiting;
    private final Thread worker;
    private volatile boolean closed;

    /**
     * Starts the worker.
     *
     * @param store      the store to write, open for as long as this ingest
     * @param threads    extraction threads per batch; positive
     * @param maxWaiting how many articles may wait; more are refused ({@link Busy})
     */
    public ArticleIngest(GraphStore store, int threads, int maxWaiting) {
        this(store, BuildOptions.defaults().threads(threads), maxWaiting);
    }

    /**
     * Starts the worker with the build options given (made {@link BuildOptions#served() served}).
     *
     * @param maxWaiting how many articles may wait; more are refused ({@link Busy})
     */
    public ArticleIngest(GraphStore store, BuildOptions options, int maxWaiting) {
        if (maxWaiting < 1) {
            throw new IllegalArgumentException("maxWaiting must be positive: " + maxWaiting);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.builder = new GraphBuilder(store, options.served(true));
        this.maxWaiting = maxWaiting;
        this.queue = new ArrayBlockingQueue<>(maxWaiting + 1);
        this.worker = new Thread(this::work, "newskg-ingest");
        worker.setDaemon(true);
        worker.start();
    }

    /** How many articles may wait. */
    public int capacity() {
        return maxWaiting;
    }

    /** The store this ingest writes. */
    public GraphStore store() {
        return store;
    }

    /**
     * Queues one article.
     *
     * @return completes once the article is written or skipped
     * @throws Busy when as many articles as allowed are waiting already, or the ingest is closed
     */
    public CompletableFuture<Outcome> submit(ArticleInput input) {
        Task task = new Task(Objects.requireNonNull(input, "input"), new CompletableFuture<>());
        if (closed || !queue.offer(task)) {
            throw new Busy(closed ? "the server is stopping" : "busy: " + queue.size() + " articles waiting");
        }
        return task.built();
    }

    /**
     * Queues one article, waiting while the queue is full.
     *
     * @return completes once the article is written or skipped
     * @throws Busy                 when the ingest is closed
     * @throws InterruptedException when interrupted while waiting
     */
    public CompletableFuture<Outcome> put(ArticleInput input) throws InterruptedException {
        Task task = new Task(Objects.requireNonNull(input, "input"), new CompletableFuture<>());
        while (!closed) {
            if (queue.offer(task, 1, TimeUnit.SECONDS)) {
                return task.built();
            }
        }
        throw new Busy("the server is stopping");
    }

    /**
     * Stops the worker once the batch it is building is written; what still waits is refused. Waits up
     * to two minutes.
     */
    @Override
    public void close() {
        closed = true;
        refuseWaiting();
        if (!queue.offer(STOP)) {
            worker.interrupt();
        }
        try {
            worker.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        boolean wrote = false;
        while (true) {
            Task first;
            try {
                first = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (wrote) {
                        compact();
                        wrote = false;
                    }
                    first = queue.take();
                }
            } catch (InterruptedException e) {
                return;
            }
            List<Task> batch = new ArrayList<>(List.of(first));
            queue.drainTo(batch, MAX_BATCH - 1);
            List<Task> articles = batch.stream().filter(t -> t.input() != null).toList();
            if (!articles.isEmpty()) {
                build(articles);
                wrote = true;
            }
            if (batch.contains(STOP)) {
                return;
            }
        }
    }

    /** Compacts the store if the writes since the last compaction have grown it past the build's threshold. */
    private void compact() {
        try {
            builder.compactIfGrown().ifPresent(note -> LOG.info("ingest: {}", note));
        } catch (RuntimeException e) {
            LOG.warn("ingest: the store could not be compacted: {}", e.getMessage());
        }
    }

    /** Builds one batch, then tells each article's submitter what became of it. */
    private void build(List<Task> tasks) {
        List<ArticleInput> inputs = tasks.stream().map(Task::input).toList();
        BuildSummary summary;
        try {
            summary = builder.build(inputs, progress -> { });
        } catch (RuntimeException e) {
            for (Task t : tasks) {
                t.built().complete(new Outcome(t.input().id(), false, t.input().origin() + ": not stored ("
                        + e.getMessage() + ")"));
            }
            return;
        }
        for (Task t : tasks) {
            // The builder's messages start with the input's origin ("file: reason").
            String skipped = summary.skipped().stream().filter(s -> s.startsWith(t.input().origin() + ":"))
                    .findFirst().orElse(summary.interrupted() ? t.input().origin() + ": not stored (the server"
                            + " stopped first)" : null);
            t.built().complete(skipped != null ? new Outcome(t.input().id(), false, skipped)
                    : new Outcome(t.input().id(), true, "stored as " + Iris.article(t.input().id())));
        }
    }

    private void refuseWaiting() {
        List<Task> left = new ArrayList<>();
        queue.drainTo(left);
        for (Task t : left) {
            if (t != STOP) {
                t.built().complete(new Outcome(t.input().id(), false, t.input().origin() + ": not stored (the server"
                        + " stopped first)"));
            }
        }
    }

    /** Refused: too many articles waiting, or the server is stopping. */
    public static final class Busy extends ServerException {
        public Busy(String message) {
            super(message);
        }
    }
}
