package newskg.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article's metadata says about it besides its title and date: where it is published on the web,
 * by whom, who wrote it, in which language, and any other keys the metadata holds, kept as they were.
 *
 * @param url       the article's address ({@code url}, a page's canonical link), an absolute http(s) URL, or {@code null}
 * @param publisher the outlet or feed it comes from ({@code source}, {@code publisher}, a page's site name), or {@code null}
 * @param authors   who wrote it, in the order given; empty when unknown
 * @param language  its language as a BCP 47 tag ({@code en}, {@code pt-BR}), or {@code null}
 * @param extra     the metadata keys newskg does not read, with their values as given (strings, numbers,
 *                  booleans, lists, maps); never an error
 */
public record ArticleMetadata(String url, String publisher, List<String> authors, String language,
                              Map<String, Object> extra) {
    /** No metadata at all: a bare text file. */
    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, List.of(), null, Map.of());

    public ArticleMetadata {
        authors = List.copyOf(authors);
        extra = frozen(extra);
    }

    @SuppressWarnings("unchecked")
    private static <T> T frozen(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), v == null ? "" : frozen(v)));
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(v == null ? "" : frozen(v)));
            return (T) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
