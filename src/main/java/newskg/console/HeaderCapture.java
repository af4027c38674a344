package newskg.console;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} that keeps the headers of the last response it received, for what Jena's
 * SPARQL client does not pass on (the server's note that its row cap cut an answer).
 * <pre>
 *   HeaderCapture http = new HeaderCapture(HttpClient.newHttpClient());
 *   QueryExecutionHTTP.service(url).httpClient(http).query(q).build() ... http.lastHeader("Newskg-Row-Cap");
 * </pre>
 * Thread-safe as the client it wraps; "last" is the last response any thread received.
 */
final class HeaderCapture extends HttpClient {
    private final HttpClient client;
    private volatile HttpHeaders last = HttpHeaders.of(Map.of(), (a, b) -> true);

    HeaderCapture(HttpClient client) {
        this.client = client;
    }

    /** The value of {@code name} in the last response, if it had one. */
    Optional<String> lastHeader(String name) {
        return last.firstValue(name);
    }

    /** Forgets the last response's headers, before a new request. */
    void clear() {
        last = HttpHeaders.of(Map.of(), (a, b) -> true);
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(request, info -> {
            last = info.headers();
            return handler.apply(info);
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return client.sendAsync(request, info -> {
            last = info.headers();
            return handler.apply(info);
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return client.sendAsync(request, info -> {
            last = info.headers();
            return handler.apply(info);
        }, push);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }
}
