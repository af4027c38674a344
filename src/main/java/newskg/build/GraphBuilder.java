package newskg.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import newskg.NewskgException;
import newskg.rdf.Iris;
import newskg.source.ArticleInput;
import newskg.resolve.Entity;
import newskg.store.GraphStore;

/**
 * Builds the knowledge graph from article files into a store: articles are processed in parallel
 * (one {@link ArticleProcessor} per thread) and each is written in its own transaction, replacing that
 * article's graph, so a rebuild changes nothing and one bad article never stops or half-loads the others.
 * <pre>
 *   BuildSummary s = new GraphBuilder(store, 2).build(files, done -&gt; bar.step());
 * </pre>
 * Not thread-safe: one build at a time per builder.
 */
public final class GraphBuilder {
    /** Inputs taken ahead per thread: enough to keep threads busy, few enough to bound memory. */
    private static final int IN_FLIGHT_PER_THREAD = 4;
    private final GraphStore store;
    private final int threads;
    private final ThreadLocal<ArticleProcessor> processors = ThreadLocal.withInitial(ArticleProcessor::new);

    public GraphBuilder(GraphStore store, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.store = store;
        this.threads = threads;
    }

    /**
     * Processes and loads {@code files}; {@code onArticle} is told each input once it is done (loaded or
     * skipped), in the calling thread. The inputs are taken from {@code files} as work is done, a few per
     * thread at a time, so a streamed input (a large JSON Lines file) is never held whole.
     */
    public BuildSummary build(Iterable<? extends ArticleInput> files, Consumer<ArticleInput> onArticle) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<String> people = new HashSet<>();
        Set<String> orgs = new HashSet<>();
        Set<String> places = new HashSet<>();
        int articles = 0;
        int roles = 0;
        int events = 0;
        int quotes = 0;
        long triples = 0;
        try {
            CompletionService<ArticleGraph> done = new ExecutorCompletionService<>(pool);
            Map<Future<ArticleGraph>, ArticleInput> fileOf = new HashMap<>();
            Iterator<? extends ArticleInput> next = files.iterator();
            int inFlight = 0;
            while (true) {
                while (inFlight < threads * IN_FLIGHT_PER_THREAD && next.hasNext()) {
                    ArticleInput f = next.next();
                    fileOf.put(done.submit(() -> processors.get().process(f)), f);
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Future<ArticleGraph> fu = done.take();
                inFlight--;
                ArticleInput file = fileOf.remove(fu);
                try {
                    ArticleGraph g = fu.get();
                    store.replaceGraph(g.graphIri(), g.graph());
                    warnings.addAll(g.resolution().extraction().article().warnings());
                    articles++;
                    triples += g.graph().size();
                    roles += g.resolution().roles().size();
                    events += g.resolution().events().size();
                    quotes += g.resolution().quotes().size();
                    for (Entity e : g.resolution().entities()) {
                        switch (e.type()) {
                            case PERSON -> people.add(Iris.entity(e));
                            case ORGANIZATION -> orgs.add(Iris.entity(e));
                            case PLACE -> places.add(Iris.entity(e));
                        }
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    skipped.add(cause instanceof NewskgException ? cause.getMessage()
                            : file.origin() + ": cannot process article (" + cause + ")");
                } catch (NewskgException e) {
                    skipped.add(file.origin() + ": " + e.getMessage());
                }
                onArticle.accept(file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewskgException("build interrupted");
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new BuildSummary(articles, skipped, warnings, people.size(), orgs.size(), places.size(), roles, events, quotes,
                triples, seconds);
    }
}
