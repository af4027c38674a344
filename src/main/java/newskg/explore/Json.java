package newskg.explore;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The API's JSON: records written by Gson, null fields left out, and {@code <}, {@code >}, {@code &},
 * {@code =} and {@code '} written as {@code \}{@code u} escapes, so that no text from an article can end
 * up as markup even where a client mistakes the JSON for HTML.
 * <pre>
 *   Json.send(response, 200, info);
 * </pre>
 * Thread-safe.
 */
final class Json {
    private static final Gson GSON = new GsonBuilder().create();

    private Json() {
    }

    /** The value as JSON text. */
    static String of(Object value) {
        return GSON.toJson(value);
    }

    /** Answers with {@code value} as JSON and the given status. */
    static void send(HttpServletResponse response, int status, Object value) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = response.getWriter();
        GSON.toJson(value, out);
        out.flush();
    }

    /** Answers with {@code {"status": N, "error": "..."}}. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, Map.of("status", status, "error", message));
    }
}
