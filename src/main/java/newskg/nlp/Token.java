package newskg.nlp;

import java.util.Objects;

/**
 * A token with its Universal Dependencies part-of-speech tag ({@code PROPN}, {@code NOUN}, {@code VERB}, ...).
 *
 * @param text the token as written in the article (curly quotes kept)
 * @param tag  the UD tag; combined tags such as {@code PROPN+PART} are split before they reach here
 * @param span where it stands in the article text
 */
public record Token(String text, String tag, TextSpan span) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(span, "span");
    }

    public boolean isProperNoun() {
        return tag.equals("PROPN");
    }

    /** True when the first character is an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isPunctuation() {
        return tag.equals("PUNCT");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
