package newskg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's mentions by where they start and end (offsets are the article's, so each is unique to a
 * sentence), for the extractors that look for a name next to a word. Immutable after construction.
 */
final class MentionIndex {
    private final Map<Integer, Mention> byStart = new HashMap<>();
    private final Map<Integer, Mention> byEnd = new HashMap<>();

    MentionIndex(List<Mention> mentions) {
        for (Mention m : mentions) {
            byStart.putIfAbsent(m.span().start(), m);
            byEnd.putIfAbsent(m.span().end(), m);
        }
    }

    /** The mention that starts at the character offset, or {@code null}. */
    Mention startingAt(int offset) {
        return byStart.get(offset);
    }

    /** The mention that ends at the character offset, or {@code null}. */
    Mention endingAt(int offset) {
        return byEnd.get(offset);
    }
}
