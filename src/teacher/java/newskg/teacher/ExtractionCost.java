package newskg.teacher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newskg.extract.EventDetector;
import newskg.extract.Extractor;
import newskg.extract.Gazetteer;
import newskg.extract.MentionFinder;
import newskg.extract.NameWords;
import newskg.extract.PersonnelFinder;
import newskg.extract.QuoteFinder;
import newskg.extract.RoleExtractor;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Annotator;
import newskg.nlp.EntityRecognizer;
import newskg.nlp.NlpModels;
import newskg.nlp.OpenNlpEntityRecognizer;
import newskg.nlp.WordNet;
import newskg.source.Article;

/**
 * Measures what the learned entity recognizer costs, in one thread over a corpus: the model's load time
 * and heap, and tokens per second of bare OpenNLP tagging, of the recognizer alone, and of the whole
 * extraction stage with rules only and with rules and model. Each figure is the median of three rounds
 * after a warm-up round.
 * <pre>
 *   mvn -B -ntp -Pteacher compile exec:exec -Dteacher.args="extraction-cost --corpus DIR"
 * </pre>
 * Not thread-safe.
 */
final class ExtractionCost {
    private ExtractionCost() {
    }

    static void run(Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        Runtime rt = Runtime.getRuntime();
        Annotator annotator = new Annotator(NlpModels.load());
        Gazetteer gazetteer = Gazetteer.load();
        NameWords words = new NameWords(WordNet.load(), gazetteer);
        rt.gc();
        long before = (rt.totalMemory() - rt.freeMemory()) >> 20;
        long t0 = System.nanoTime();
        EntityRecognizer model = OpenNlpEntityRecognizer.load();
        double load = (System.nanoTime() - t0) / 1e9;
        rt.gc();
        long after = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "entity model loaded in %.2f s; heap +%d MB%n", load, after - before);
        Extractor rules = new Extractor(new MentionFinder(gazetteer, words), new RoleExtractor(words),
                new QuoteFinder(words), new EventDetector(words), new PersonnelFinder(words, newskg.nlp.OpenNlpDependencyParser::load));
        Extractor both = Extractor.standard();
        List<AnnotatedText> annotated = new ArrayList<>();
        long tokens = 0;
        for (String t : texts) {
            AnnotatedText a = annotator.annotate(t);
            annotated.add(a);
            tokens += a.sentences().stream().mapToLong(x -> x.size()).sum();
        }
        System.out.printf(Locale.ROOT, "%d articles, %d tokens%n", texts.size(), tokens);
        List<Double> tag = new ArrayList<>();
        List<Double> recognize = new ArrayList<>();
        List<Double> ruleOnly = new ArrayList<>();
        List<Double> combined = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            long a = System.nanoTime();
            for (String t : texts) {
                annotator.annotate(t);
            }
            long b = System.nanoTime();
            for (AnnotatedText x : annotated) {
                model.recognize(x);
            }
            long c = System.nanoTime();
            for (AnnotatedText x : annotated) {
                rules.extract(new Article("a", "a", "a", null, x.text()), x);
            }
            long d = System.nanoTime();
            for (AnnotatedText x : annotated) {
                both.extract(new Article("a", "a", "a", null, x.text()), x);
            }
            long e = System.nanoTime();
            if (round > 0) {
                tag.add(tokens / ((b - a) / 1e9));
                recognize.add(tokens / ((c - b) / 1e9));
                ruleOnly.add(tokens / ((d - c) / 1e9));
                combined.add(tokens / ((e - d) / 1e9));
            }
            System.out.printf(Locale.ROOT, "round %d: tagging %.0f, recognizer %.0f, extraction (rules) %.0f,"
                    + " extraction (rules + model) %.0f tokens/s%n", round, tokens / ((b - a) / 1e9),
                    tokens / ((c - b) / 1e9), tokens / ((d - c) / 1e9), tokens / ((e - d) / 1e9));
        }
        double m = median(tag);
        System.out.printf(Locale.ROOT, "median tokens/s, one thread: OpenNLP sentence+token+POS %.0f; recognizer alone %.0f;"
                + " extraction with rules only %.0f (%.2fx tagging); with rules and model %.0f (%.2fx tagging)%n",
                m, median(recognize), median(ruleOnly), median(ruleOnly) / m, median(combined), median(combined) / m);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
