package newskg.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import newskg.query.QueryLimits;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Queries any SPARQL endpoint over HTTP (the SPARQL 1.1 protocol), such as
 * {@code http://127.0.0.1:3030/newskg/sparql} from {@code newskg serve}.
 * <pre>
 *   try (QueryTarget target = new EndpointTarget("http://127.0.0.1:3030/newskg/sparql")) { ... }
 * </pre>
 * The query is sent with its {@code PREFIX} lines, so the newskg prefixes work on any server. A
 * newskg server's note that its row cap cut an answer is kept ({@link #lastRowCap()}).
 * One query at a time; {@link #cancel()} from any thread.
 */
public final class EndpointTarget implements QueryTarget {
    private final String url;
    private final RunningQuery running = new RunningQuery();
    private final HeaderCapture http = new HeaderCapture(HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build());

    /**
     * A target for the endpoint at {@code url}.
     *
     * @param url the endpoint's query URL, such as {@code http://127.0.0.1:3030/newskg/sparql}
     * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL
     */
    public EndpointTarget(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        String scheme = uri.getScheme();
        if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) endpoint URL: " + url);
        }
        this.url = url;
    }

    @Override
    public QueryResult execute(Query query) {
        http.clear();
        return running.run(query, () -> QueryExecutionHTTP.service(url).httpClient(http).query(query).build(),
                "endpoint " + url + ": ");
    }

    @Override
    public long lastRowCap() {
        try {
            return http.lastHeader(QueryLimits.ROW_CAP_HEADER).map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void cancel() {
        running.cancel();
    }

    @Override
    public String description() {
        return "endpoint " + url;
    }

    @Override
    public void close() {
        // Nothing held between queries: each one is its own HTTP exchange.
    }
}
