package newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT 1.3, from Maven Central), loaded once from the classpath.
 * <pre>
 *   NlpModels models = NlpModels.load();
 *   Annotator annotator = new Annotator(models);   // one per thread
 * </pre>
 * Thread-safe: models are immutable and shared by every {@link Annotator}.
 */
public final class NlpModels {
    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static NlpModels shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;

    private NlpModels() throws IOException {
        try (InputStream s = open(SENTENCE); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            sentences = new SentenceModel(s);
            tokens = new TokenizerModel(t);
            pos = new POSModel(p);
        }
    }

    /**
     * The models, loaded on first use and shared afterwards.
     *
     * @throws NlpException when a model is missing or cannot be read
     */
    public static synchronized NlpModels load() {
        if (shared == null) {
            try {
                shared = new NlpModels();
            } catch (IOException e) {
                throw new NlpException("cannot load the OpenNLP models: " + e.getMessage(), e);
            }
        }
        return shared;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath");
        }
        return in;
    }
}
