package newskg.explore;

import java.util.List;

/**
 * The evidence of a fact or mention: the sentence of the article that states it, with the exact
 * words marked, and how the words were found. The marks are offsets in the article's text; the
 * sentence begins at {@code sentenceBegin}, so a mark's words are
 * {@code sentence.substring(mark.begin() - sentenceBegin, mark.end() - sentenceBegin)}.
 *
 * @param article       the article's IRI
 * @param articleTitle  its title, or null
 * @param articleIssued its publication date ({@code dcterms:issued}), or null
 * @param sentence      the sentence's text, exactly as in the article
 * @param sentenceBegin where the sentence begins in the article's text
 * @param marks         the words that state the fact, in text order
 * @param method        the rule or model that found them, or null
 * @param confidence    how sure it is, 0 to 1, or null
 */
public record Passage(String article, String articleTitle, String articleIssued, String sentence, int sentenceBegin,
                      List<Span> marks, String method, Double confidence) {
    public Passage {
        marks = List.copyOf(marks);
    }
}
