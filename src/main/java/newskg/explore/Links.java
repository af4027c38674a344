package newskg.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import newskg.vocab.NKG;

/** Where the explorer shows a thing: the graph's own IRIs at {@code /id/...}, others by parameter. */
final class Links {
    private Links() {
    }

    /** The page of {@code iri}: {@code /id/person/alice-example} for {@code https://w3id.org/newskg/id/person/alice-example}. */
    static String page(String iri) {
        if (iri.startsWith(NKG.ID)) {
            return "/id/" + iri.substring(NKG.ID.length());
        }
        return "/explore/entity?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
