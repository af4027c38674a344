package newskg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A specific happening the article reports.
 *
 * @param type         its kind
 * @param trigger      the word that reports it ("shooting", "met")
 * @param participants who takes part, each once
 * @param place        where, or {@code null}
 * @param date         when, or {@code null} when the article does not say
 * @param evidence     the first sentence that reports it
 */
public record Event(EventType type, String trigger, List<Participant> participants, Mention place, LocalDate date,
                    Evidence evidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
    }
}
