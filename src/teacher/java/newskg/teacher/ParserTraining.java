package newskg.teacher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import newskg.nlp.Annotator;
import newskg.nlp.DependencyModel;
import newskg.nlp.DependencyTree;
import newskg.nlp.NlpModels;
import newskg.nlp.OpenNlpDependencyParser;
import newskg.nlp.Sentence;
import opennlp.tools.util.TrainingParameters;

/**
 * The student side of {@link ParserTeacher}: aligns the teacher's trees with newskg's sentences, trains
 * the arc-eager parser's classifier, scores it against the teacher on held-out articles, and measures
 * its cost. Not thread-safe.
 */
final class ParserTraining {
    /** NLP4J labels that newskg merges into another; the rest are kept, or become dep when unknown. */
    private static final Map<String, String> MERGED = Map.of(
            "nmod", DependencyTree.AMOD, "qmod", DependencyTree.AMOD, "dative", DependencyTree.IOBJ,
            "csubjpass", DependencyTree.CSUBJ, "predet", DependencyTree.DET, "preconj", DependencyTree.CC);

    /** Read from every parse, so that the timing loops cannot be optimised away. */
    private static long roots;

    private ParserTraining() {
    }

    static String label(String nlp4j) {
        String l = MERGED.getOrDefault(nlp4j, nlp4j);
        return DependencyTree.LABELS.contains(l) ? l : DependencyTree.DEP;
    }

