package newskg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import newskg.extract.EntityType;
import newskg.resolve.Entity;
import newskg.vocab.NKG;

/**
 * The IRIs of things in the graph, all under {@link NKG#ID}:
 * <pre>
 *   article/000_bcd50a19847de33a               an article, and the name of its graph
 *   article/000_bcd50a19847de33a/sentence/12   its sentences, mentions, roles, events, quotes
 *   person/donald-trump                        entities: the same in every article
 * </pre>
 */
public final class Iris {
    private Iris() {
    }

    /**
     * The article's IRI (also its graph's name), from its id less {@code .txt}: {@code a.txt} gives
     * {@code article/a}, {@code politics/001.txt} gives {@code article/politics/001}.
     */
    public static String article(String articleId) {
        String stem = articleId.endsWith(".txt") ? articleId.substring(0, articleId.length() - 4) : articleId;
        StringBuilder iri = new StringBuilder(NKG.ID).append("article");
        for (String segment : stem.split("/")) {
            iri.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return iri.toString();
    }

    /** A part of an article: {@code kind} is sentence, mention, role, event or quote. */
    public static String part(String articleIri, String kind, int n) {
        return articleIri + "/" + kind + "/" + n;
    }

    /** An entity's IRI, from its type and key. */
    public static String entity(Entity e) {
        return entity(e.type(), e.key());
    }

    public static String entity(EntityType type, String key) {
        return NKG.ID + type.name().toLowerCase(Locale.ROOT) + "/" + key;
    }
}
