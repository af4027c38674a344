package newskg.extract;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;

/**
 * A specific happening the article reports.
 *
 * @param type         its kind
 * @param trigger      the word that reports it ("shooting", "met")
 * @param participants who takes part, each once
 * @param place        where, or {@code null}
 * @param date         when, as precisely as the article says ({@link java.time.LocalDate},
 *                     {@link java.time.YearMonth} or {@link java.time.Year}), or {@code null} when it does not say
 * @param evidence     the first sentence that reports it
 */
public record Event(EventType type, String trigger, List<Participant> participants, Mention place, Temporal date,
                    Evidence evidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
    }
}
