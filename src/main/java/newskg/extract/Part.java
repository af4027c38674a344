package newskg.extract;

/**
 * The part a participant plays in an event; names are the ontology's property names. In a personnel
 * change the {@code holder} is the person whose post changes, the {@code institution} the organization
 * whose post it is (or whose members vote), the {@code agent} whoever appoints or dismisses.
 */
public enum Part {
    agent, victim, speaker, attendee, target, holder, institution
}
