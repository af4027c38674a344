package newskg.explore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer's static files, served from the jar: the page shells ({@code entity.html}, ...: one
 * template, {@code page.html}, with each page's title and scripts), styles and scripts under
 * {@code newskg/explore/}, and cytoscape.js from its webjar. Files are read once and
 * kept; answers carry an ETag, and pages a Content-Security-Policy that allows scripts, styles and
 * requests to this server only (a second guard, after escaping, against markup from article text).
 * <pre>
 *   Pages.send(request, response, 200, "entity.html");
 * </pre>
 * Thread-safe.
 */
final class Pages {
    static final Logger LOG = LoggerFactory.getLogger("newskg.explore");

    /** The pages' policy: nothing from elsewhere, no inline script, no plugins, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private static final String BASE = "newskg/explore/";
    private static final String CYTOSCAPE = "cytoscape.min.js";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");
    private static final Map<String, Optional<StaticFile>> FILES = new ConcurrentHashMap<>();
    /** The pages: each one's title and scripts, put into {@code page.html}. */
    private static final Map<String, List<String>> SHELLS = Map.of(
            "search.html", List.of("Search", "search.js"),
            "entity.html", List.of("Entity", "entity.js"),
            "article.html", List.of("Article", "article.js"),
            "graph.html", List.of("Neighbourhood", CYTOSCAPE, "graph.js"),
            "notfound.html", List.of("Not in the graph", "notfound.js"));

    private Pages() {
    }

    /**
     * A static file as it is sent.
     *
     * @param bytes       its content
     * @param contentType its media type
     * @param etag        a strong ETag of its content
     */
    record StaticFile(byte[] bytes, String contentType, String etag) {
    }

    /** The file called {@code name} ({@code entity.js}, {@code cytoscape.min.js}, ...), if there is one. */
    static Optional<StaticFile> file(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..") || name.equals("page.html")) {
            return Optional.empty();
        }
        return FILES.computeIfAbsent(name, n -> SHELLS.containsKey(n) ? shell(SHELLS.get(n))
                : load(n.equals(CYTOSCAPE) ? cytoscapePath() : BASE + n, n));
    }

    /** A page: the template with a title and scripts (module scripts but cytoscape.js, a classic one). */
    private static Optional<StaticFile> shell(List<String> titleAndScripts) {
        String template = new String(load(BASE + "page.html", "page.html").orElseThrow().bytes(), StandardCharsets.UTF_8);
        StringBuilder scripts = new StringBuilder();
        for (String script : titleAndScripts.subList(1, titleAndScripts.size())) {
            scripts.append(script.equals(CYTOSCAPE)
                    ? "  <script src=\"/explore/static/" + script + "\" defer></script>\n"
                    : "  <script type=\"module\" src=\"/explore/static/" + script + "\"></script>\n");
        }
        String html = template.replace("{{title}}", titleAndScripts.get(0)).replace("{{scripts}}\n", scripts);
        return Optional.of(file(html.getBytes(StandardCharsets.UTF_8), "html"));
    }

    /** Sends {@code name} with {@code status}; 404 when there is no such file. */
    static void send(HttpServletRequest request, HttpServletResponse response, int status, String name)
            throws IOException {
        Optional<StaticFile> f = file(name);
        if (f.isEmpty()) {
            response.sendError(404, "no such file: " + name);
            return;
        }
        StaticFile file = f.get();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (name.endsWith(".html")) {
            response.setHeader("Content-Security-Policy", CSP);
        }
        // Revalidated every time (a 304 when unchanged): a new jar's files are used at once.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", file.etag());
        if (status == 200 && file.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setStatus(status);
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(file.bytes());
        }
    }

    /** The path of cytoscape.js in its webjar, from the webjar's own version. */
    private static String cytoscapePath() {
        Properties p = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/cytoscape/pom.properties")) {
            if (in == null) {
                return "META-INF/resources/webjars/cytoscape/missing";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/cytoscape/" + p.getProperty("version") + "/dist/cytoscape.min.js";
    }

    private static Optional<StaticFile> load(String path, String name) {
        try (InputStream in = resource(path)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(file(in.readAllBytes(), name.substring(name.lastIndexOf('.') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read it from the jar", e);
        }
    }

    private static StaticFile file(byte[] bytes, String ext) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new StaticFile(bytes, TYPES.get(ext), "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static InputStream resource(String path) {
        return Pages.class.getClassLoader().getResourceAsStream(path);
    }
}
