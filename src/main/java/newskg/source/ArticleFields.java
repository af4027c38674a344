package newskg.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The article fields of a metadata record: a front-matter block or one JSON Lines object. Reads the keys
 * news tools use for each field (the first present wins) and keeps the others as they are.
 * <pre>
 *   ArticleFields f = ArticleFields.read(frontMatter.fields(), key -&gt; "a.md:" + frontMatter.lineOf(key));
 * </pre>
 * A value that is present but unusable (a {@code published} that is not a date, a {@code url} that is not
 * an http(s) address) is left out with a warning naming the value; it never stops the article.
 * Thread-safe (immutable).
 *
 * @param title       the title, or {@code null}
 * @param publication the publication date, or {@code null}
 * @param metadata    url, publisher, authors, language and the keys not read
 * @param text        the article text a JSON record carries ({@code text}, {@code body}, {@code content}), or {@code null}
 * @param id          the record's own id ({@code id}), or {@code null}
 * @param warnings    the values left out, each "where: problem"
 */
public record ArticleFields(String title, PublicationDate publication, ArticleMetadata metadata, String text, String id,
                            List<String> warnings) {
    static final List<String> TITLE = List.of("title", "headline");
    static final List<String> PUBLISHED = List.of("published", "date", "publishedAt", "published_at", "datePublished",
            "pubDate");
    static final List<String> URL = List.of("url", "link", "permalink");
    static final List<String> PUBLISHER = List.of("source", "publisher", "site_name", "siteName");
    static final List<String> AUTHORS = List.of("authors", "author", "byline", "creator");
    static final List<String> LANGUAGE = List.of("language", "lang", "inLanguage");
    static final List<String> TEXT = List.of("text", "body", "content");
    static final List<String> ID = List.of("id");
    private static final Set<String> READ = keys(TITLE, PUBLISHED, URL, PUBLISHER, AUTHORS, LANGUAGE, TEXT, ID);

    /** No fields: a file without metadata. */
    public static final ArticleFields NONE = new ArticleFields(null, null, ArticleMetadata.NONE, null, null, List.of());

    public ArticleFields {
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads {@code fields}.
     *
     * @param where the place of a key for warnings ({@code a.md:3}, {@code feed.jsonl:12})
     */
    public static ArticleFields read(Map<String, ?> fields, Function<String, String> where) {
        List<String> warnings = new ArrayList<>();
        String title = string(first(fields, TITLE));
        PublicationDate publication = checked(fields, PUBLISHED, where, warnings,
                s -> PublicationDate.parse(s, DateSource.METADATA).orElse(null),
                "is not a date (such as 2025-09-02 or 2025-09-02T14:30:00Z); the article has no publication date");
        String url = checked(fields, URL, where, warnings, ArticleFields::webAddress,
                "is not an absolute http(s) address; left out");
        String language = checked(fields, LANGUAGE, where, warnings, ArticleFields::languageTag,
                "is not a language tag (such as en or pt-BR); left out");
        Map<String, Object> extra = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (!READ.contains(k)) {
                extra.put(k, v);
            }
        });
        ArticleMetadata metadata = new ArticleMetadata(url, name(first(fields, PUBLISHER)), names(first(fields, AUTHORS)),
                language, extra);
        return new ArticleFields(title, publication, metadata, text(first(fields, TEXT)), string(first(fields, ID)), warnings);
    }

    /**
     * The value of the first of {@code keys} present, read by {@code parse}; a value it cannot read is
     * left out with a warning "where: key 'value' problem".
     */
    private static <T> T checked(Map<String, ?> fields, List<String> keys, Function<String, String> where,
                                 List<String> warnings, Function<String, T> parse, String problem) {
        String key = firstKey(fields, keys);
        if (key == null) {
            return null;
        }
        String s = scalar(fields.get(key));
        T value = s == null ? null : parse.apply(s);
        if (value == null) {
            warnings.add(where.apply(key) + ": " + key + " '" + shown(fields.get(key)) + "' " + problem);
        }
        return value;
    }

    /** The value of a name-like field: a string, or the {@code name} of an object ({"name": "Example News"}). */
    static String name(Object value) {
        if (value instanceof Map<?, ?> m) {
            return string(m.containsKey("name") ? m.get("name") : m.get("title"));
        }
        if (value instanceof List<?> l && !l.isEmpty()) {
            return name(l.get(0));
        }
        return string(value);
    }

    /** People's names from a string, a list of strings or a list of objects with a {@code name}. */
    static List<String> names(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object v : l) {
                String n = name(v);
                if (n != null) {
                    out.add(byline(n));
                }
            }
        } else {
            String n = name(value);
            if (n != null) {
                out.add(byline(n));
            }
        }
        return out;
    }

    private static String byline(String name) {
        return name.regionMatches(true, 0, "by ", 0, 3) ? name.substring(3).strip() : name;
    }

    /** An absolute http or https URL, or {@code null}. */
    static String webAddress(String s) {
        if (s == null) {
            return null;
        }
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A well-formed BCP 47 language tag ({@code en_GB} is read as {@code en-GB}), or {@code null}. */
    static String languageTag(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            Locale l = new Locale.Builder().setLanguageTag(s.strip().replace('_', '-')).build();
            return l.getLanguage().isEmpty() ? null : l.toLanguageTag();
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private static Object first(Map<String, ?> fields, List<String> keys) {
        String k = firstKey(fields, keys);
        return k == null ? null : fields.get(k);
    }

    private static String firstKey(Map<String, ?> fields, List<String> keys) {
        for (String k : keys) {
            Object v = fields.get(k);
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return k;
            }
        }
        return null;
    }

    /** A scalar value as text (YAML and JSON numbers and booleans too), or {@code null} for lists and maps. */
    private static String scalar(Object v) {
        return v == null || v instanceof Map || v instanceof List ? null : v.toString();
    }

    private static String string(Object v) {
        String s = scalar(v);
        return s == null || s.isBlank() ? null : TextNormalizer.normalize(s).strip();
    }

    /** Body text as given: only a string is text. */
    private static String text(Object v) {
        return v instanceof String s ? s : null;
    }

    private static String shown(Object v) {
        String s = String.valueOf(v).replace('\n', ' ');
        return s.length() > 60 ? s.substring(0, 60) + "\u2026" : s;
    }

    @SafeVarargs
    private static Set<String> keys(List<String>... lists) {
        Set<String> all = new java.util.HashSet<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return Set.copyOf(all);
    }
}
