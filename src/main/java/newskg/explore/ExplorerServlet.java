package newskg.explore;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An explorer servlet: GET only; a failure it did not expect (a bug, a broken store) is logged once and
 * answered with 500 and a one-line message, never a stack trace to the client.
 * Subclasses are thread-safe.
 */
abstract class ExplorerServlet extends HttpServlet {
    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (RuntimeException e) {
            Pages.LOG.warn("explorer: {} failed", request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                failed(response, "the explorer failed to answer (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    /** Answers a GET request. */
    protected abstract void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** Answers with 500 and {@code message}. */
    protected void failed(HttpServletResponse response, String message) throws IOException {
        response.sendError(500, message);
    }
}
