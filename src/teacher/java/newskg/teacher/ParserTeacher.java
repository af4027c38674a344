package newskg.teacher;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import newskg.nlp.Annotator;
import newskg.nlp.NlpModels;
import newskg.nlp.OpenNlpEntityRecognizer;
import newskg.nlp.Sentence;
import newskg.nlp.Token;

/**
 * Trains newskg's dependency parser from a teacher: NLP4J 1.1.3's POS tagger and dependency parser
 * parse a general news corpus on newskg's own sentences and tokens, and an OpenNLP classifier learns
 * the transitions that rebuild those trees ({@link newskg.nlp.OpenNlpDependencyParser}).
 * <pre>
 *   mvn -B -ntp -Pteacher compile exec:exec -Dteacher.main=newskg.teacher.ParserTeacher \
 *       -Dteacher.args="label --corpus DIR --trees FILE"
 * </pre>
 * {@code label} runs the teacher (about a minute to load) and writes one tree per sentence;
 * {@code train} learns from all but every Nth article and reports attachment scores against the teacher
 * on the others; {@code agree} scores a model; {@code cost} measures a model's load time, heap and
 * speed. Not thread-safe.
 */
public final class ParserTeacher {
    private static final String USAGE = """
            usage: ParserTeacher label --corpus DIR --trees FILE
                   ParserTeacher train --corpus DIR --trees FILE --model FILE [--hold-out N]
                       [--algorithm PERCEPTRON|MAXENT] [--iterations N] [--cutoff N] [--sentences N]
                   ParserTeacher agree --corpus DIR --trees FILE --model FILE [--hold-out N]
                   ParserTeacher cost --corpus DIR [--model FILE]""";

    private ParserTeacher() {
    }

    public static void main(String[] args) throws IOException {
        String command = args.length == 0 ? "help" : args[0];
        Map<String, String> o = options(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        switch (command) {
            case "help" -> System.out.println(USAGE);
            case "label" -> label(path(o, "corpus"), path(o, "trees"));
            case "train" -> ParserTraining.train(path(o, "corpus"), path(o, "trees"), o);
            case "agree" -> ParserTraining.agree(path(o, "corpus"), path(o, "trees"), o);
            case "cost" -> ParserTraining.cost(path(o, "corpus"), o);
            default -> throw new IllegalArgumentException("unknown command: " + command + "\n" + USAGE);
        }
    }

    /** {@code --name value} pairs. */
    private static Map<String, String> options(List<String> args) {
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value: " + args);
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + name);
            }
            out.put(name.substring(2), args.get(i + 1));
        }
        return out;
    }

    /** The path an option names; the option is required. */
    static Path path(Map<String, String> options, String name) {
        String v = options.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name + "\n" + USAGE);
        }
        return Path.of(v);
    }

    /** Every .txt article under {@code root}, in sorted order of their paths. */
    static List<Path> articles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** An article's text: UTF-8, or Latin-1 where it is not valid UTF-8 (some BBC files). */
    static String text(Path p) throws IOException {
        try {
            return Files.readString(p);
        } catch (MalformedInputException e) {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        }
    }

    // ---------------------------------------------------------------- label

    private static void label(Path root, Path out) throws IOException {
        List<Path> files = articles(root);
        long t0 = System.nanoTime();
        NLPDecoder decoder;
        try (InputStream cfg = ParserTeacher.class.getResourceAsStream("/newskg/teacher/nlp4j-dep.xml")) {
            decoder = new NLPDecoder(cfg);
        }
        long loaded = System.nanoTime();
        System.out.printf(Locale.ROOT, "teacher loaded in %.1f s%n", (loaded - t0) / 1e9);
        Annotator annotator = new Annotator(NlpModels.load());
        Files.createDirectories(out.toAbsolutePath().getParent());
        long tokens = 0;
        int sentences = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(TeacherTrees.HEADER);
            for (Path f : files) {
                String article = root.relativize(f).toString();
                for (Sentence s : annotator.annotate(text(f)).sentences()) {
                    NLPNode[] nodes = decoder.decode(decoder.toNodeArray(nlp4jTokens(s)));
                    w.write(TeacherTrees.sentenceLine(article, s));
                    for (int i = 1; i < nodes.length; i++) {
                        Token t = s.token(i - 1);
                        NLPNode n = nodes[i];
                        boolean attached = n.getDependencyHead() != null;
                        w.write(TeacherTrees.tokenLine(i, t, n.getPartOfSpeechTag(),
                                attached ? n.getDependencyHead().getID() : 0, attached ? n.getDependencyLabel() : "root"));
                    }
                    tokens += s.size();
                    sentences++;
                }
            }
        }
        double secs = (System.nanoTime() - loaded) / 1e9;
        System.out.printf(Locale.ROOT, "parsed %d articles, %d sentences, %d tokens in %.1f s (%.0f tokens/s)%n",
                files.size(), sentences, tokens, secs, tokens / secs);
    }

    /**
     * newskg's tokens as NLP4J reads them, offsets from the sentence's start: the teacher parses exactly
     * the tokens the student will see, so that its heads need no alignment.
     */
    private static List<edu.emory.mathcs.nlp.component.tokenizer.token.Token> nlp4jTokens(Sentence s) {
        List<edu.emory.mathcs.nlp.component.tokenizer.token.Token> out = new ArrayList<>(s.size());
        int base = s.span().start();
        String[] words = OpenNlpEntityRecognizer.words(s);
        for (int i = 0; i < words.length; i++) {
            Token t = s.token(i);
            out.add(new edu.emory.mathcs.nlp.component.tokenizer.token.Token(words[i], t.start() - base, t.end() - base));
        }
        return out;
    }
}
