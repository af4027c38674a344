package newskg.server;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * Jetty's request log for the server: one line per HTTP request, written when the response is done,
 * for every request (refused, unauthenticated and static ones too):
 * <pre>
 *   2026-11-22 10:15:02 127.0.0.1 GET /newskg/sparql?query=SELECT... 200 14 ms
 * </pre>
 * Query strings longer than {@value #MAX_QUERY_CHARS} characters are shortened.
 * Thread-safe when the sink is (a {@code PrintWriter} is).
 */
final class RequestLog implements org.eclipse.jetty.server.RequestLog {
    static final int MAX_QUERY_CHARS = 120;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Consumer<String> sink;

    RequestLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void log(Request request, Response response) {
        HttpURI uri = request.getHttpURI();
        String target = uri.getPath();
        String query = uri.getQuery();
        if (query != null) {
            target += "?" + (query.length() > MAX_QUERY_CHARS ? query.substring(0, MAX_QUERY_CHARS) + "..." : query);
        }
        sink.accept(TIME.format(LocalDateTime.now()) + " " + Request.getRemoteAddr(request) + " " + request.getMethod()
                + " " + target + " " + response.getStatus() + " " + NanoTime.millisSince(request.getBeginNanoTime())
                + " ms");
    }
}
