package newskg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Small HTTP helpers for the server tests, on {@link HttpClient}. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest r = request.timeout(Duration.ofSeconds(30)).build();
        try {
            try {
                return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // Jetty may close a kept-alive connection after refusing a request with a body; the
                // pooled connection then reads nothing. Such a request never reached the server: send again.
                if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                    throw e;
                }
                return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /** GET {@code endpoint?query=...}. */
    static HttpResponse<String> query(String endpoint, String sparql, String accept) {
        return get(endpoint + "?query=" + encode(sparql), accept);
    }

    /** POST an HTML form. */
    static HttpResponse<String> postForm(String url, String form, String basicAuth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(withAuth(b, basicAuth));
    }

    /** A request with a body of the given content type. */
    static HttpResponse<String> body(String method, String url, String contentType, String body, String basicAuth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(withAuth(b, basicAuth));
    }

    /** {@code user:password}, or null for no credentials. */
    static HttpRequest.Builder withAuth(HttpRequest.Builder b, String basicAuth) {
        if (basicAuth != null) {
            b.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
