package newskg.resolve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import newskg.extract.Event;
import newskg.extract.Extraction;
import newskg.extract.Mention;
import newskg.extract.Quote;
import newskg.extract.Role;

/**
 * An article's extraction resolved: mentions to entities, and the facts left once those naming nothing
 * are dropped and repeated reports of one happening are merged.
 *
 * @param extraction the extraction it was resolved from (article, text, mentions)
 * @param entities   the article's entities
 * @param entityOf   the entity of each resolved mention; a mention absent here names nothing kept
 * @param roles      roles whose holder is a person, one per person and title
 * @param events     events, one per happening, with resolved participants only
 * @param quotes     quotes whose speaker resolved
 */
public record Resolution(Extraction extraction, List<Entity> entities, Map<Mention, Entity> entityOf,
                         List<Role> roles, List<Event> events, List<Quote> quotes) {
    public Resolution {
        Objects.requireNonNull(extraction, "extraction");
        entities = List.copyOf(entities);
        entityOf = Map.copyOf(entityOf);
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** The entity a mention names, or {@code null}. */
    public Entity entity(Mention m) {
        return m == null ? null : entityOf.get(m);
    }
}
