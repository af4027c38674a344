package newskg.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import newskg.build.BuildSummary;
import newskg.build.EntityLinker;
import newskg.build.GraphBuilder;
import newskg.rdf.Iris;
import newskg.source.ArticleInput;
import newskg.store.GraphStore;

/**
 * Articles added to a store while it is served, through the build's own pipeline. One worker thread
 * takes the articles waiting and builds them as one batch ({@link GraphBuilder}: extraction in
 * parallel, each article written in its own write transaction, replacing its graph), so that readers,
 * each on its own snapshot, see an article whole or not at all. Once no article has been waiting for
 * {@code linkDelay}, or when asked ({@link #link()}), it links lone surnames across articles
 * ({@link EntityLinker}), as a build does at its end.
 * <pre>
 *   try (ArticleIngest ingest = new ArticleIngest(store, 2, 8, Duration.ofSeconds(2))) {
 *       ArticleIngest.Outcome o = ingest.submit(new ArticleFile(path, "politics/001.txt")).join();
 *   }
 * </pre>
 * Thread-safe: any thread may submit; only the worker writes the store.
 */
public final class ArticleIngest implements AutoCloseable {
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

    /** A task for the worker: an article to build, or (with no input) a request to link now. */
    private record Task(ArticleInput input, CompletableFuture<Outcome> built, CompletableFuture<Integer> linked) {
    }

    private static final Task STOP = new Task(null, null, null);

    private final GraphStore store;
    private final GraphBuilder builder;
    private final BlockingQueue<Task> queue;
    private final Duration linkDelay;
    private final int maxWaiting;
    private final Thread worker;
    private volatile boolean closed;

    /**
     * Starts the worker.
     *
     * @param store      the store to write, open for as long as this ingest
     * @param threads    extraction threads per batch; positive
     * @param maxWaiting how many articles may wait; more are refused ({@link Busy})
     * @param linkDelay  how long the queue stays empty before surnames are linked
     */
    public ArticleIngest(GraphStore store, int threads, int maxWaiting, Duration linkDelay) {
        if (maxWaiting < 1) {
            throw new IllegalArgumentException("maxWaiting must be positive: " + maxWaiting);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.builder = new GraphBuilder(store, threads);
        this.maxWaiting = maxWaiting;
        this.queue = new ArrayBlockingQueue<>(maxWaiting + 1);
        this.linkDelay = Objects.requireNonNull(linkDelay, "linkDelay");
        this.worker = new Thread(this::work, "newskg-ingest");
        worker.setDaemon(true);
        worker.start();
    }

    /** How many articles (and link requests) may wait. */
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
        Task task = new Task(Objects.requireNonNull(input, "input"), new CompletableFuture<>(), null);
        offer(task);
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
        Task task = new Task(Objects.requireNonNull(input, "input"), new CompletableFuture<>(), null);
        while (!closed) {
            if (queue.offer(task, 1, TimeUnit.SECONDS)) {
                return task.built();
            }
        }
        throw new Busy("the server is stopping");
    }

    /**
     * Asks for surnames to be linked once the articles queued before are written.
     *
     * @return completes with the number of article graphs the linking changed
     * @throws Busy when the queue is full or the ingest is closed
     */
    public CompletableFuture<Integer> link() {
        Task task = new Task(null, null, new CompletableFuture<>());
        offer(task);
        return task.linked();
    }

    private void offer(Task task) {
        if (closed || !queue.offer(task)) {
            throw new Busy(closed ? "the server is stopping" : "busy: " + (queue.size()) + " articles waiting");
        }
    }

    /**
     * Stops the worker once the batch it is building is written and linked; what still waits is refused.
     * Waits up to two minutes.
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
        boolean unlinked = false;
        while (true) {
            Task first;
            try {
                first = queue.poll(linkDelay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                if (unlinked) {
                    linkQuietly();
                    unlinked = false;
                }
                continue;
            }
            List<Task> batch = new ArrayList<>(List.of(first));
            queue.drainTo(batch, MAX_BATCH - 1);
            List<Task> articles = batch.stream().filter(t -> t.input() != null).toList();
            List<Task> links = batch.stream().filter(t -> t.linked() != null).toList();
            if (!articles.isEmpty()) {
                build(articles);
                unlinked = true;
            }
            if (!links.isEmpty()) {
                try {
                    int changed = EntityLinker.linkSurnames(store);
                    links.forEach(t -> t.linked().complete(changed));
                    unlinked = false;
                } catch (RuntimeException e) {
                    links.forEach(t -> t.linked().completeExceptionally(e));
                }
            }
            if (batch.contains(STOP)) {
                // What was stored is linked as a build would leave it.
                if (unlinked) {
                    linkQuietly();
                }
                return;
            }
        }
    }

    /** Builds one batch, then tells each article's submitter what became of it. */
    private void build(List<Task> tasks) {
        List<ArticleInput> inputs = tasks.stream().map(Task::input).toList();
        BuildSummary summary;
        try {
            summary = builder.build(inputs, in -> { });
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
                    .findFirst().orElse(null);
            t.built().complete(skipped != null ? new Outcome(t.input().id(), false, skipped)
                    : new Outcome(t.input().id(), true, "stored as " + Iris.article(t.input().id())));
        }
    }

    private void linkQuietly() {
        try {
            EntityLinker.linkSurnames(store);
        } catch (RuntimeException e) {
            // Linking again after the next article, or on request, may succeed; the articles are stored.
        }
    }

    private void refuseWaiting() {
        List<Task> left = new ArrayList<>();
        queue.drainTo(left);
        for (Task t : left) {
            if (t == STOP) {
                continue;
            }
            if (t.built() != null) {
                t.built().complete(new Outcome(t.input().id(), false, t.input().origin() + ": not stored (the server"
                        + " stopped first)"));
            } else if (t.linked() != null) {
                t.linked().completeExceptionally(new Busy("the server is stopping"));
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
