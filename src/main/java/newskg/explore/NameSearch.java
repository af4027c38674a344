package newskg.explore;

import java.util.List;

/**
 * Finds entities by what they are called: any of their names ({@code skos:prefLabel} or
 * {@code skos:altLabel}, in any article) that starts with the text, or has a word that does, case
 * ignored. Best first: a name equal to the text, then names that start with it, then names with a
 * word that does; among those, the entities more articles mention.
 * <pre>
 *   List&lt;NameMatch&gt; matches = search.find("ali", 10);
 * </pre>
 * Implementations are thread-safe.
 */
public interface NameSearch {
    /**
     * Up to {@code limit} entities whose names match {@code text}.
     *
     * @param text  what the user typed, not blank
     * @param limit at most this many, positive
     * @throws ExploreException 503 when the search takes longer than the server allows
     */
    List<NameMatch> find(String text, int limit);

    /**
     * An entity found by one of its names.
     *
     * @param entity   the entity, with its preferred name and type
     * @param matched  the name that matched (may differ from the preferred one)
     * @param articles how many articles mention the entity
     */
    record NameMatch(EntityRef entity, String matched, int articles) {
    }
}
