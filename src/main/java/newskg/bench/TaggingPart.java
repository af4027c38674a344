package newskg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import newskg.source.ArticleFile;
import newskg.source.ArticleException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The baseline: bare OpenNLP sentence detection, tokenization and UD tagging of the corpus, line by
 * line, on the run's threads (one set of ME instances each), after whole warm-up passes ({@link Passes}). Leaves
 * {@code tagging.seconds}, {@code tagging.tokensPerSecond} and {@code corpus.tokens}.
 */
final class TaggingPart implements BenchPart {
    @Override
    public String name() {
        return "tagging";
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        List<String> texts = texts(ctx);
        SentenceModel sm = new SentenceModel(resource("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"));
        TokenizerModel tm = new TokenizerModel(resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
        POSModel pm = new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        int threads = ctx.settings().threads();
        Passes.Timed timed = Passes.time(ctx, () -> pass(texts, threads, sm, tm, pm));
        long tokens = timed.count();
        double s = timed.median();
        ctx.put("tagging.seconds", s);
        ctx.put("tagging.tokensPerSecond", tokens / s);
        ctx.put("corpus.tokens", tokens);
        return List.of(Measurement.of(name(), "tokens", tokens, ""),
                Measurement.of(name(), "wall (median of " + Passes.COUNT + " passes)", s, "s"),
                Measurement.of(name(), "wall, spread of the passes", timed.spread(), "s"),
                Measurement.of(name(), "wall, first warm-up pass", timed.firstWarmup(), "s"),
                Measurement.of(name(), "throughput (" + threads + " threads)", tokens / s, "tokens/s"));
    }

    static List<String> texts(BenchContext ctx) {
        List<String> texts = new ArrayList<>();
        for (ArticleFile f : ctx.files()) {
            try {
                texts.add(f.read().text());
            } catch (ArticleException e) {
                // the build reports it; the baseline tags what can be read
            }
        }
        return texts;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TaggingPart.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + ": OpenNLP model not on the classpath");
        }
        return in;
    }

    private static long pass(List<String> texts, int threads, SentenceModel sm, TokenizerModel tm, POSModel pm)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                SentenceDetectorME sd = new SentenceDetectorME(sm);
                TokenizerME tk = new TokenizerME(tm);
                POSTaggerME pos = new POSTaggerME(pm, POSTagFormat.UD);
                for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                    for (String line : texts.get(i).split("\n")) {
                        if (line.isBlank()) {
                            continue;
                        }
                        for (Span s : sd.sentPosDetect(line)) {
                            String[] words = tk.tokenize(s.getCoveredText(line).toString());
                            pos.tag(words);
                            tokens.addAndGet(words.length);
                        }
                    }
                }
            }, "bench-tagging");
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        return tokens.get();
    }
}
