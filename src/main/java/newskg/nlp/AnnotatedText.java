package newskg.nlp;

import java.util.List;
import java.util.Objects;

/** An article's text split into sentences and tagged tokens. Offsets refer to {@code text}. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains the character offset, or {@code null}. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s;
            }
        }
        return null;
    }
}
