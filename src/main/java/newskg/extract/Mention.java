package newskg.extract;

import java.util.Objects;
import newskg.nlp.TextSpan;

/**
 * One place where an article names an entity.
 *
 * @param sentence   index of the sentence it stands in
 * @param span       the name's characters (titles and a possessive {@code 's} left out)
 * @param text       the name as written there
 * @param type       what kind of entity the context says it names
 * @param method     the rule that found and typed it, e.g. {@code mention:gazetteer}
 * @param confidence how sure that rule is, from 0 to 1
 */
public record Mention(int sentence, TextSpan span, String text, EntityType type, String method, double confidence) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        if (text.isBlank()) {
            throw new IllegalArgumentException("mention text must not be blank");
        }
        Evidence.checkConfidence(confidence);
    }
}