    /** The teacher's trees on newskg's sentences of the training ({@code heldOut} false) or held-out articles. */
    private static List<DependencyTree> aligned(Path corpus, Path trees, int every, boolean heldOut) throws IOException {
        Annotator annotator = new Annotator(NlpModels.load());
        List<DependencyTree> out = new ArrayList<>();
        Map<String, List<TeacherTrees.Tree>> teacher = TeacherTrees.read(trees);
        List<String> all = new ArrayList<>(teacher.keySet());
        List<String> articles = IntStream.range(0, all.size()).filter(a -> (a % every == 0) == heldOut)
                .mapToObj(all::get).toList();
        int dropped = 0;
        long tokens = 0;
        for (String article : articles) {
            List<Sentence> ss = annotator.annotate(ParserTeacher.text(corpus.resolve(article))).sentences();
            List<TeacherTrees.Tree> ts = teacher.get(article);
            for (int i = 0; i < ss.size(); i++) {
                Sentence s = ss.get(i);
                TeacherTrees.Tree t = i < ts.size() ? ts.get(i) : null;
                if (t == null || !t.matches(s)) {
                    dropped++; // the annotator has changed since the teacher ran: label again
                    continue;
                }
                List<Integer> heads = new ArrayList<>(t.size());
                List<String> labels = new ArrayList<>(t.size());
                for (int k = 0; k < t.size(); k++) {
                    heads.add(t.heads()[k] - 1);
                    labels.add(t.heads()[k] == 0 ? DependencyTree.ROOT : label(t.labels()[k]));
                }
                out.add(new DependencyTree(s, heads, labels));
                tokens += s.size();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d articles, %d sentences (%d tokens), %d left out (tokens unlike the teacher's)%n",
                heldOut ? "held out" : "training", articles.size(), out.size() + dropped, tokens, dropped);
        return out;
    }

    static void train(Path corpus, Path trees, Map<String, String> options) throws IOException {
        int every = Integer.parseInt(options.getOrDefault("hold-out", "10"));
        List<DependencyTree> training = aligned(corpus, trees, every, false);
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, options.getOrDefault("algorithm", "PERCEPTRON"));
        p.put(TrainingParameters.ITERATIONS_PARAM, Integer.parseInt(options.getOrDefault("iterations", "20")));
        p.put(TrainingParameters.CUTOFF_PARAM, Integer.parseInt(options.getOrDefault("cutoff", "3")));
        p.put(TrainingParameters.THREADS_PARAM, Integer.parseInt(options.getOrDefault("threads", "2")));
        int limit = Integer.parseInt(options.getOrDefault("sentences", Integer.toString(training.size())));
        training = training.subList(0, Math.min(limit, training.size()));
        System.out.printf(Locale.ROOT, "training on %d sentences: %s%n", training.size(), p.getObjectSettings());
        long t0 = System.nanoTime();
        DependencyModel model = OpenNlpDependencyParser.train(training, p);
        System.out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Path out = ParserTeacher.path(options, "model");
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        System.out.printf(Locale.ROOT, "model %s: %d bytes%n", out, Files.size(out));
        training = null;
        agree(corpus, trees, options);
    }

    private static OpenNlpDependencyParser read(Path model) throws IOException {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(model)) {
            OpenNlpDependencyParser p = new OpenNlpDependencyParser(new DependencyModel(in));
            System.out.printf(Locale.ROOT, "model loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            return p;
        }
    }

    /** Unlabelled and labelled attachment against the teacher on the held-out articles, with and without punctuation. */
    static void agree(Path corpus, Path trees, Map<String, String> options) throws IOException {
        int every = Integer.parseInt(options.getOrDefault("hold-out", "10"));
        OpenNlpDependencyParser parser = read(ParserTeacher.path(options, "model"));
        List<DependencyTree> gold = aligned(corpus, trees, every, true);
        long[] all = new long[3];
        long[] words = new long[3];
        Map<String, long[]> byLabel = new TreeMap<>();
        long nanos = 0;
        for (DependencyTree g : gold) {
            long t0 = System.nanoTime();
            DependencyTree t = parser.parse(g.sentence());
            nanos += System.nanoTime() - t0;
            for (int i = 0; i < g.size(); i++) {
                boolean head = t.head(i) == g.head(i);
                boolean labelled = head && t.label(i).equals(g.label(i));
                count(all, head, labelled);
                if (!g.sentence().token(i).isPunctuation()) {
                    count(words, head, labelled);
                }
                long[] c = byLabel.computeIfAbsent(g.label(i), k -> new long[3]);
                count(c, head, labelled);
            }
        }
        System.out.printf(Locale.ROOT, "student vs teacher on %d held-out sentences:%n", gold.size());
        System.out.printf(Locale.ROOT, "  UAS %.4f LAS %.4f (all %d tokens)%n", all[1] / (double) all[0], all[2] / (double) all[0], all[0]);
        System.out.printf(Locale.ROOT, "  UAS %.4f LAS %.4f (without punctuation, %d tokens)%n",
                words[1] / (double) words[0], words[2] / (double) words[0], words[0]);
        System.out.println("  by teacher label (recall of head, of head and label):");
        for (var e : byLabel.entrySet()) {
            long[] c = e.getValue();
            System.out.printf(Locale.ROOT, "    %-10s %7d  %.3f  %.3f%n", e.getKey(), c[0], c[1] / (double) c[0], c[2] / (double) c[0]);
        }
        System.out.printf(Locale.ROOT, "  parsing %.0f tokens/s (one thread, first pass)%n", all[0] / (nanos / 1e9));
    }

    private static void count(long[] c, boolean head, boolean labelled) {
        c[0]++;
        if (head) {
            c[1]++;
        }
        if (labelled) {
            c[2]++;
        }
    }

    /**
     * Load time and heap of the model, and one thread's parsing speed over the whole corpus and over the
     * sentences with a role or personnel cue (as {@link ParserCost} picks them), beside bare tagging in the
     * same run: median of three rounds after a warm-up.
     */
    static void cost(Path corpus, Map<String, String> options) throws IOException {
        Annotator annotator = new Annotator(NlpModels.load());
        List<String> texts = new ArrayList<>();
        for (Path f : ParserTeacher.articles(corpus)) {
            texts.add(ParserTeacher.text(f));
        }
        Runtime rt = Runtime.getRuntime();
        long before = usedMb(rt);
        long t0 = System.nanoTime();
        OpenNlpDependencyParser parser = options.containsKey("model") ? read(ParserTeacher.path(options, "model"))
                : OpenNlpDependencyParser.load();
        double load = (System.nanoTime() - t0) / 1e9;
        long after = usedMb(rt);
        System.out.printf(Locale.ROOT, "parser loaded in %.2f s; heap %d MB -> %d MB (+%d MB)%n", load, before, after,
                after - before);
        List<Sentence> sentences = new ArrayList<>();
        List<Sentence> cued = new ArrayList<>();
        double[] tagging = new double[4];
        for (int round = 0; round < tagging.length; round++) {
            sentences.clear();
            long a0 = System.nanoTime();
            for (String text : texts) {
                sentences.addAll(annotator.annotate(text).sentences());
            }
            tagging[round] = (System.nanoTime() - a0) / 1e9;
        }
        long tokens = 0;
        long cuedTokens = 0;
        for (Sentence s : sentences) {
            tokens += s.size();
            if (ParserCost.hasCue(s)) {
                cued.add(s);
                cuedTokens += s.size();
            }
        }
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens; with a cue: %d sentences, %d tokens (%.0f%%)%n",
                sentences.size(), tokens, cued.size(), cuedTokens, 100.0 * cuedTokens / tokens);
        System.out.printf(Locale.ROOT, "OpenNLP sentences+tokens+POS (bare tagging): %.0f tokens/s%n",
                tokens / median(tagging));
        double[] all = new double[4];
        double[] some = new double[4];
        for (int round = 0; round < all.length; round++) {
            all[round] = parseSeconds(parser, sentences);
            some[round] = parseSeconds(parser, cued);
        }
        System.out.printf(Locale.ROOT, "parsing every sentence: %.0f tokens/s (%.1f s for the corpus)%n",
                tokens / median(all), median(all));
        System.out.printf(Locale.ROOT, "parsing the cued sentences: %.0f tokens/s (%.1f s; %.0f corpus tokens/s)%n",
                cuedTokens / median(some), median(some), tokens / median(some));
        System.out.printf(Locale.ROOT, "heap after parsing: %d MB (the annotated corpus included)%n", usedMb(rt));
    }

    private static double parseSeconds(OpenNlpDependencyParser parser, List<Sentence> sentences) {
        long t0 = System.nanoTime();
        for (Sentence s : sentences) {
            roots += parser.parse(s).root();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The median of the rounds after the first (a warm-up). */
    private static double median(double[] rounds) {
        double[] r = Arrays.copyOfRange(rounds, 1, rounds.length);
        Arrays.sort(r);
        return r[r.length / 2];
    }

    private static long usedMb(Runtime rt) {
        rt.gc();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
