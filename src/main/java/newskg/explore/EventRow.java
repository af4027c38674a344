package newskg.explore;

import java.util.List;

/**
 * An event an article reports ({@code nkg:Event}).
 *
 * @param iri          the event's IRI
 * @param type         the local name of its event class ({@code Meeting}, {@code Attack}, ...)
 * @param trigger      the word that reports it, or null
 * @param date         the day it happened ({@code yyyy-mm-dd}), or null
 * @param dateMethod   how the date was found ({@code nkg:dateMethod}: {@code date:stated}, {@code date:story-day},
 *                     {@code date:news-perfect}), or null
 * @param place        where it happened, or null
 * @param participants who took part, with their part
 * @param evidence     the sentence that reports it
 */
public record EventRow(String iri, String type, String trigger, String date, String dateMethod, EntityRef place,
                       List<Participant> participants, Passage evidence) {
    public EventRow {
        participants = List.copyOf(participants);
    }

    /**
     * A participant of an event.
     *
     * @param entity who
     * @param part   {@code agent}, {@code victim}, {@code speaker}, {@code attendee}, {@code target},
     *               {@code holder}, {@code institution}, or {@code participant} when the article does not say
     */
    public record Participant(EntityRef entity, String part) {
    }
}
