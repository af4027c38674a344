package newskg.extract;

/** The eleven kinds of event; names are the ontology's class names. */
public enum EventType {
    Attack, Protest, Meeting, Arrest, Deportation, Directive, Deployment, Statement, Poll, LegalAction, Ceremony
}
