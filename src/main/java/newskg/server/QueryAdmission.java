package newskg.server;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Admission control for the dataset's requests, in front of Fuseki: at most {@code maxRunning}
 * execute at once and up to {@code maxWaiting} more wait, without holding a thread, for at most
 * {@code maxWait} (Jetty's {@link QoSHandler}); any request beyond those, or waiting longer, is
 * answered at once with 503 and {@code Retry-After}. A request line longer than {@code maxBytes} is
 * refused with 414, a body longer than that with 413, a body of unstated length with 411. Every
 * refusal has a one-line text body. Paths outside the ones given (the UI, ping) pass untouched.
 * <pre>
 *   jetty.setHandler(new QueryAdmission(jetty.getHandler(), 4, 32, Duration.ofSeconds(30), 65_536)
 *           .forPaths(List.of("/newskg/*"), List.of("/newskg/ingest")));
 * </pre>
 * Thread-safe: Jetty calls it from many threads.
 */
final class QueryAdmission extends QoSHandler {
    /** Seconds a refused client is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final int maxRunning;
    private final int maxWaiting;
    private final long maxBytes;
    /** Requests admitted and not yet complete: running plus waiting. */
    private final AtomicInteger admitted = new AtomicInteger();

    /**
     * @param next       the handler requests go to (Fuseki's)
     * @param maxRunning how many requests execute at once; positive
     * @param maxWaiting how many more may wait; zero or more
     * @param maxWait    how long one may wait; positive
     * @param maxBytes   the longest request line and body accepted, in bytes; positive
     */
    QueryAdmission(Handler next, int maxRunning, int maxWaiting, Duration maxWait, long maxBytes) {
        super(next);
        if (maxRunning < 1 || maxWaiting < 0 || maxWait.isZero() || maxWait.isNegative() || maxBytes < 1) {
            throw new IllegalArgumentException("admission limits must be positive (" + maxRunning + ", " + maxWaiting
                    + ", " + maxWait + ", " + maxBytes + ")");
        }
        this.maxRunning = maxRunning;
        this.maxWaiting = maxWaiting;
        this.maxBytes = maxBytes;
        setMaxRequestCount(maxRunning);
        // The bound on waiting requests is kept here, exactly, so that every refusal carries Retry-After;
        // QoSHandler's own bound would answer a bare 503.
        setMaxSuspendedRequestCount(-1);
        setMaxSuspend(maxWait);
    }

    /** Limits the requests whose path matches one of {@code paths} (servlet path specs) and none of {@code except}. */
    QueryAdmission forPaths(Iterable<String> paths, Iterable<String> except) {
        paths.forEach(this::includePath);
        except.forEach(this::excludePath);
        return this;
    }

    @Override
    public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        String target = request.getHttpURI().getPathQuery();
        if (target != null && target.length() > maxBytes) {
            return refuse(response, callback, HttpStatus.URI_TOO_LONG_414, "request line of " + target.length()
                    + " bytes; at most " + maxBytes + " are accepted: send a long query with POST");
        }
        String badEscape = badEscape(request.getHttpURI().getQuery());
        if (badEscape != null) {
            return refuse(response, callback, HttpStatus.BAD_REQUEST_400, "malformed request: " + badEscape);
        }
        if (hasBody(request)) {
            long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
            if (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
                return refuse(response, callback, HttpStatus.LENGTH_REQUIRED_411,
                        "a request body needs a Content-Length here");
            }
            if (length > maxBytes) {
                return refuse(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "request body of " + length
                        + " bytes; at most " + maxBytes + " are accepted");
            }
        }
        if (admitted.incrementAndGet() > maxRunning + maxWaiting) {
            admitted.decrementAndGet();
            return refuse(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503, "busy: " + maxRunning
                    + " queries running and " + maxWaiting + " waiting; try again in " + RETRY_AFTER_SECONDS + " s");
        }
        Request.addCompletionListener(request, failure -> admitted.decrementAndGet());
        return super.onConditionsMet(request, response, callback);
    }

    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status,
                                 Throwable failure) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503 && !response.isCommitted()) {
            refuse(response, callback, status, "busy: waited " + getMaxSuspend().toSeconds()
                    + " s for one of " + maxRunning + " running queries to finish; try again in "
                    + RETRY_AFTER_SECONDS + " s");
        } else {
            super.failSuspended(request, response, callback, status, failure);
        }
    }

    /** What is wrong with the %-escapes of a query string, or null when they decode (as UTF-8). */
    static String badEscape(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return null;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(
                    URLDecoder.decode(query.replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                            .getBytes(StandardCharsets.ISO_8859_1)));
            return null;
        } catch (IllegalArgumentException e) {
            return "bad %-escape in the query string (" + e.getMessage() + ")";
        } catch (CharacterCodingException e) {
            return "the query string's %-escapes are not UTF-8";
        }
    }

    private static boolean hasBody(Request request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private static boolean refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        } else {
            // The body was not read: do not leave it on a connection for the next request.
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        Content.Sink.write(response, true, message + "\n", callback);
        return true;
    }
}
