package newskg.extract;

/** The kinds of named entity newskg extracts. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
