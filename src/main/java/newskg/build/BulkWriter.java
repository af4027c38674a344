package newskg.build;

import java.util.Set;
import newskg.store.GraphStore;

/**
 * Writes articles into an empty store through TDB2's bulk loader ({@link GraphStore#bulkLoad()}): no
 * transaction per batch, indexes built once at the end, a store as compact as {@code tdb2.tdbloader}
 * makes. Not transactional: a load cut short is recorded by the store's build marker, and the next
 * build starts the store again from empty.
 * <pre>
 *   ArticleWriter w = new BulkWriter(store, outcome);
 * </pre>
 * Not thread-safe.
 */
final class BulkWriter implements ArticleWriter {
    private final GraphStore.BulkLoad load;
    private final Outcome outcome;
    private int articles;

    BulkWriter(GraphStore store, Outcome outcome) {
        this.load = store.bulkLoad();
        this.outcome = outcome;
    }

    @Override
    public void add(ArticleGraph g, String origin) {
        load.add(g.graphIri(), g.graph());
        articles++;
        outcome.written(g);
    }

    @Override
    public void finish() {
        load.finish();
    }

    @Override
    public Set<String> replacedPeople() {
        return Set.of();
    }

    @Override
    public String describe() {
        return "bulk-loaded " + articles + " articles into an empty store";
    }
}
