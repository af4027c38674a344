package newskg.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its file.
 *
 * @param id        the file name, e.g. {@code 000_bcd50a19847de33a.txt}; names the article everywhere
 * @param source    where it was read from (as given by the user)
 * @param title     the first non-blank line
 * @param published the publication date when the text states it, else {@code null}
 * @param text      the whole text, line ends normalised to {@code \n}; all offsets refer to it
 */
public record Article(String id, String source, String title, LocalDate published, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }
}
