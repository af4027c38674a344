package newskg.source;

import java.util.Locale;

/** Where an article's publication date was found. */
public enum DateSource {
    /** The article's own metadata: front matter, a JSON Lines field, a page's meta tags or JSON-LD. */
    METADATA,
    /** A dateline in the body: a date line under the headline, or a wire dateline ("PARIS, May 3, 2025 (AP) -"). */
    DATELINE,
    /** A publication note elsewhere in the body ("Published 3 May 2025"). */
    TEXT;

    /** The name the graph uses ({@code nkg:dateSource}): {@code metadata}, {@code dateline} or {@code text}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
