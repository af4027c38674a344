package newskg.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuseki's UI page ({@code /} and {@code /index.html}) with one script added, {@code fuseki-ui.js}:
 * it opens the graph's IRIs in the UI's result tables in the explorer, puts the project's prefixes
 * and query files in the editor's lists, and hides "add data" and "edit" on a read-only server. The
 * rest of the UI is served by Fuseki, unchanged.
 * <pre>
 *   servlets.put("", new UiIndexServlet());
 * </pre>
 * Thread-safe.
 */
final class UiIndexServlet extends ExplorerServlet {
    /** Where jena-fuseki-ui keeps the page. */
    static final String INDEX = "webapp/index.html";
    static final String SCRIPT = "<script src=\"/explore/static/fuseki-ui.js\" defer></script>";

    private final byte[] page;

    UiIndexServlet() {
        this.page = page();
    }

    @Override
    protected void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (page == null) {
            response.sendError(404, "Fuseki's UI is not on the class path");
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private static byte[] page() {
        try (InputStream in = Pages.resource(INDEX)) {
            if (in == null) {
                return null;
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int head = html.indexOf("</head>");
            String patched = head < 0 ? html + SCRIPT : html.substring(0, head) + "  " + SCRIPT + "\n  " + html.substring(head);
            return patched.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX + ": cannot read Fuseki's UI page", e);
        }
    }
}
