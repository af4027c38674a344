package newskg.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newskg.store.GraphStore;
import newskg.vocab.NKG;

/**
 * Writes articles into an empty store through TDB2's bulk loader ({@link GraphStore#bulkLoad()}): no
 * transaction per batch, indexes built once at the end, a store as compact as {@code tdb2.tdbloader}
 * makes. Not transactional: a load cut short is recorded by the store's build marker, and the next
 * build starts the store again from empty.
 * <p>
 * Design decision: the articles that name a person by surname alone are held back (up to
 * {@code maxHeldQuads}) and linked ({@link SurnameLinks}) in memory once every article's people are
 * known, then loaded; linking them afterwards in a transaction would leave superseded blocks in the
 * fresh store. Articles beyond the limit are loaded at once and linked in the store afterwards.
 * <pre>
 *   ArticleWriter w = new BulkWriter(store, 1_000_000, outcome);
 * </pre>
 * Not thread-safe.
 */
final class BulkWriter implements ArticleWriter {
    private final GraphStore.BulkLoad load;
    private final Outcome outcome;
    private final int maxHeldQuads;
    private final Set<String> people = new HashSet<>();
    private final List<ArticleGraph> held = new ArrayList<>();
    private int heldQuads;
    private int articles;
    private int linked;

    BulkWriter(GraphStore store, int maxHeldQuads, Outcome outcome) {
        this.load = store.bulkLoad();
        this.maxHeldQuads = maxHeldQuads;
        this.outcome = outcome;
    }

    @Override
    public void add(ArticleGraph g, String origin) {
        Set<String> ps = g.instances(NKG.Person);
        people.addAll(ps);
        articles++;
        outcome.written(g);
        if (ps.stream().anyMatch(SurnameLinks::isLoneName) && heldQuads + g.graph().size() <= maxHeldQuads) {
            held.add(g);
            heldQuads += g.graph().size();
        } else {
            load.add(g.graphIri(), g.graph());
        }
    }

    @Override
    public void finish() {
        Map<String, String> links = SurnameLinks.links(people);
        for (ArticleGraph g : held) {
            boolean named = SurnameLinks.touches(g.instances(NKG.Person), links);
            if (named) {
                linked++;
            }
            load.add(g.graphIri(), named ? SurnameLinks.rewrite(g.graph(), links) : g.graph());
        }
        held.clear();
        load.finish();
    }

    @Override
    public Set<String> replacedPeople() {
        return Set.of();
    }

    @Override
    public String describe() {
        return "bulk-loaded " + articles + " articles into an empty store"
                + (linked > 0 ? " (surnames linked in " + linked + " of them before loading)" : "");
    }
}
