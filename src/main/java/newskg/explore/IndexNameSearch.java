package newskg.explore;

import java.util.ArrayList;
import java.util.List;
import newskg.store.NameHit;
import newskg.store.NameIndex;

/**
 * {@link NameSearch} through the store's name index (Lucene, kept in step by every build): a lookup
 * of the words typed, not a scan of every label, so type-ahead stays fast on a large store.
 * <pre>
 *   NameSearch search = new IndexNameSearch(store.names());
 * </pre>
 * Thread-safe, as {@link NameIndex} is.
 */
final class IndexNameSearch implements NameSearch {
    private final NameIndex index;

    IndexNameSearch(NameIndex index) {
        this.index = index;
    }

    @Override
    public List<NameMatch> find(String text, int limit) {
        if (text.isBlank() || limit <= 0) {
            throw new IllegalArgumentException("nothing to search for");
        }
        List<NameMatch> matches = new ArrayList<>();
        for (NameHit hit : index.search(text, limit)) {
            String type = hit.type().substring(hit.type().lastIndexOf('#') + 1);
            matches.add(new NameMatch(new EntityRef(hit.iri(), hit.name(), type), hit.name(), hit.articles()));
        }
        return matches;
    }
}
