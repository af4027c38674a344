package newskg.explore;

import jakarta.servlet.http.HttpServlet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The explorer, as the servlets a server registers beside Fuseki, by path spec: {@code /explore/*}
 * (pages), {@code /api/*} (JSON), {@code /id/*} (linked-data IRIs), and Fuseki's UI page at {@code /}
 * and {@code /index.html} with the explorer's script added. All read-only.
 * <pre>
 *   Explorer.servlets(new Explorer.Settings(dataset, Duration.ofSeconds(30), 10_000, true, Path.of("queries")))
 *           .forEach(fusekiBuilder::addServlet);
 * </pre>
 * Thread-safe: the servlets serve requests concurrently, each in its own read transaction.
 */
public final class Explorer {
    private Explorer() {
    }

    /**
     * What the explorer needs from the server.
     *
     * @param dataset  the store; its default graph is the union of the article graphs
     * @param timeout  how long one page's queries may take in all
     * @param maxRows  the most rows one query returns
     * @param readOnly true when the server accepts no updates (the UI then hides its update controls)
     * @param queries  the directory of the project's query files for the UI's example list, or null
     */
    public record Settings(DatasetGraph dataset, Duration timeout, long maxRows, boolean readOnly, Path queries) {
        public Settings {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(timeout, "timeout");
            if (maxRows <= 0) {
                throw new IllegalArgumentException("the row cap must be positive: " + maxRows);
            }
        }
    }

    /** The servlets by path spec, with the name search over SPARQL. */
    public static Map<String, HttpServlet> servlets(Settings settings) {
        StoreReader reader = new StoreReader(settings.dataset(), settings.timeout(), settings.maxRows());
        return servlets(settings, new SparqlNameSearch(reader));
    }

    /** The servlets by path spec, finding names through the store's name index. */
    public static Map<String, HttpServlet> servlets(Settings settings, newskg.store.NameIndex names) {
        return servlets(settings, new IndexNameSearch(names));
    }

    /** The servlets by path spec, finding names with {@code search}. */
    public static Map<String, HttpServlet> servlets(Settings settings, NameSearch search) {
        StoreReader reader = new StoreReader(settings.dataset(), settings.timeout(), settings.maxRows());
        ApiServlet api = new ApiServlet(reader, search, UiConfig.load(settings.queries(), settings.readOnly()));
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("/api/*", api);
        servlets.put("/explore/*", new PageServlet(reader, api));
        servlets.put("/id/*", new IdServlet(reader));
        UiIndexServlet ui = new UiIndexServlet();
        servlets.put("", ui);
        servlets.put("/index.html", ui);
        return servlets;
    }
}
