package newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The learned entity recognizer: an OpenNLP maximum-entropy name finder trained by the project
 * (README, "Training the entity model") over the tokens and UD tags of {@link Annotator}.
 * <pre>
 *   EntityRecognizer r = OpenNlpEntityRecognizer.load();      // once per JVM
 *   List&lt;EntitySpan&gt; names = r.recognize(annotatedText);
 * </pre>
 * Thread-safe: the model is loaded once and shared; each thread gets its own {@link NameFinderME}
 * (which keeps per-document state and is not thread-safe).
 */
public final class OpenNlpEntityRecognizer implements EntityRecognizer {
    /** The shipped model, a classpath resource. */
    public static final String MODEL = "/newskg/nlp/en-entities.bin";
    /** The feature generator descriptor the model is trained with, a classpath resource. */
    public static final String FEATURES = "/newskg/nlp/en-entities-features.xml";
    /** The name of the word-cluster lexicon inside the model, when its features use one. */
    public static final String CLUSTERS = "brown.clusters";

    private static OpenNlpEntityRecognizer shared;

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    /** A recognizer over {@code model}; {@link #load()} gives the shipped one. */
    public OpenNlpEntityRecognizer(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
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
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<EntitySpan> out = new ArrayList<>();
        try {
            for (Sentence s : text.sentences()) {
                Span[] spans = finder.find(words(s), context(s));
                for (Span sp : spans) {
                    TextSpan chars = new TextSpan(s.token(sp.getStart()).start(), s.token(sp.getEnd() - 1).end());
                    double p = Math.max(0, Math.min(1, sp.getProb()));
                    out.add(new EntitySpan(s.index(), sp.getStart(), sp.getEnd(), chars, sp.getType(), p));
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return out;
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
