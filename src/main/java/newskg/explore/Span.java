package newskg.explore;

/**
 * Character offsets in an article's text ({@code nkg:text}), as the graph stores them: from 0, in
 * UTF-16 code units, end exclusive.
 */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("not a span: " + begin + ".." + end);
        }
    }
}
