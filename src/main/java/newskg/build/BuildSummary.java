package newskg.build;

import java.util.List;

/**
 * What a build did.
 *
 * @param articles      articles loaded
 * @param skipped       the articles not loaded, each "file: reason"
 * @param people        distinct people over the loaded articles
 * @param organizations distinct organisations
 * @param places        distinct places
 * @param roles         roles
 * @param events        events
 * @param quotes        quotes
 * @param triples       triples written
 * @param seconds       wall-clock time
 */
public record BuildSummary(int articles, List<String> skipped, int people, int organizations, int places, int roles,
                           int events, int quotes, long triples, double seconds) {
    public BuildSummary {
        skipped = List.copyOf(skipped);
    }

    /** The summary as the build command prints it. */
    public String describe() {
        return String.format("%d articles, %d people, %d organizations, %d places, %d roles, %d events, %d quotes, "
                        + "%d triples in %.1f s%s", articles, people, organizations, places, roles, events, quotes,
                triples, seconds, skipped.isEmpty() ? "" : " (" + skipped.size() + " skipped)");
    }
}
