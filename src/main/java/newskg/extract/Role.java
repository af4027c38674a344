package newskg.extract;

import java.util.Objects;

/**
 * A position, title or occupation the article says a person holds.
 *
 * @param person   the holder
 * @param title    the role words without organization or place ("Governor", "ICU nurse")
 * @param org      the organization the role is of, or {@code null}
 * @param place    the place the role is of, or {@code null}
 * @param evidence where the article says so
 */
public record Role(Mention person, String title, Mention org, Mention place, Evidence evidence) {
    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
        if (title.isBlank()) {
            throw new IllegalArgumentException("role title must not be blank");
        }
    }
}
