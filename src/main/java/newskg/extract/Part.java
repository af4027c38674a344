package newskg.extract;

/** The part a participant plays in an event; names are the ontology's property names. */
public enum Part {
    agent, victim, speaker, attendee, target
}
