package newskg.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An article file found in the input, and the id it will have: its file name when given directly,
 * its path below the directory given otherwise ({@code politics/001.txt}), so that files of one name in
 * different folders stay different articles.
 */
public record ArticleFile(Path path, String id) implements ArticleInput {
    public ArticleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    @Override
    public String origin() {
        return path.toString();
    }

    @Override
    public Article read() {
        return ArticleReader.read(this);
    }
}
