package newskg.extract;

import java.util.Objects;

/** An entity taking part in an event, and its part. */
public record Participant(Mention mention, Part part) {
    public Participant {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(part, "part");
    }
}
