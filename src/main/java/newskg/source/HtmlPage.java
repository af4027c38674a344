package newskg.source;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A saved news page: its main text, without navigation, ads, bylines and footers (found by Readability4J,
 * a port of Mozilla's Readability), and its metadata from JSON-LD ({@code NewsArticle}: {@code headline},
 * {@code datePublished}, {@code author}, {@code publisher}), Open Graph and article meta tags
 * ({@code og:title}, {@code article:published_time}, {@code og:site_name}), {@code <time datetime>},
 * {@code <link rel="canonical">} and {@code <html lang>}, in that order of trust.
 * <pre>
 *   HtmlPage page = HtmlPage.parse(bytes, "saved/harbor.html");
 *   page.fields().title();  page.text();
 * </pre>
 * Thread-safe (immutable; each call parses its own document).
 *
 * @param fields the page's metadata, as the other formats give theirs
 * @param text   the main text: one paragraph a block, separated by blank lines
 */
public record HtmlPage(ArticleFields fields, String text) {
    /** JSON-LD types of a news article (schema.org {@code Article} and its kinds). */
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "hr",
            "address", "details", "summary", "center");
    private static final Set<String> DROPPED = Set.of("head", "title", "script", "style", "noscript", "template",
            "nav", "footer", "aside", "form", "button", "select", "iframe", "svg", "figure", "figcaption", "picture",
            "img", "video", "audio");
    /** A main text needs this many words outside links: less is navigation, a cookie note or an app shell. */
    private static final int MIN_WORDS = 6;

    /**
     * Reads a page from its bytes; the encoding comes from a byte-order mark, a {@code <meta charset>}, or is UTF-8.
     *
     * @throws ArticleException when the page has no main text
     */
    public static HtmlPage parse(byte[] html, String origin) {
        try {
            return of(Jsoup.parse(new ByteArrayInputStream(html), null, ""), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a page already decoded. */
    public static HtmlPage parse(String html, String origin) {
        return of(Jsoup.parse(html), origin);
    }

    private static HtmlPage of(Document doc, String origin) {
        Map<String, Object> meta = metadata(doc);
        ArticleFields fields = ArticleFields.read(meta, key -> origin);
        String byline = null;
        Element content;
        try {
            // Readability resolves links against the page's address: a placeholder when it has none
            String base = fields.metadata().url() == null ? "https://page.invalid/" : fields.metadata().url();
            var article = new Readability4JExtended(base, doc).parse();
            content = article.getArticleContent();
            byline = article.getByline();
            if (fields.title() == null && article.getTitle() != null && !article.getTitle().isBlank()) {
                meta.put("title", article.getTitle());
                fields = ArticleFields.read(meta, key -> origin);
            }
        } catch (RuntimeException e) {
            // Readability gives up on some malformed pages: then there is no main text to read
            content = null;
        }
        String text = content == null ? "" : text(content, fields.title(), byline);
        if (wordsOutsideLinks(content) < MIN_WORDS) {
            throw new ArticleException(origin + ": no main text found in the HTML page (only navigation, links or scripts)");
        }
        return new HtmlPage(fields, text);
    }

    /** The page's metadata under the keys {@link ArticleFields} reads, the most trusted source first. */
    private static Map<String, Object> metadata(Document doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        JsonObject ld = jsonLdArticle(doc);
        if (ld != null) {
            put(m, "title", string(ld.get("headline")));
            put(m, "published", string(ld.get("datePublished")));
            put(m, "authors", names(ld.get("author")));
            put(m, "source", names(ld.get("publisher")).stream().findFirst().orElse(null));
            put(m, "language", string(ld.get("inLanguage")));
            String url = string(ld.get("url"));
            put(m, "url", ArticleFields.webAddress(url) != null ? url : null);
        }
        put(m, "title", content(doc, "meta[property=og:title]"));
        put(m, "published", content(doc, "meta[property=article:published_time]"));
        put(m, "published", content(doc, "meta[itemprop=datePublished]"));
        put(m, "published", attr(doc, "time[itemprop=datePublished], time[pubdate]", "datetime"));
        put(m, "published", attr(doc, "time[datetime]", "datetime"));
        put(m, "source", content(doc, "meta[property=og:site_name]"));
        put(m, "authors", content(doc, "meta[name=author]"));
        String canonical = attr(doc, "link[rel=canonical]", "abs:href");
        put(m, "url", ArticleFields.webAddress(canonical) != null ? canonical : null);
        String og = content(doc, "meta[property=og:url]");
        put(m, "url", ArticleFields.webAddress(og) != null ? og : null);
        put(m, "language", attr(doc, "html[lang]", "lang"));
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank()) && !(value instanceof List<?> l && l.isEmpty())) {
            m.putIfAbsent(key, value);
        }
    }

    private static String content(Document doc, String query) {
        return attr(doc, query, "content");
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    /** The first JSON-LD object typed as a news article, looking into arrays and {@code @graph}. */
    private static JsonObject jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonObject found = findArticle(JsonParser.parseString(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonParseException | IllegalStateException e) {
                // pages carry broken JSON-LD often enough: the meta tags still count
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) {
                JsonObject found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!e.isJsonObject()) {
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        JsonElement type = o.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isJsonArray()) {
            type.getAsJsonArray().forEach(t -> types.add(t.isJsonPrimitive() ? t.getAsString() : ""));
        } else if (type != null && type.isJsonPrimitive()) {
            types.add(type.getAsString());
        }
        if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
            return o;
        }
        return findArticle(o.get("@graph"));
    }

    private static String string(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            return e.getAsString();
        }
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            return a.isEmpty() ? null : string(a.get(0));
        }
        JsonObject o = e.getAsJsonObject();
        return o.has("name") ? string(o.get("name")) : o.has("@value") ? string(o.get("@value")) : null;
    }

    private static List<String> names(JsonElement e) {
        List<String> out = new ArrayList<>();
        if (e != null && e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> {
                String n = string(x);
                if (n != null && !n.isBlank()) {
                    out.add(n);
                }
            });
        } else {
            String n = string(e);
            if (n != null && !n.isBlank()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The words of the main text: a paragraph a block, without the headline and byline repeated in it. */
    private static String text(Element content, String title, String byline) {
        StringBuilder out = new StringBuilder();
        String titleKey = key(title);
        String bylineKey = key(byline);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(out, t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (DROPPED.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                    String k = key(e.text());
                    if (!k.isEmpty() && (k.equals(titleKey) && tag.startsWith("h") || k.equals(bylineKey))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    paragraph(out);
                } else if (tag.equals("br")) {
                    trimSpace(out);
                    out.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    appendCollapsed(out, " ");
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraph(out);
                }
                return FilterResult.CONTINUE;
            }
        }, content);
        String text = out.toString().strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    private static int wordsOutsideLinks(Element content) {
        if (content == null) {
            return 0;
        }
        Element copy = content.clone();
        copy.select("a, " + String.join(", ", DROPPED)).remove();
        String words = copy.text().strip();
        return words.isEmpty() ? 0 : words.split("\\s+").length;
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Appends text with runs of white space as one space, none at the start of a line. */
    private static void appendCollapsed(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void trimSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Ends the current paragraph with a blank line, unless it is empty. */
    private static void paragraph(StringBuilder out) {
        trimSpace(out);
        int n = out.length();
        if (n == 0 || (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            return;
        }
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }
}
