package newskg.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import newskg.vocab.NKG;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * The graph's IRIs, opened: {@code GET /id/PATH} is about {@code https://w3id.org/newskg/id/PATH}.
 * By the {@code Accept} header (or {@code ?format=html|ttl|jsonld|nt}): {@code text/html} gives the
 * entity page (the article page for an article or a part of one); {@code text/turtle},
 * {@code application/ld+json} and {@code application/n-triples} give its description from all
 * graphs, with evidence ({@link Description}). 404 when the graph holds nothing with the IRI, 406 for
 * a format not offered.
 * <pre>
 *   curl -H 'Accept: text/turtle' http://127.0.0.1:3030/id/person/alice-example
 * </pre>
 * Thread-safe.
 */
final class IdServlet extends ExplorerServlet {
    private static final String HTML = "text/html";
    private static final AcceptList OFFERED = AcceptList.create(HTML, "text/turtle", "application/ld+json",
            "application/n-triples");
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/ld+json", RDFFormat.JSONLD11_PRETTY,
            "application/n-triples", RDFFormat.NTRIPLES);
    private static final Map<String, String> BY_NAME = Map.of(
            "html", HTML, "ttl", "text/turtle", "turtle", "text/turtle", "jsonld", "application/ld+json",
            "json-ld", "application/ld+json", "nt", "application/n-triples", "ntriples", "application/n-triples");

    private final StoreReader reader;

    IdServlet(StoreReader reader) {
        this.reader = reader;
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String type;
        try {
            type = chosen(request);
        } catch (ExploreException e) {
            text(response, e.status(), e.getMessage());
            return;
        }
        // The path as sent, percent-escapes kept: the graph's IRIs are written with them.
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String iri = NKG.ID + raw.substring("/id/".length());
        try {
            if (type.equals(HTML)) {
                Description.Kind kind = reader.read(r -> Description.kindOrNull(r, iri));
                Pages.send(request, response, kind == null ? 404 : 200,
                        kind == null ? "notfound.html" : kind == Description.Kind.ENTITY ? "entity.html" : "article.html");
                return;
            }
            Requests.iri(iri);
            long t0 = System.nanoTime();
            Description d = reader.read(r -> Description.of(r, iri));
            response.setHeader("Server-Timing", String.format(Locale.ROOT, "store;dur=%.1f", (System.nanoTime() - t0) / 1e6));
            response.setStatus(200);
            response.setContentType(type);
            response.setCharacterEncoding("UTF-8");
            if (d.truncated()) {
                response.setHeader("Newskg-Truncated", "the row cap of " + reader.maxRows()
                        + " solutions cut part of this description");
            }
            OutputStream out = response.getOutputStream();
            RDFDataMgr.write(out, d.graph(), FORMATS.get(type));
            out.flush();
        } catch (ExploreException e) {
            if (type.equals(HTML)) {
                Pages.send(request, response, e.status(), "notfound.html");
            } else {
                text(response, e.status(), e.getMessage());
            }
        }
    }

    /** The media type to answer with: {@code ?format=} first, then the Accept header; HTML when neither says. */
    static String chosen(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            String t = BY_NAME.get(format.strip().toLowerCase(Locale.ROOT));
            if (t == null) {
                throw new ExploreException(400, "unknown format " + format + "; use html, ttl, jsonld or nt");
            }
            return t;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType best;
        try {
            best = AcceptList.match(new AcceptList(accept), OFFERED);
        } catch (RuntimeException e) {
            throw new ExploreException(400, "cannot read the Accept header: " + accept);
        }
        if (best == null) {
            throw new ExploreException(406, "this IRI is offered as text/html, text/turtle, application/ld+json"
                    + " and application/n-triples, not as " + accept);
        }
        return best.getContentTypeStr();
    }

    private static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().println("newskg: " + message);
    }
}
