package newskg.source;

import java.util.ArrayList;
import java.util.List;

/** The last step of every reader: the text checked and normalized, the title and date settled. */
final class Articles {
    private static final int TITLE_MAX_CHARS = 160;

    private Articles() {
    }

    /**
     * An article from a reader's fields and body text. Without a title in the fields, the first line is
     * the headline and the title.
     *
     * @throws ArticleException when the text has no letters
     */
    static Article assemble(String id, String origin, ArticleFields fields, String body) {
        String text = TextNormalizer.normalize(body);
        if (text.isBlank()) {
            throw new ArticleException(origin + ": empty file, no article text");
        }
        if (!TextNormalizer.hasLetters(text)) {
            throw new ArticleException(origin + ": no article text (no letters in it)");
        }
        String title = fields.title() != null ? fields.title() : titleOf(firstLine(text));
        PublicationDate published = fields.publication() != null ? fields.publication()
                : PublicationDateFinder.find(text, fields.title() == null).orElse(null);
        List<String> warnings = new ArrayList<>(fields.warnings());
        return new Article(id, origin, title, published, text, fields.metadata(), warnings);
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n", 64)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return text.strip();
    }

    /** The first line, or its first sentence when the article has no separate headline line. */
    static String titleOf(String firstLine) {
        if (firstLine.length() <= TITLE_MAX_CHARS) {
            return firstLine;
        }
        int stop = firstLine.indexOf(". ");
        if (stop > 0 && stop < TITLE_MAX_CHARS * 2) {
            return firstLine.substring(0, stop + 1);
        }
        return firstLine.substring(0, TITLE_MAX_CHARS).strip() + "\u2026";
    }
}
