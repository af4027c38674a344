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
        // sentences are in text order and do not overlap: the last one starting at or before the offset
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.span().start() <= offset) {
                found = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && offset < found.span().end() ? found : null;
    }
}
