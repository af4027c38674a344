package newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The learned entity recognizer: an OpenNLP maximum-entropy name finder trained by the project
 * (README, "Training the entity model") over the tokens and UD tags of {@link Annotator}.
 * <pre>
 *   EntityRecognizer r = OpenNlpEntityRecognizer.load();      // once per JVM
 *   List&lt;EntitySpan&gt; names = r.recognize(annotatedText);
 * </pre>
 * Decodes as OpenNLP's {@code NameFinderME} does with a beam of one (greedy, the same features, the
 * codec's rule that a name continues only after its start), except that the model is not asked about
 * a word outside a name that cannot start one: a word with no capital letter or digit that is not a
 * name particle before a capitalised word ({@link NameParticles}: "van der Walt", "al-Qaeda"). Most
 * words of news text are such words, so the model is asked about one word in five, and a lower-case
 * word before a name cannot join it ("the trump Brevik Exchange"; README, "Training the entity model").
 * Thread-safe: the model is loaded once and shared; each thread gets its own context generator
 * (which keeps per-document state).
 */
public final class OpenNlpEntityRecognizer implements EntityRecognizer {
    /** The shipped model, a classpath resource. */
    public static final String MODEL = "/newskg/nlp/en-entities.bin";
    /** The feature generator descriptor the model is trained with, a classpath resource. */
    public static final String FEATURES = "/newskg/nlp/en-entities-features.xml";
    /** The model's classifier, an entry of the model file as OpenNLP writes it. */
    public static final String CLASSIFIER = "nameFinder.model";
    /** The name of the word-cluster lexicon inside the model, when its features use one. */
    public static final String CLUSTERS = "brown.clusters";

    private static OpenNlpEntityRecognizer shared;

    private final TokenNameFinderModel model;
    private final MaxentModel classifier;
    private final SequenceCodec<String> codec;
    private final String[] outcomes;
    /** The outcome of a word outside any name, or -1 when the model's codec has none. */
    private final int other;
    private final ThreadLocal<Context> contexts;

    /** A recognizer over {@code model}, an OpenNLP name finder model; {@link #load()} gives the shipped one. */
    public OpenNlpEntityRecognizer(TokenNameFinderModel model) {
        this.model = model;
        this.classifier = model.getArtifact(CLASSIFIER);
        this.codec = model.getSequenceCodec();
        this.outcomes = new String[classifier.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = classifier.getOutcome(o);
        }
        this.other = Arrays.asList(outcomes).indexOf(BioCodec.OTHER);
        this.contexts = ThreadLocal.withInitial(() -> new Context(model));
    }

