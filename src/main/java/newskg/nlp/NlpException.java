package newskg.nlp;

import newskg.NewskgException;

/** A language model or lexicon that cannot be loaded. */
public class NlpException extends NewskgException {
    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
