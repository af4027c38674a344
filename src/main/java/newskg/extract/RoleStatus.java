package newskg.extract;

import java.util.Locale;

/**
 * Whether the person holds a role at the time the article was written: {@code current} (the default, and
 * for a post just taken), {@code former} ("former minister", "resigned as chair", "X, who was Y"),
 * {@code future} ("will take over as chief executive", "president-elect").
 */
public enum RoleStatus {
    CURRENT, FORMER, FUTURE;

    /** The lower-case word the graph and the queries use: current, former, future. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
