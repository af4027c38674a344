package newskg.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its input: its text, title, publication date and metadata.
 * <pre>
 *   Article a = ArticleReader.read(Path.of("news/harbor.md"));
 *   a.published();   // the day, or null; a.publication() says how precisely and from where
 * </pre>
 *
 * @param id          names the article everywhere: its path below the input directory
 *                    ({@code politics/001.txt}), or a JSON Lines record's {@code id}
 * @param source      where it was read from, for messages ({@code feeds/day.jsonl:12})
 * @param title       the title from the metadata, else the first non-blank line
 * @param publication when it was published and where that was found, or {@code null}
 * @param text        the text the graph stores and every offset refers to: the body after any front matter,
 *                    Markdown reduced to its words, a page's main text; in Unicode NFC, line ends {@code \n},
 *                    without byte-order marks, zero-width or control characters
 * @param metadata    the rest of the metadata
 * @param warnings    problems that did not stop the article from loading, each "source: problem"
 */
public record Article(String id, String source, String title, PublicationDate publication, String text,
                      ArticleMetadata metadata, List<String> warnings) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        warnings = List.copyOf(warnings);
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /** An article without metadata, its date (if any) found in the text. */
    public Article(String id, String source, String title, LocalDate published, String text) {
        this(id, source, title, published == null ? null : PublicationDate.of(published, DateSource.DATELINE), text,
                ArticleMetadata.NONE, List.of());
    }

    /** The day of publication, or {@code null} when unknown. */
    public LocalDate published() {
        return publication == null ? null : publication.date();
    }
}
