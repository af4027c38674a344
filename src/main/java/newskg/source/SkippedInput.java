package newskg.source;

import java.util.Objects;

/**
 * An input found but known not to be an article (an unknown kind of file in a directory, a broken symbolic
 * link, a JSON Lines line that cannot be read): reading it fails with the reason, so that the build reports
 * and counts it with the other skipped inputs.
 * <pre>
 *   new SkippedInput("in/photo.jpg", "photo.jpg", "not an article format (.jpg)").read();  // throws
 * </pre>
 *
 * @param origin where it is, for the message
 * @param id     the id it would have
 * @param reason why it is skipped
 */
public record SkippedInput(String origin, String id, String reason) implements ArticleInput {
    public SkippedInput {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Article read() {
        throw new ArticleException(origin + ": " + reason);
    }
}
