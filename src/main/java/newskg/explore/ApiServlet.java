package newskg.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The explorer's JSON API, {@code GET /api/NAME?...}:
 * <pre>
 *   /api/search?q=TEXT[&amp;limit=10]                        entities by name (or a full IRI)
 *   /api/entity?iri=IRI[&amp;limit=100]  or  ?name=NAME       an entity page's content
 *   /api/article?iri=IRI[&amp;begin=B&amp;end=E]                  an article page's content
 *   /api/neighbourhood?iri=IRI[&amp;offset=0&amp;limit=150]       a neighbourhood graph
 *   /api/ui                                            prefixes and queries for Fuseki's UI
 * </pre>
 * Answers carry {@code Server-Timing: store;dur=MS, cpu;dur=MS} (the time the store took and the CPU time
 * it used). Errors are {@code {"status": N, "error": "..."}}: 400 for a malformed request, 404 for an unknown IRI
 * or name, 503 when the store takes longer than the server's timeout.
 * Thread-safe: one instance serves all requests.
 */
final class ApiServlet extends ExplorerServlet {
    /** Most search results. */
    static final int MAX_SEARCH = 50;
    /** Rows per list of an entity page unless the request says. */
    static final int DEFAULT_ROWS = 25;
    /** Most graph nodes per request. */
    static final int MAX_NODES = 1000;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final StoreReader reader;
    private final NameSearch search;
    private final UiConfig ui;

    ApiServlet(StoreReader reader, NameSearch search, UiConfig ui) {
        this.reader = reader;
        this.search = search;
        this.ui = ui;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            Object answer = switch (path) {
                case "/search" -> search(request);
                case "/entity" -> entity(request);
                case "/article" -> article(request);
                case "/neighbourhood" -> neighbourhood(request);
                case "/ui" -> ui;
                default -> throw new ExploreException(404, "no such API: /api" + path
                        + "; there are /api/search, /api/entity, /api/article, /api/neighbourhood and /api/ui");
            };
            // How long the store took, and the CPU time it used: a benchmark on a busy machine can tell them apart.
            response.setHeader("Server-Timing", String.format(Locale.ROOT, "store;dur=%.1f, cpu;dur=%.1f",
                    (System.nanoTime() - t0) / 1e6, (CPU.getCurrentThreadCpuTime() - cpu0) / 1e6));
            Json.send(response, 200, answer);
        } catch (ExploreException e) {
            Json.error(response, e.status(), e.getMessage());
        }
    }

    private Object search(HttpServletRequest request) {
        String q = Requests.required(request, "q");
        int limit = Requests.integer(request, "limit", 10, 1, MAX_SEARCH);
        if (Requests.looksLikeIri(q)) {
            String iri = Requests.iri(q);
            List<NameSearch.NameMatch> found = reader.read(r -> {
                EntityRef e = Names.refs(r, List.of(iri)).get(iri);
                return e == null ? List.<NameSearch.NameMatch>of() : List.of(new NameSearch.NameMatch(e, iri, 0));
            });
            return new SearchAnswer(q, found);
        }
        return new SearchAnswer(q, search.find(q, limit));
    }

    private Object entity(HttpServletRequest request) {
        int limit = Requests.integer(request, "limit", DEFAULT_ROWS, 1, (int) Math.min(Integer.MAX_VALUE, reader.maxRows()));
        String name = Requests.optional(request, "name");
        String iri = name != null && request.getParameter("iri") == null ? byName(name) : Requests.iri(request, "iri");
        return reader.read(r -> EntityLookup.find(r, iri, limit));
    }

    @Override
    protected void failed(HttpServletResponse response, String message) throws IOException {
        Json.error(response, 500, message);
    }

    /** The entity best called {@code name}: a name equal to it, case ignored, of the entity most articles mention. */
    String byName(String name) {
        return search.find(name, 5).stream()
                .filter(m -> m.matched().equalsIgnoreCase(name) || m.entity().name().equalsIgnoreCase(name))
                .findFirst()
                .map(m -> m.entity().iri())
                .orElseThrow(() -> new ExploreException(404, "no person, organization or place is named " + name));
    }

    private Object article(HttpServletRequest request) {
        String iri = Requests.iri(request, "iri");
        Span focus = null;
        if (request.getParameter("begin") != null || request.getParameter("end") != null) {
            int begin = Requests.integer(request, "begin", 0, 0, Integer.MAX_VALUE);
            int end = Requests.integer(request, "end", begin, 0, Integer.MAX_VALUE);
            if (end < begin) {
                throw new ExploreException(400, "end (" + end + ") comes before begin (" + begin + ")");
            }
            focus = new Span(begin, end);
        }
        Span f = focus;
        return reader.read(r -> ArticleLookup.find(r, iri, f));
    }

    private Object neighbourhood(HttpServletRequest request) {
        String iri = Requests.iri(request, "iri");
        int offset = Requests.integer(request, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Requests.integer(request, "limit", 150, 1, MAX_NODES);
        return reader.read(r -> NeighbourhoodLookup.find(r, iri, offset, limit));
    }

    /**
     * What a search found.
     *
     * @param query   the text searched for
     * @param results the entities, best first
     */
    record SearchAnswer(String query, List<NameSearch.NameMatch> results) {
    }
}
