package newskg.extract;

import java.util.Objects;
import newskg.nlp.TextSpan;

/**
 * A direct quotation and who said it.
 *
 * @param text     the quoted words without the quotation marks
 * @param span     the quoted words' characters
 * @param speaker  a mention of the speaker (for "he said", the mention of the person "he" refers to)
 * @param evidence the sentence holding the quote (its start) and the attribution rule
 */
public record Quote(String text, TextSpan span, Mention speaker, Evidence evidence) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(evidence, "evidence");
    }
}
