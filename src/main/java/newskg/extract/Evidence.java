package newskg.extract;

import java.util.Objects;
import newskg.nlp.TextSpan;

/**
 * Where and how a fact was found: the sentence that states it, the words within it, the rule or model
 * that read it and how sure that is.
 *
 * @param sentence   index of the sentence in the article
 * @param span       the characters of the words that state the fact
 * @param method     the rule or model, e.g. {@code role:title-before-name}
 * @param confidence from 0 to 1
 */
public record Evidence(int sentence, TextSpan span, String method, double confidence) {
    public Evidence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(method, "method");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence index must not be negative: " + sentence);
        }
        checkConfidence(confidence);
    }

    static void checkConfidence(double confidence) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }
}
