package newskg.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import newskg.NewskgException;
import newskg.rdf.Iris;
import newskg.source.Article;
import newskg.source.ArticleInput;
import newskg.source.ArticleInputs;
import newskg.store.GraphStore;
import newskg.store.StoreState;
import newskg.vocab.NKG;

/**
 * Builds the knowledge graph from articles into a store. Extraction runs on N threads, each taking the
 * next input from the (possibly streamed) input, reading and processing it ({@link ArticleProcessor})
 * and handing the graph to one writer, the calling thread, through a bounded queue. The writer loads an
 * empty store with TDB2's bulk loader and otherwise writes batches of articles, each replacing its
 * article's graph ({@link BatchedWriter}), so a rebuild changes nothing and one bad article never stops
 * or half-loads the others. Then lone surnames are linked across articles ({@link EntityLinker}), and
 * a store grown past {@link BuildOptions#compactAbove()} times its compact size is compacted.
 * <p>
 * Each article is bounded: one larger than {@link BuildOptions#maxArticleBytes()} is skipped unread, one
 * still being processed after {@link BuildOptions#articleTimeout()} is skipped and its thread replaced.
 * The store records the build while it runs ({@link StoreState}); the next build after one cut short
 * finishes its work.
 * <pre>
 *   BuildSummary s = new GraphBuilder(store, BuildOptions.defaults()).build(inputs, p -&gt; log(p.describe()));
 * </pre>
 * Not thread-safe: one build at a time per builder; {@link #stop()} and {@link #progress()} may be
 * called from any thread.
 */
public final class GraphBuilder {
    /** A transaction is committed once it holds this many quads. */
    static final int BATCH_QUADS = 200_000;
    /** A bulk load holds back at most this many quads of articles to link before loading them. */
    static final int HELD_QUADS = 500_000;
    private static final long POLL_MILLIS = 200;

    private final GraphStore store;
    private final BuildOptions options;
    private final Supplier<Function<Article, ArticleGraph>> processors;
    private volatile boolean stopRequested;
    private volatile BuildProgress progress = new BuildProgress(0, 0, 0, -1, 0, "loading");
    private volatile BuildSummary partial;

    public GraphBuilder(GraphStore store, BuildOptions options) {
        this(store, options, () -> new ArticleProcessor()::process);
    }

    public GraphBuilder(GraphStore store, int threads) {
        this(store, BuildOptions.defaults().threads(threads));
    }

    /** A builder whose extraction threads each get their article-to-graph function from {@code processors}. */
    GraphBuilder(GraphStore store, BuildOptions options, Supplier<Function<Article, ArticleGraph>> processors) {
        this.store = store;
        this.options = options;
        this.processors = processors;
    }

    /** Asks a running build to stop soon: it writes what is processed and returns an interrupted summary. */
    public void stop() {
        stopRequested = true;
    }

    /** How far the running (or last) build has got. */
    public BuildProgress progress() {
        return progress;
    }

    /** The summary of what the running build has done so far (loaded, skipped), for an interruption. */
    public BuildSummary summarySoFar() {
        BuildSummary s = partial;
        return s != null ? s : new BuildSummary(0, List.of(), List.of(), 0, 0, 0, 0, 0, 0, 0, 0, List.of(), true);
    }

    /**
     * Processes and loads {@code inputs}, read lazily by the extraction threads. {@code listener} is told
     * the progress in the calling thread after each article and at least every {@value #POLL_MILLIS} ms.
     *
     * @throws NewskgException when the input cannot be listed further or the store cannot be written
     */
    public BuildSummary build(Iterable<? extends ArticleInput> inputs, Consumer<BuildProgress> listener) {
        return new Run(inputs, listener).execute();
    }

