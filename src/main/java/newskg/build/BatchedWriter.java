package newskg.build;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import newskg.store.GraphStore;
import newskg.store.StoreException;
import org.apache.jena.graph.Graph;

/**
 * Writes articles in transactions of many: a batch is committed once it holds {@code maxQuads} quads,
 * each article replacing its graph. A batch that fails to commit is written again article by article,
 * so one article that cannot be written never takes the others with it. Fewer, larger transactions
 * leave far fewer superseded TDB2 blocks behind than one per article.
 * <pre>
 *   ArticleWriter w = new BatchedWriter(store, 100_000, outcome);
 *   w.add(graph, "a.txt"); ... w.finish();
 * </pre>
 * Not thread-safe.
 */
final class BatchedWriter implements ArticleWriter {
    private final GraphStore store;
    private final int maxQuads;
    private final Outcome outcome;
    private final Map<String, ArticleGraph> pending = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Set<String> replacedPeople = new HashSet<>();
    private int quads;
    private int transactions;

    BatchedWriter(GraphStore store, int maxQuads, Outcome outcome) {
        this.store = store;
        this.maxQuads = maxQuads;
        this.outcome = outcome;
    }

    @Override
    public void add(ArticleGraph g, String origin) {
        pending.put(g.graphIri(), g);
        origins.put(g.graphIri(), origin);
        quads += g.graph().size();
        if (quads >= maxQuads) {
            flush();
        }
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        for (String iri : pending.keySet()) {
            for (String e : store.names().entitiesIn(iri)) {
                if (e.startsWith(EntityLinker.PERSON_BASE)) {
                    replacedPeople.add(e);
                }
            }
        }
        Map<String, Graph> graphs = new LinkedHashMap<>();
        pending.forEach((iri, g) -> graphs.put(iri, g.graph()));
        try {
            store.replaceGraphs(graphs);
            transactions++;
            pending.values().forEach(outcome::written);
        } catch (StoreException batchFailed) {
            for (ArticleGraph g : pending.values()) {
                try {
                    store.replaceGraphs(Map.of(g.graphIri(), g.graph()));
                    transactions++;
                    outcome.written(g);
                } catch (StoreException e) {
                    outcome.failed(g, origins.get(g.graphIri()) + ": cannot be written to the store ("
                            + e.getMessage() + ")");
                }
            }
        }
        pending.clear();
        origins.clear();
        quads = 0;
    }

    @Override
    public Set<String> replacedPeople() {
        return replacedPeople;
    }

    @Override
    public String describe() {
        return "written in " + transactions + (transactions == 1 ? " transaction" : " transactions");
    }
}
