package newskg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An article file found in the input, and the id it will have: its file name when given directly, its
 * path below the directory given otherwise ({@code politics/001.txt}), so that files of one name in
 * different folders stay different articles. A JSON Lines file is not one article: it is read through
 * {@link ArticleInputs}, one input a line.
 *
 * @param path   the file
 * @param id     the article id
 * @param format how it is read; {@code null} for a file given directly under an unknown name, read as text
 */
public record ArticleFile(Path path, String id, ArticleFormat format) implements ArticleInput {
    public ArticleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id must not be blank");
        }
    }

    /** A file read in the format its name says. */
    public ArticleFile(Path path, String id) {
        this(path, id, ArticleFormat.of(path));
    }

    @Override
    public String origin() {
        return path.toString();
    }

    @Override
    public Article read() {
        return ArticleReader.read(this);
    }

    @Override
    public long sizeBeforeReading() throws IOException {
        return Files.isRegularFile(path) ? Files.size(path) : -1;
    }
}
