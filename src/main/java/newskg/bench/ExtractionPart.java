package newskg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import newskg.build.ArticleProcessor;
import newskg.source.Article;
import newskg.source.ArticleException;
import newskg.source.ArticleFile;

/**
 * Extraction alone: every article through {@link ArticleProcessor} (annotate, extract, resolve, map to
 * RDF) on the run's threads, nothing stored, after whole warm-up passes; the median
 * of {@link Passes#COUNT} passes, and its throughput against the bare tagging of {@link TaggingPart}
 * measured the same way.
 */
final class ExtractionPart implements BenchPart {
    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public List<String> needs() {
        return List.of("tagging");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (ArticleFile f : ctx.files()) {
            try {
                articles.add(f.read());
            } catch (ArticleException e) {
                // skipped as the build skips it
            }
        }
        int threads = ctx.settings().threads();
        Passes.Timed timed = Passes.time(ctx, () -> pass(articles, threads));
        long triples = timed.count();
        double s = timed.median();
        ctx.put("extraction.seconds", s);
        long tokens = ctx.get("corpus.tokens", Long.class);
        double rate = tokens / s;
        double tagging = ctx.get("tagging.tokensPerSecond", Double.class);
        return List.of(Measurement.of(name(), "wall (median of " + Passes.COUNT + " passes)", s, "s"),
                Measurement.of(name(), "wall, spread of the passes", timed.spread(), "s"),
                Measurement.of(name(), "wall, first warm-up pass", timed.firstWarmup(), "s"),
                Measurement.of(name(), "articles/s", articles.size() / s, "articles/s"),
                Measurement.of(name(), "triples", triples, ""),
                Measurement.of(name(), "throughput (" + threads + " threads)", rate, "tokens/s"),
                Measurement.atLeast(name(), "throughput / bare tagging", rate / tagging, "x", 0.5));
    }

    private static long pass(List<Article> articles, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong triples = new AtomicLong();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                ArticleProcessor p = new ArticleProcessor();
                for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
                    try {
                        triples.addAndGet(p.process(articles.get(i)).graph().size());
                    } catch (RuntimeException e) {
                        // the build reports it
                    }
                }
            }, "bench-extraction");
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        return triples.get();
    }
}
