package newskg.build;

import java.util.ArrayList;
import java.util.List;

/**
 * What a build did.
 *
 * @param articles      articles loaded
 * @param skipped       the articles not loaded, each "file: reason"
 * @param warnings      problems in articles that loaded all the same, each "file: problem"
 * @param people        distinct people over the loaded articles
 * @param organizations distinct organisations
 * @param places        distinct places
 * @param roles         roles
 * @param events        events
 * @param quotes        quotes
 * @param triples       triples written
 * @param seconds       wall-clock time
 * @param notes         what else the build did or found: the load path, linking, compaction, a build
 *                      left unfinished before; one short clause each
 * @param interrupted   whether the build was stopped before it finished (the store records it)
 */
public record BuildSummary(int articles, List<String> skipped, List<String> warnings, int people, int organizations, int places, int roles,
                           int events, int quotes, long triples, double seconds, List<String> notes,
                           boolean interrupted) {
    public BuildSummary {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** This summary with one more warning. */
    public BuildSummary withWarning(String warning) {
        List<String> w = new ArrayList<>(warnings);
        w.add(warning);
        return new BuildSummary(articles, skipped, w, people, organizations, places, roles, events, quotes, triples,
                seconds, notes, interrupted);
    }

    private String counts() {
        List<String> c = new ArrayList<>();
        if (!skipped.isEmpty()) {
            c.add(skipped.size() + " skipped");
        }
        if (!warnings.isEmpty()) {
            c.add(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
        }
        return c.isEmpty() ? "" : " (" + String.join(", ", c) + ")";
    }

    /** The summary as the build command prints it. */
    public String describe() {
        return String.format("%d articles, %d people, %d organizations, %d places, %d roles, %d events, %d quotes, "
                        + "%d triples in %.1f s%s%s%s", articles, people, organizations, places, roles, events, quotes,
                triples, seconds, counts(),
                notes.isEmpty() ? "" : "; " + String.join("; ", notes),
                interrupted ? "; INTERRUPTED: the store records an unfinished build" : "");
    }
}
