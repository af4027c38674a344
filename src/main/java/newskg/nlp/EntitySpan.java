package newskg.nlp;

import java.util.Objects;

/**
 * A name that a learned recognizer found in one sentence.
 *
 * @param sentence    index of the sentence
 * @param firstToken  index of its first token in the sentence
 * @param endToken    index after its last token (exclusive)
 * @param span        its characters in the article text
 * @param type        what it names: {@code person}, {@code organization} or {@code place}
 * @param probability the recognizer's probability for the whole name, from 0 to 1
 */
public record EntitySpan(int sentence, int firstToken, int endToken, TextSpan span, String type, double probability) {
    public EntitySpan {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        if (firstToken < 0 || endToken <= firstToken) {
            throw new IllegalArgumentException("token range must not be empty: " + firstToken + ".." + endToken);
        }
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1: " + probability);
        }
    }

    /** The number of tokens of the name. */
    public int length() {
        return endToken - firstToken;
    }
}
