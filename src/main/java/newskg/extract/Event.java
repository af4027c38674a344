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
 * @param dateMethod   how the date was found ({@link DateResolver#STATED}, {@link DateResolver#STORY_DAY},
 *                     {@link DateResolver#NEWS_PERFECT}), or {@code null} without a date
 * @param evidence     the first sentence that reports it
 */
public record Event(EventType type, String trigger, List<Participant> participants, Mention place, Temporal date,
                    String dateMethod, Evidence evidence) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
        if ((date == null) != (dateMethod == null)) {
            throw new IllegalArgumentException("an event's date and its method go together: " + date + ", " + dateMethod);
        }
    }

    /** An event dated by a phrase of its own sentence, or undated. */
    public Event(EventType type, String trigger, List<Participant> participants, Mention place, Temporal date,
                 Evidence evidence) {
        this(type, trigger, participants, place, date, date == null ? null : DateResolver.STATED, evidence);
    }

    /** An event dated as {@code dated} says, or undated when it is {@code null}. */
    public Event(EventType type, String trigger, List<Participant> participants, Mention place,
                 DateResolver.Dated dated, Evidence evidence) {
        this(type, trigger, participants, place, dated == null ? null : dated.date(),
                dated == null ? null : dated.method(), evidence);
    }
}
