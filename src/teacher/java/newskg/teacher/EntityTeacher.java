package newskg.teacher;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Annotator;
import newskg.nlp.EntitySpan;
import newskg.nlp.NlpModels;
import newskg.nlp.OpenNlpEntityRecognizer;
import newskg.nlp.Sentence;
import newskg.nlp.Token;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains newskg's entity model from a teacher: NLP4J's pretrained OntoNotes recognizer labels a general
 * news corpus, and an OpenNLP name finder learns those labels over the project's own tokens and tags.
 * <pre>
 *   mvn -B -ntp -Pteacher compile exec:exec -Dteacher.args="label --corpus DIR --labels FILE"
 *   mvn -B -ntp -Pteacher compile exec:exec -Dteacher.args="train --corpus DIR --labels FILE --model FILE"
 * </pre>
 * {@code label} runs the teacher (slow: about a minute to load, 3 GB of heap) and writes the names it
 * finds as character offsets; {@code train} annotates the same articles with {@link Annotator}, aligns
 * the teacher's names with the tokens by their offsets, trains on all but every Nth article, and reports
 * how far the student agrees with the teacher on the articles it did not see. Not thread-safe.
 */
public final class EntityTeacher {
    /** OntoNotes types and the type they become; NORP and the rest are not entities here. */
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", OpenNlpEntityRecognizer.PERSON, "ORG", OpenNlpEntityRecognizer.ORGANIZATION,
            "GPE", OpenNlpEntityRecognizer.PLACE, "LOC", OpenNlpEntityRecognizer.PLACE);

    private final Map<String, String> options;

    private EntityTeacher(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("help")) {
            System.out.println("usage: EntityTeacher label --corpus DIR --labels FILE");
            System.out.println("       EntityTeacher train --corpus DIR --labels FILE --model FILE [--hold-out N]"
                    + " [--iterations N] [--cutoff N] [--beam N] [--threads N] [--fac]");
            System.out.println("       EntityTeacher agree --corpus DIR --labels FILE --model FILE [--hold-out N]");
            System.out.println("       EntityTeacher parser-cost --corpus DIR");
            System.out.println("       EntityTeacher clusters --out FILE");
            System.out.println("       EntityTeacher extraction-cost --corpus DIR");
            return;
        }
        Map<String, String> opts = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + args[i]);
            }
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            opts.put(args[i].substring(2), flag ? "true" : args[++i]);
        }
        EntityTeacher t = new EntityTeacher(opts);
        switch (args[0]) {
            case "label" -> t.label();
            case "train" -> t.train();
            case "agree" -> t.agree(new OpenNlpEntityRecognizer(readModel(Path.of(t.required("model")))));
            case "parser-cost" -> ParserCost.run(Path.of(t.required("corpus")));
            case "clusters" -> t.clusters();
            case "extraction-cost" -> ExtractionCost.run(Path.of(t.required("corpus")));
            default -> throw new IllegalArgumentException("unknown command: " + args[0]);
        }
    }

    private String required(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return v;
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    /** Every .txt article under the corpus directory, by relative path in sorted order. */
    private Map<String, Path> corpus() throws IOException {
        Path root = Path.of(required("corpus"));
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".txt")).forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }

    private static String read(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    // ---------------------------------------------------------------- label

    private void label() throws IOException {
        Map<String, Path> files = corpus();
        long t0 = System.nanoTime();
        NLPDecoder decoder;
        try (InputStream cfg = EntityTeacher.class.getResourceAsStream("/newskg/teacher/nlp4j-ner.xml")) {
            decoder = new NLPDecoder(cfg);
        }
        long loaded = System.nanoTime();
        System.out.printf(Locale.ROOT, "teacher loaded in %.1f s, heap used %d MB%n", (loaded - t0) / 1e9, usedMb());
        Annotator annotator = new Annotator(NlpModels.load());
        Path out = Path.of(required("labels"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        long tokens = 0;
        int names = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# article\tstart\tend\tOntoNotes type (character offsets into the article; NLP4J 1.1.3)\n");
            for (var e : files.entrySet()) {
                String text = read(e.getValue());
                w.write("#article\t" + e.getKey() + "\n");
                for (Sentence s : annotator.annotate(text).sentences()) {
                    NLPNode[] nodes = decoder.decode(s.text());
                    tokens += nodes.length - 1;
                    for (int[] n : namesOf(nodes)) {
                        String type = nodes[n[0]].getNamedEntityTag().substring(2);
                        int start = s.span().start() + nodes[n[0]].getStartOffset();
                        int end = s.span().start() + nodes[n[1]].getEndOffset();
                        w.write(e.getKey() + "\t" + start + "\t" + end + "\t" + type + "\n");
                        names++;
                    }
                }
            }
        }
        double secs = (System.nanoTime() - loaded) / 1e9;
        System.out.printf(Locale.ROOT, "labelled %d articles, %d tokens, %d names in %.1f s (%.0f tokens/s); heap used %d MB%n",
                files.size(), tokens, names, secs, tokens / secs, usedMb());
    }

    /** BILOU tag runs: first and last node index of each name (node 0 is NLP4J's root). */
    private static List<int[]> namesOf(NLPNode[] nodes) {
        List<int[]> out = new ArrayList<>();
        int begin = -1;
        for (int i = 1; i < nodes.length; i++) {
            String tag = nodes[i].getNamedEntityTag();
            if (tag == null || tag.length() < 3) {
                begin = -1;
                continue;
            }
            switch (tag.charAt(0)) {
                case 'U' -> out.add(new int[] {i, i});
                case 'B' -> begin = i;
                case 'L' -> {
                    if (begin >= 0 && nodes[begin].getNamedEntityTag().substring(2).equals(tag.substring(2))) {
                        out.add(new int[] {begin, i});
                    }
                    begin = -1;
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static long usedMb() {
        Runtime r = Runtime.getRuntime();
        r.gc();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    // ---------------------------------------------------------------- word clusters

    /** NLP4J's Brown clusters (Apache-2.0), keyed by lower-case simplified word form. */
    private static final String NLP4J_CLUSTERS = "/edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz";
    /** The words whose clusters are kept: letters, with inner dots, hyphens, apostrophes or ampersands. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z][a-z.&'-]{0,19}");

    /**
     * Writes NLP4J's Brown clusters as OpenNLP reads them ({@code word TAB bit-path}), each word in lower
     * case and capitalised (OpenNLP looks words up as written).
     */
    private void clusters() throws IOException {
        Map<String, ?> lexicon;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new org.tukaani.xz.XZInputStream(
                new java.io.BufferedInputStream(EntityTeacher.class.getResourceAsStream(NLP4J_CLUSTERS))))) {
            @SuppressWarnings("unchecked")
            Map<String, ?> m = (Map<String, ?>) in.readObject();
            lexicon = m;
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
        Path out = Path.of(required("out"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        int words = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (var e : new TreeMap<>(lexicon).entrySet()) {
                String word = e.getKey();
                if (!WORD.matcher(word).matches()) {
                    continue; // numbers, symbols, URLs and very long tokens: no name words
                }
                String path = "";
                for (Object p : (Iterable<?>) e.getValue()) {
                    if (p.toString().length() > path.length()) {
                        path = p.toString();
                    }
                }
                w.write(word + "\t" + path + "\n");
                String cap = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                if (!cap.equals(word)) {
                    w.write(cap + "\t" + path + "\n");
                }
                words++;
            }
        }
        System.out.printf(Locale.ROOT, "%d words written to %s (%d bytes)%n", words, out, Files.size(out));
    }

    // ---------------------------------------------------------------- train and agree

    /** One labelled name: character offsets and OntoNotes type. */
    private record Label(int start, int end, String type) {
    }

    /** One article with its sentences and the teacher's names aligned with their tokens. */
    private record Labelled(String name, AnnotatedText text, List<Span[]> names, boolean[] aligned) {
    }

    private Map<String, List<Label>> labels() throws IOException {
        Map<String, List<Label>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(required("labels")), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("#article")) {
                out.put(f[1], new ArrayList<>());
            } else if (!line.startsWith("#")) {
                out.get(f[0]).add(new Label(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
            }
        }
        return out;
    }

    private List<Labelled> align(boolean heldOut) throws IOException {
        Map<String, Path> files = corpus();
        Map<String, List<Label>> labels = labels();
        Map<String, String> types = new HashMap<>(TYPES);
        if (options.containsKey("fac")) {
            types.put("FAC", OpenNlpEntityRecognizer.PLACE);
        }
        int every = number("hold-out", 10);
        Annotator annotator = new Annotator(NlpModels.load());
        List<Labelled> out = new ArrayList<>();
        int index = 0;
        int dropped = 0;
        int sentences = 0;
        for (var e : labels.entrySet()) {
            boolean held = index++ % every == 0;
            if (held != heldOut) {
                continue;
            }
            AnnotatedText text = annotator.annotate(read(files.get(e.getKey())));
            List<Span[]> names = new ArrayList<>();
            boolean[] aligned = new boolean[text.sentences().size()];
            for (Sentence s : text.sentences()) {
                List<Span> spans = new ArrayList<>();
                boolean ok = true;
                for (Label l : e.getValue()) {
                    if (l.start() < s.span().start() || l.start() >= s.span().end()) {
                        continue;
                    }
                    String type = types.get(l.type());
                    int first = tokenStarting(s, l.start());
                    int last = tokenEnding(s, l.end());
                    if (first < 0 || last < first) {
                        ok = false; // the teacher's name does not fall on token boundaries
                    } else if (type != null) {
                        Span span = trim(s, text.text(), first, last + 1, type);
                        if (span != null) {
                            spans.add(span);
                        }
                    }
                }
                aligned[s.index()] = ok;
                sentences++;
                if (!ok) {
                    dropped++;
                }
                names.add(spans.toArray(new Span[0]));
            }
            out.add(new Labelled(e.getKey(), text, names, aligned));
        }
        System.out.printf(Locale.ROOT, "%s: %d articles, %d sentences, %d left out (names off token boundaries)%n",
                heldOut ? "held out" : "training", out.size(), sentences, dropped);
        return out;
    }

    /** Words the teacher sometimes puts into a name and sometimes not; newskg's names leave them out. */
    private static final Set<String> LEADING = Set.of("the", "The", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr",
            "Dr.", "Sir", "Dame", "Lord", "Lady", "Rev", "Rev.", "Prof", "Prof.");

    /**
     * The teacher's name made consistent: no leading article or honorific, and no possessive unless the
     * possessive belongs to the name (one word before it, never used without it in the article, as a
     * store called after its founder is).
     */
    private static Span trim(Sentence s, String article, int first, int end, String type) {
        while (first < end && LEADING.contains(s.token(first).text())) {
            first++;
        }
        if (end - first >= 2 && isPossessive(s.token(end - 1).text())) {
            String base = article.substring(s.token(first).start(), s.token(end - 2).end());
            if (end - first > 2 || usedWithoutPossessive(article, base)) {
                end--;
            }
        }
        return first < end ? new Span(first, end, type) : null;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    private static boolean usedWithoutPossessive(String article, String base) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(base)
                + "\\b(?!['\u2019])").matcher(article);
        return m.find();
    }

    private static int tokenStarting(Sentence s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    private static int tokenEnding(Sentence s, int offset) {
        for (int i = s.size() - 1; i >= 0; i--) {
            Token t = s.token(i);
            if (t.end() == offset) {
                return i;
            }
        }
        return -1;
    }

    private void train() throws IOException {
        List<NameSample> samples = new ArrayList<>();
        long tokens = 0;
        for (Labelled a : align(false)) {
            boolean first = true;
            for (Sentence s : a.text().sentences()) {
                if (!a.aligned()[s.index()]) {
                    continue;
                }
                samples.add(new NameSample(OpenNlpEntityRecognizer.words(s), a.names().get(s.index()),
                        OpenNlpEntityRecognizer.context(s), first));
                first = false;
                tokens += s.size();
            }
        }
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, options.getOrDefault("algorithm", "MAXENT"));
        p.put(TrainingParameters.ITERATIONS_PARAM, number("iterations", 100));
        p.put(TrainingParameters.CUTOFF_PARAM, number("cutoff", 2));
        p.put(TrainingParameters.THREADS_PARAM, number("threads", 2));
        // decoding only (the maximum-entropy training does not depend on it): greedy is about as good and
        // much faster than a beam of 3
        p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, number("beam", 1));
        System.out.printf(Locale.ROOT, "training on %d sentences, %d tokens: %s%n", samples.size(), tokens, p.getObjectSettings());
        long t0 = System.nanoTime();
        byte[] features = options.containsKey("features") ? Files.readAllBytes(Path.of(options.get("features")))
                : OpenNlpEntityRecognizer.featureDescriptor();
        Map<String, Object> resources = new HashMap<>();
        if (options.containsKey("clusters")) {
            resources.put(OpenNlpEntityRecognizer.CLUSTERS, new Clusters(Path.of(options.get("clusters"))));
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features, resources, new BioCodec());
        TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples),
                p, factory);
        System.out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Path out = Path.of(required("model"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.serialize(os);
        }
        System.out.printf(Locale.ROOT, "model %s: %d bytes%n", out, Files.size(out));
        agree(new OpenNlpEntityRecognizer(readModel(out)));
    }

    /**
     * OpenNLP's Brown cluster lexicon, written into the model without closing the model's zip stream
     * (OpenNLP's own {@code serialize} closes it, and the model cannot be written).
     */
    private static final class Clusters extends opennlp.tools.util.featuregen.BrownCluster {
        private final List<String> lines;

        Clusters(Path file) throws IOException {
            super(Files.newInputStream(file));
            this.lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }

        @Override
        public void serialize(OutputStream out) throws IOException {
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
            w.flush();
        }
    }

    private static TokenNameFinderModel readModel(Path p) throws IOException {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(p)) {
            TokenNameFinderModel m = new TokenNameFinderModel(in);
            System.out.printf(Locale.ROOT, "model loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            return m;
        }
    }

    /** Student against teacher on the held-out articles: exact names, by type. */
    private void agree(OpenNlpEntityRecognizer student) throws IOException {
        Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
        long tokens = 0;
        long nanos = 0;
        for (Labelled a : align(true)) {
            long t0 = System.nanoTime();
            List<EntitySpan> found = student.recognize(a.text());
            nanos += System.nanoTime() - t0;
            for (Sentence s : a.text().sentences()) {
                tokens += s.size();
                if (!a.aligned()[s.index()]) {
                    continue;
                }
                Set<String> gold = new java.util.HashSet<>();
                for (Span sp : a.names().get(s.index())) {
                    gold.add(sp.getStart() + ":" + sp.getEnd() + ":" + sp.getType());
                    counts.computeIfAbsent(sp.getType(), k -> new int[3])[2]++;
                }
                for (EntitySpan f : found) {
                    if (f.sentence() != s.index()) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(f.type(), k -> new int[3]);
                    if (gold.contains(f.firstToken() + ":" + f.endToken() + ":" + f.type())) {
                        c[0]++;
                        c[2]--;
                    } else {
                        c[1]++;
                    }
                }
            }
        }
        System.out.println("student vs teacher on held-out articles (exact name and type):");
        System.out.println("type           P      R      F1   teacher names");
        double sum = 0;
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            double pr = c[0] / (double) Math.max(1, c[0] + c[1]);
            double re = c[0] / (double) Math.max(1, c[0] + c[2]);
            double f1 = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            sum += f1;
            System.out.printf(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f %6d%n", e.getKey(), pr, re, f1, c[0] + c[2]);
        }
        System.out.printf(Locale.ROOT, "mean F1 %.3f; recognition %.0f tokens/s (one thread)%n",
                sum / Math.max(1, counts.size()), tokens / (nanos / 1e9));
    }
}
