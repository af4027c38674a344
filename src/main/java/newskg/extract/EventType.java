package newskg.extract;

import java.util.Set;

/** The fifteen kinds of event; names are the ontology's class names. */
public enum EventType {
    Attack, Protest, Meeting, Arrest, Deportation, Directive, Deployment, Statement, Poll, LegalAction, Ceremony,
    Appointment, Resignation, Dismissal, Election;

    /** The kinds that change who holds a post. */
    public static final Set<EventType> PERSONNEL = Set.of(Appointment, Resignation, Dismissal, Election);

    public boolean isPersonnelChange() {
        return PERSONNEL.contains(this);
    }
}