    /**
     * The shipped recognizer, loaded on first use and shared afterwards.
     *
     * @throws NlpException when the model is missing or cannot be read
     */
    public static synchronized OpenNlpEntityRecognizer load() {
        if (shared == null) {
            try (InputStream in = OpenNlpEntityRecognizer.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IOException("model " + MODEL + " is not on the classpath");
                }
                shared = new OpenNlpEntityRecognizer(new TokenNameFinderModel(in));
            } catch (IOException e) {
                throw new NlpException("cannot load the entity model: " + e.getMessage(), e);
            }
        }
        return shared;
    }

    /** The model, for writing it out after training. */
    public TokenNameFinderModel model() {
        return model;
    }

    @Override
    public List<EntitySpan> recognize(AnnotatedText text) {
        Context context = contexts.get();
        context.words.clearAdaptiveData();
        SequenceValidator<String> valid = codec.createSequenceValidator();
        List<EntitySpan> out = new ArrayList<>();
        try {
            for (Sentence s : text.sentences()) {
                String[] words = words(s);
                context.tags.setCurrentContext(context(s));
                String[] decided = new String[words.length];
                double[] probs = new double[words.length];
                for (int i = 0; i < words.length; i++) {
                    if (other >= 0 && !mayStartName(words, i) && (i == 0 || decided[i - 1].equals(outcomes[other]))) {
                        // outside a name, a word that cannot start one is outside one: no need to ask the model
                        decided[i] = outcomes[other];
                        probs[i] = 1;
                        continue;
                    }
                    double[] p = classifier.eval(context.words.getContext(i, words, decided, null));
                    int best = best(p, i, words, decided, valid);
                    decided[i] = outcomes[best];
                    probs[i] = p[best];
                }
                context.words.updateAdaptiveData(words, decided);
                for (Span sp : codec.decode(Arrays.asList(decided))) {
                    double sum = 0;
                    for (int i = sp.getStart(); i < sp.getEnd(); i++) {
                        sum += probs[i];
                    }
                    double p = Math.max(0, Math.min(1, sum / sp.length()));
                    TextSpan chars = new TextSpan(s.token(sp.getStart()).start(), s.token(sp.getEnd() - 1).end());
                    out.add(new EntitySpan(s.index(), sp.getStart(), sp.getEnd(), chars, sp.getType(), p));
                }
            }
        } finally {
            context.words.clearAdaptiveData();
        }
        return out;
    }

    /**
     * Whether a name may start at word {@code i}: it has a capital letter or a digit ("eBay", "3M",
     * "10 Downing Street"), or it is a name particle before one ("da Silva", "van der Walt" when the name
     * is written without its given name; "al-Qaeda").
     */
    private static boolean mayStartName(String[] words, int i) {
        if (hasCapital(words[i]) || hasDigit(words[i])) {
            return true;
        }
        int j = i;
        while (j < words.length && j - i < 4 && (NameParticles.is(words[j]) || j > i && words[j].equals("-"))) {
            j++;
        }
        return j > i && j < words.length && hasCapital(words[j]);
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapital(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The likeliest outcome that may follow the ones decided (greedy decoding: a name's continuation
     * only after its start, as the codec says).
     */
    private int best(double[] p, int i, String[] words, String[] decided, SequenceValidator<String> valid) {
        int best = 0;
        for (int o = 1; o < p.length; o++) {
            if (p[o] > p[best]) {
                best = o;
            }
        }
        String[] before = Arrays.copyOf(decided, i);
        if (valid.validSequence(i, words, before, outcomes[best])) {
            return best;
        }
        int bestValid = -1;
        for (int o = 0; o < p.length; o++) {
            if ((bestValid < 0 || p[o] > p[bestValid]) && valid.validSequence(i, words, before, outcomes[o])) {
                bestValid = o;
            }
        }
        return bestValid >= 0 ? bestValid : best;
    }

    /**
     * The words the model reads for a sentence: the tokens with curly quotes straightened, as the
     * tokenizer saw them. Training and recognition must both use this.
     */
    public static String[] words(Sentence s) {
        String[] w = new String[s.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Annotator.straightenQuotes(s.token(i).text());
        }
        return w;
    }

    /**
     * What the model reads besides the words, one row per token: its UD tag (the name finder adds the
     * tags of the neighbouring tokens itself). Training and recognition must both use this.
     */
    public static String[][] context(Sentence s) {
        String[][] c = new String[s.size()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = new String[] {"t=" + s.token(i).tag()};
        }
        return c;
    }

    /**
     * One thread's feature generation: the model's descriptor, and the tags of the eight tokens on each
     * side as {@code NameFinderME} adds them (the model was trained with them).
     */
    private static final class Context {
        final NameContextGenerator words;
        final AdditionalContextFeatureGenerator tags = new AdditionalContextFeatureGenerator();

        Context(TokenNameFinderModel model) {
            words = model.getFactory().createContextGenerator();
            words.addFeatureGenerator(new WindowFeatureGenerator(tags, 8, 8));
        }
    }

    /** The feature generator descriptor, for training. */
    public static byte[] featureDescriptor() {
        try (InputStream in = OpenNlpEntityRecognizer.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new NlpException("feature descriptor " + FEATURES + " is not on the classpath", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
