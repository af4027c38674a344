package newskg.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.jena.graph.NodeFactory;

/**
 * The explorer's pages under {@code /explore}:
 * <pre>
 *   /explore                        search
 *   /explore/entity?iri=IRI         an entity (or ?name=NAME: redirects to the entity's page)
 *   /explore/article?iri=IRI        an article, or the article of a part, at that part
 *   /explore/graph?iri=IRI          the neighbourhood graph of an entity, role or event
 *   /explore/open?iri=IRI           redirects to the page of whatever the IRI names
 *   /explore/static/FILE            styles and scripts
 * </pre>
 * A page is a static shell whose script renders the API's answer. The servlet looks the IRI up first,
 * so that the status says whether the graph holds it (404) or the request is malformed (400); the
 * page's script then shows the API's message.
 * Thread-safe.
 */
final class PageServlet extends ExplorerServlet {
    private static final String IS_ENTITY_ROLE_OR_EVENT = """
            ASK { ?x a ?t . FILTER (?t IN (nkg:Person, nkg:Organization, nkg:Place, nkg:Role, nkg:Event)) }
            """;

    private final StoreReader reader;
    private final ApiServlet api;

    PageServlet(StoreReader reader, ApiServlet api) {
        this.reader = reader;
        this.api = api;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.startsWith("/static/")) {
            Pages.send(request, response, 200, path.substring("/static/".length()));
            return;
        }
        switch (path) {
            case "/" -> Pages.send(request, response, 200, "search.html");
            case "/entity" -> entity(request, response);
            case "/article" -> page(request, response, "article.html", (r, iri) -> {
                Description.Kind kind = Description.kindOrNull(r, iri);
                return kind == Description.Kind.ARTICLE || kind == Description.Kind.PART;
            });
            case "/graph" -> page(request, response, "graph.html",
                    (r, iri) -> r.ask(IS_ENTITY_ROLE_OR_EVENT, Map.of("x", NodeFactory.createURI(iri))));
            case "/open" -> open(request, response);
            default -> Pages.send(request, response, 404, "notfound.html");
        }
    }

    private void entity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("iri") == null ? request.getParameter("name") : null;
        if (name != null) {
            try {
                response.sendRedirect(Links.page(api.byName(Requests.required(request, "name"))));
            } catch (ExploreException e) {
                Pages.send(request, response, e.status(), "entity.html");
            }
            return;
        }
        page(request, response, "entity.html", (r, iri) -> !Names.refs(r, List.of(iri)).isEmpty());
    }

    /** Redirects to the page of the IRI (a full IRI or a prefixed name): its entity or article page. */
    private void open(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String iri = Requests.iri(request, "iri");
            Description.Kind kind = reader.read(r -> Description.kindOrNull(r, iri));
            if (kind == null) {
                Pages.send(request, response, 404, "notfound.html");
                return;
            }
            String page = Links.page(iri);
            response.sendRedirect(kind == Description.Kind.ENTITY || !page.startsWith("/explore/") ? page
                    : page.replace("/explore/entity?", "/explore/article?"));
        } catch (ExploreException e) {
            Pages.send(request, response, e.status(), "notfound.html");
        }
    }

    /** Sends the page with 200 when {@code exists} says so for the request's IRI, else 404 (or 400, 503). */
    private void page(HttpServletRequest request, HttpServletResponse response, String file,
                      BiPredicate<StoreReader.Reading, String> exists) throws IOException {
        int status;
        try {
            String iri = Requests.iri(request, "iri");
            status = reader.read(r -> exists.test(r, iri)) ? 200 : 404;
        } catch (ExploreException e) {
            status = e.status();
        }
        Pages.send(request, response, status, file);
    }
}
