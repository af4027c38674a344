package newskg.nlp;

/**
 * A stretch of an article's text: character offsets, {@code start} inclusive, {@code end} exclusive.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0) {
            throw new IllegalArgumentException("start index must not be negative: " + start);
        }
        if (start > end) {
            throw new IllegalArgumentException("start index must not be larger than end index: " + start + " > " + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