    /**
     * Compacts the store when it has grown past {@link BuildOptions#compactAbove()} times its compact size,
     * as every build but a served one does at its end: for a served store, whose ingest calls this when
     * articles stop coming, so that a stream of small batches does not compact after each.
     *
     * @return what was done, for people, or empty when the store had not grown that far
     */
    public Optional<String> compactIfGrown() {
        StoreState state = store.state();
        double above = options.compactAbove();
        long size = store.diskBytes();
        long base = state.compactBytes();
        if (base == 0) {
            state.compactBytes(size); // a store from before the record: its size now is the reference
            return Optional.empty();
        }
        if (size <= above * base) {
            return Optional.empty();
        }
        store.compact();
        return Optional.of(String.format(Locale.ROOT, "store compacted from %s to %s (it had grown past %.1f times"
                + " its compact size)", megabytes(size), megabytes(store.diskBytes()), above));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    /** The graph IRIs of the articles named by {@code inputs}. */
    private static Set<String> graphIris(Collection<String> ids) {
        Set<String> out = new HashSet<>();
        ids.forEach(id -> out.add(Iris.article(id)));
        return out;
    }

    /** What an extraction thread is working on. */
    private record Running(ArticleInput input, long startNanos) {
    }

    private static final Running ABANDONED = new Running(null, 0);

    /** One build: its threads, queue, counts. */
    private final class Run implements ArticleWriter.Outcome {
        private final Iterator<? extends ArticleInput> inputs;
        private final Iterable<? extends ArticleInput> source;
        private final List<String> warnings = new ArrayList<>();
        private final int total;
        private final Consumer<BuildProgress> listener;
        private final BlockingQueue<ArticleOutcome> queue;
        private final List<Worker> workers = new CopyOnWriteArrayList<>();
        private final AtomicInteger live = new AtomicInteger();
        private final Set<String> ids = new HashSet<>();
        private volatile NewskgException inputFailure;
        private final long t0 = System.nanoTime();
        private final List<String> skipped = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<String> people = new HashSet<>();
        private final Set<String> orgs = new HashSet<>();
        private final Set<String> places = new HashSet<>();
        private int articles;
        private int roles;
        private int events;
        private int quotes;
        private long triples;
        private int done;

        Run(Iterable<? extends ArticleInput> inputs, Consumer<BuildProgress> listener) {
            this.inputs = inputs.iterator();
            this.total = inputs instanceof Collection<?> c ? c.size()
                    : inputs instanceof ArticleInputs ai ? (int) Math.min(Integer.MAX_VALUE, ai.size()) : -1;
            this.source = inputs;
            this.listener = listener;
            this.queue = new ArrayBlockingQueue<>(2 * options.threads() + 2);
        }

        BuildSummary execute() {
            StoreState state = store.state();
            Optional<StoreState.UnfinishedBuild> before = state.unfinishedBuild();
            boolean linkAll = false;
            if (before.isPresent()) {
                if (before.get().freshLoad() && options.served()) {
                    // Emptying the store would pull it from under the server's readers.
                    throw new NewskgException(store.directory() + ": the last build was cut short while loading a"
                            + " new store; build it again (newskg build) before serving it");
                }
                if (before.get().freshLoad()) {
                    store.clear();
                    notes.add("the last build was cut short while loading a new store: started again from empty");
                } else {
                    linkAll = true;
                    notes.add("the last build did not finish: names and links redone over the whole store");
                }
            }
            boolean bulk = !options.served() && store.isEmpty();
            state.beginBuild(bulk);
            ArticleWriter writer = bulk ? new BulkWriter(store, HELD_QUADS, this)
                    : new BatchedWriter(store, BATCH_QUADS, this);
            try {
                for (int i = 0; i < options.threads(); i++) {
                    startWorker();
                }
                consume(writer);
            } catch (RuntimeException e) {
                stopRequested = true;
                throw e;
            }
            writer.finish();
            notes.add(0, writer.describe());
            state.linking();
            if (stopRequested) {
                return summary(true, "interrupted");
            }
            if (inputFailure != null) {
                throw inputFailure;
            }
            report("linking");
            Set<String> affected = new HashSet<>(people);
            affected.addAll(writer.replacedPeople());
            if (options.replace() && source instanceof ArticleInputs ai && !ai.complete()) {
                warnings.add("--replace not applied: an input was not read to its end, so no article was removed");
            } else if (options.replace()) {
                Set<String> keep = graphIris(ids);
                List<String> gone = store.graphNames().stream().filter(g -> !keep.contains(g)).sorted().toList();
                for (String g : gone) {
                    store.names().entitiesIn(g).stream().filter(e -> e.startsWith(EntityLinker.PERSON_BASE))
                            .forEach(affected::add);
                }
                store.removeGraphs(gone);
                if (!gone.isEmpty()) {
                    notes.add("removed " + gone.size() + " articles not in the input");
                }
            }
            int linked;
            if (linkAll) {
                store.names().rebuild(store.datasetGraph());
                linked = EntityLinker.linkAll(store);
            } else {
                linked = EntityLinker.link(store, affected);
            }
            if (linked > 0) {
                notes.add("surnames linked in " + linked + (linked == 1 ? " article" : " articles"));
            }
            if (!options.served()) {
                // a served store is compacted when its writes pause (compactIfGrown), not after each batch
                report("compacting");
                compactIfGrown().ifPresent(notes::add);
            }
            state.endBuild();
            return summary(false, "done");
        }


        /** The writer loop: results to the writer, time limits, progress. */
        private void consume(ArticleWriter writer) {
            while (true) {
                ArticleOutcome r;
                try {
                    r = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested = true;
                    r = null;
                }
                if (r != null) {
                    handle(r, writer);
                }
                checkTimeLimits();
                report("loading");
                if (stopRequested || inputFailure != null) {
                    for (ArticleOutcome left; (left = queue.poll()) != null; ) {
                        handle(left, writer);
                    }
                    return;
                }
                if (r == null && live.get() == 0 && queue.isEmpty()) {
                    return;
                }
            }
        }

        private void handle(ArticleOutcome r, ArticleWriter writer) {
            done++;
            if (r.problem() != null) {
                skipped.add(r.problem());
            } else {
                writer.add(r.graph(), r.input().origin());
            }
            report("loading");
        }

        private void checkTimeLimits() {
            long limit = options.articleTimeout().toNanos();
            long now = System.nanoTime();
            for (Worker w : workers) {
                Running run = w.current.get();
                if (run != null && run != ABANDONED && now - run.startNanos() > limit
                        && w.current.compareAndSet(run, ABANDONED)) {
                    w.thread.interrupt();
                    workers.remove(w);
                    live.decrementAndGet();
                    done++;
                    skipped.add(ArticleOutcome.overTime(run.input(), options.articleTimeout()));
                    if (!stopRequested) {
                        startWorker();
                    }
                }
            }
        }

        private void startWorker() {
            Worker w = new Worker();
            workers.add(w);
            live.incrementAndGet();
            w.thread.start();
        }

        private void report(String phase) {
            summary(true, phase);
            listener.accept(progress);
        }

        private BuildSummary summary(boolean interrupted, String phase) {
            double s = (System.nanoTime() - t0) / 1e9;
            progress = new BuildProgress(done, articles, skipped.size(), total, s, phase);
            BuildSummary summary = new BuildSummary(articles, skipped, warnings, people.size(), orgs.size(), places.size(), roles,
                    events, quotes, triples, s, notes, interrupted);
            partial = summary;
            return summary;
        }

        @Override
        public void written(ArticleGraph g) {
            articles++;
            warnings.addAll(g.warnings());
            triples += g.graph().size();
            roles += g.count(NKG.Role);
            events += g.count(NKG.Event);
            quotes += g.count(NKG.Quote);
            people.addAll(g.instances(NKG.Person));
            orgs.addAll(g.instances(NKG.Organization));
            places.addAll(g.instances(NKG.Place));
        }

        @Override
        public void failed(ArticleGraph g, String problem) {
            skipped.add(problem);
        }

        /** The next input, or {@code null} when there is none (or listing failed). */
        private ArticleInput nextInput() {
            synchronized (inputs) {
                if (stopRequested || inputFailure != null) {
                    return null;
                }
                try {
                    if (!inputs.hasNext()) {
                        return null;
                    }
                    ArticleInput in = inputs.next();
                    synchronized (ids) {
                        ids.add(in.id());
                    }
                    return in;
                } catch (NewskgException e) {
                    inputFailure = e;
                    return null;
                }
            }
        }

        /** An extraction thread: input after input until there is none, each handed to the writer. */
        private final class Worker implements Runnable {
            final AtomicReference<Running> current = new AtomicReference<>();
            final Thread thread = new Thread(this, "newskg-extract");

            Worker() {
                thread.setDaemon(true);
            }

            @Override
            public void run() {
                try {
                    Function<Article, ArticleGraph> processor = processors.get();
                    for (ArticleInput in; (in = nextInput()) != null; ) {
                        Running run = new Running(in, System.nanoTime());
                        current.set(run);
                        ArticleOutcome r = ArticleOutcome.process(in, processor, options.maxArticleBytes());
                        if (!current.compareAndSet(run, null)) {
                            return; // abandoned over the time limit: the writer reported it
                        }
                        queue.put(r);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    inputFailure = new BuildException("cannot start an extraction thread (" + e.getMessage() + ")", e);
                } finally {
                    if (current.get() != ABANDONED) {
                        live.decrementAndGet();
                    }
                }
            }
        }
    }
}
