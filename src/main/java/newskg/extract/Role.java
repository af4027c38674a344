package newskg.extract;

import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * A position, title or occupation the article says a person holds, held or will hold.
 *
 * @param person   the holder
 * @param title    the role words without organization or place ("Governor", "ICU nurse")
 * @param org      the organization the role is of, or {@code null}
 * @param place    the place the role is of, or {@code null}
 * @param status   whether it is held at the time of writing
 * @param start    when it began, as precisely as the article says ({@link java.time.Year},
 *                 {@link java.time.YearMonth} or {@link java.time.LocalDate}), or {@code null}
 * @param end      when it ended, likewise, or {@code null}
 * @param evidence where the article says so
 */
public record Role(Mention person, String title, Mention org, Mention place, RoleStatus status, Temporal start,
                   Temporal end, Evidence evidence) {
    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        if (title.isBlank()) {
            throw new IllegalArgumentException("role title must not be blank");
        }
    }

    /** A role held now, with no dates. */
    public Role(Mention person, String title, Mention org, Mention place, Evidence evidence) {
        this(person, title, org, place, RoleStatus.CURRENT, null, null, evidence);
    }

    /** This role with another status. */
    public Role withStatus(RoleStatus s) {
        return new Role(person, title, org, place, s, start, end, evidence);
    }

    /** This role with another organization and place. */
    public Role withOwners(Mention o, Mention p) {
        return new Role(person, title, o, p, status, start, end, evidence);
    }
}
