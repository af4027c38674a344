package newskg.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article.
 *
 * @param index  its position in the article, from 0
 * @param span   where it stands in the article text
 * @param text   its text as written
 * @param tokens its tokens, in order
 */
public record Sentence(int index, TextSpan span, String text, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must not be negative: " + index);
        }
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }
}
