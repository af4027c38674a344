package newskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * A servlet filter that writes one line per HTTP request, after the response:
 * <pre>
 *   2026-11-22 10:15:02 127.0.0.1 GET /newskg/sparql?query=SELECT... 200 14 ms
 * </pre>
 * Query strings longer than {@value #MAX_QUERY_CHARS} characters are shortened.
 * Thread-safe when the sink is (a {@code PrintWriter} is).
 */
final class RequestLog implements Filter {
    static final int MAX_QUERY_CHARS = 120;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Consumer<String> sink;

    RequestLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                sink.accept(line(req, resp.getStatus(), ms));
            }
        }
    }

    private static String line(HttpServletRequest req, int status, long ms) {
        String target = req.getRequestURI();
        String query = req.getQueryString();
        if (query != null) {
            target += "?" + (query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) + "..." : query);
        }
        return TIME.format(LocalDateTime.now()) + " " + req.getRemoteAddr() + " " + req.getMethod() + " " + target
                + " " + status + " " + ms + " ms";
    }
}
