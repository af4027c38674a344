package newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newskg.store.GraphStore;
import newskg.store.NameHit;
import newskg.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newskg search NAME}: the people, organizations and places whose names start with the words
 * given, through the store's name index, most-named first.
 * <pre>
 *   newskg search tony bl
 *   newskg search --limit 3 "harbor guard"
 * </pre>
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds people, organizations and places by name through the name index: every word must",
                "start a word of the name (\"tony bl\" finds Tony Blair). Exact names first, then the most-named."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10",
            description = "Show at most N entities (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name, or the start of its words.")
    List<String> words;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
        }
        String name = String.join(" ", words).strip();
        List<NameHit> hits;
        try (GraphStore gs = Stores.openExisting(store.path())) {
            hits = gs.names().search(name, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (hits.isEmpty()) {
            out.println("No person, organization or place has a name starting with '" + name + "'.");
            out.flush();
            return 0;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "type", "articles", "entity"});
        for (NameHit h : hits) {
            rows.add(new String[] {h.name(), Prefixes.MAPPING.shortForm(h.type()), Integer.toString(h.articles()),
                    Prefixes.MAPPING.shortForm(h.iri())});
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            out.println(String.format("%-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %s", r[0], r[1],
                    r[2], r[3]).stripTrailing());
        }
        out.flush();
        return 0;
    }
}
