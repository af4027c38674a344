package newskg.teacher;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import newskg.nlp.Annotator;
import newskg.nlp.NlpModels;
import newskg.nlp.Sentence;
import newskg.nlp.Token;

/**
 * Measures what NLP4J's dependency parser would cost newskg if it parsed only the sentences that hold a
 * role or personnel cue: load time and heap of the parser alone (no embeddings), the share of
 * sentences it would see, and its speed on them.
 * <pre>
 *   mvn -B -ntp -Pteacher compile exec:exec -Dteacher.args="parser-cost --corpus DIR"
 * </pre>
 * Not thread-safe.
 */
final class ParserCost {
    /** Words (lower case, as written) that make a sentence one about a post or a change of post. */
    private static final Set<String> CUES = Set.of(
            "appointed", "appoint", "appoints", "named", "names", "elected", "elects", "promoted", "become",
            "becomes", "became", "succeed", "succeeds", "succeeded", "replace", "replaces", "replaced", "resign",
            "resigns", "resigned", "resignation", "quit", "quits", "fired", "sacked", "dismissed", "ousted",
            "relieved", "step", "stepped", "steps", "former", "ex", "outgoing", "incoming", "interim", "chief",
            "executive", "chairman", "chairwoman", "chair", "president", "minister", "secretary", "director",
            "head", "manager", "coach", "governor", "mayor", "senator", "leader", "spokesman", "spokeswoman",
            "officer", "founder", "boss", "ceo", "judge", "editor", "analyst");

    private ParserCost() {
    }

    static void run(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        long before = (rt.totalMemory() - rt.freeMemory()) >> 20;
        long t0 = System.nanoTime();
        NLPDecoder decoder;
        try (InputStream cfg = ParserCost.class.getResourceAsStream("/newskg/teacher/nlp4j-dep.xml")) {
            decoder = new NLPDecoder(cfg);
        }
        double load = (System.nanoTime() - t0) / 1e9;
        rt.gc();
        long after = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "POS+dependency models loaded in %.1f s; heap %d MB -> %d MB (+%d MB)%n",
                load, before, after, after - before);
        Annotator annotator = new Annotator(NlpModels.load());
        List<String> cued = new ArrayList<>();
        long sentences = 0;
        long tokens = 0;
        long cuedTokens = 0;
        long annotateNanos = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            long a0 = System.nanoTime();
            List<Sentence> ss = annotator.annotate(text).sentences();
            annotateNanos += System.nanoTime() - a0;
            for (Sentence s : ss) {
                sentences++;
                tokens += s.size();
                if (hasCue(s)) {
                    cued.add(s.text());
                    cuedTokens += s.size();
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d sentences, %d tokens; with a cue: %d sentences (%.0f%%), %d tokens (%.0f%%)%n",
                sentences, tokens, cued.size(), 100.0 * cued.size() / sentences, cuedTokens, 100.0 * cuedTokens / tokens);
        System.out.printf(Locale.ROOT, "OpenNLP sentence+token+POS over everything: %.0f tokens/s%n",
                tokens / (annotateNanos / 1e9));
        for (int round = 0; round < 2; round++) {
            long p0 = System.nanoTime();
            long parsed = 0;
            for (String s : cued) {
                NLPNode[] nodes = decoder.decode(s);
                parsed += nodes.length - 1;
            }
            double secs = (System.nanoTime() - p0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: NLP4J tokenize+POS+parse of the cued sentences: %d tokens in %.1f s, %.0f tokens/s;"
                    + " as a share of the whole corpus: %.0f corpus tokens/s%n", round + 1, parsed, secs, parsed / secs,
                    tokens / secs);
        }
        rt.gc();
        System.out.printf(Locale.ROOT, "heap after parsing: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    static boolean hasCue(Sentence s) {
        for (Token t : s.tokens()) {
            if (CUES.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
