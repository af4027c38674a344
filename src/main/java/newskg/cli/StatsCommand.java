package newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newskg.store.GraphStore;
import newskg.store.StoreStats;
import newskg.vocab.NKG;
import newskg.vocab.Prefixes;
import org.apache.jena.rdf.model.Resource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newskg stats}: what the store holds, per article and per class, as aligned tables.
 * <pre>
 *   newskg stats
 *   newskg stats --store data/store
 * </pre>
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts what the knowledge graph holds: sentences, mentions, people, organizations, places, "
                + "roles, events, quotes and triples per article, and instances per class.",
                "Store totals count distinct nodes: a person named by three articles counts once."})
public final class StatsCommand implements Callable<Integer> {
    private static final List<Resource> ARTICLE_COLUMNS = List.of(NKG.Sentence, NKG.Mention, NKG.Person,
            NKG.Organization, NKG.Place, NKG.Role, NKG.Event, NKG.Quote);
    private static final List<String> ARTICLE_HEADERS = List.of("sentences", "mentions", "people",
            "organizations", "places", "roles", "events", "quotes");
    private static final List<Resource> EVENT_TYPES = List.of(NKG.Attack, NKG.Protest, NKG.Meeting, NKG.Arrest,
            NKG.Deportation, NKG.Directive, NKG.Deployment, NKG.Statement, NKG.Poll, NKG.LegalAction, NKG.Ceremony);
    private static final int TITLE_WIDTH = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        StoreStats stats;
        String unfinished;
        try (GraphStore gs = Stores.openExisting(store.path())) {
            stats = StoreStats.of(gs);
            unfinished = gs.state().unfinishedBuild().map(b -> b.describe()).orElse(null);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (unfinished != null) {
            out.println("Warning: " + unfinished + ".");
        }
        out.printf("Store %s: %d articles, %d triples%n%n", store.path(), stats.articles().size(), stats.triples());
        printArticles(out, stats);
        out.println();
        printClasses(out, stats);
        out.flush();
        return 0;
    }

    private static void printArticles(PrintWriter out, StoreStats stats) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("article");
        header.addAll(ARTICLE_HEADERS);
        header.add("triples");
        header.add("title");
        rows.add(header);
        for (StoreStats.ArticleCounts a : stats.articles()) {
            List<String> row = new ArrayList<>();
            row.add(a.sourceFile().isEmpty() ? Prefixes.MAPPING.shortForm(a.graph()) : a.sourceFile());
            ARTICLE_COLUMNS.forEach(c -> row.add(Long.toString(a.count(c.getURI()))));
            row.add(Long.toString(a.triples()));
            row.add(shorten(a.title()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add("store (distinct)");
        ARTICLE_COLUMNS.forEach(c -> total.add(Long.toString(stats.count(c.getURI()))));
        total.add(Long.toString(stats.triples()));
        total.add("");
        rows.add(total);
        printTable(out, rows, 1, true);
    }

    private static void printClasses(PrintWriter out, StoreStats stats) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("class", "instances"));
        List<String> known = new ArrayList<>();
        for (Resource c : List.of(NKG.Article, NKG.Sentence, NKG.Mention, NKG.Person, NKG.Organization, NKG.Place,
                NKG.Role, NKG.Event)) {
            rows.add(List.of(Prefixes.MAPPING.shortForm(c.getURI()), Long.toString(stats.count(c.getURI()))));
            known.add(c.getURI());
        }
        for (Resource c : EVENT_TYPES) {
            rows.add(List.of("  " + Prefixes.MAPPING.shortForm(c.getURI()), Long.toString(stats.count(c.getURI()))));
            known.add(c.getURI());
        }
        rows.add(List.of(Prefixes.MAPPING.shortForm(NKG.Quote.getURI()), Long.toString(stats.count(NKG.Quote.getURI()))));
        known.add(NKG.Quote.getURI());
        stats.classes().keySet().stream().filter(c -> !known.contains(c)).sorted()
                .forEach(c -> rows.add(List.of(Prefixes.MAPPING.shortForm(c), Long.toString(stats.count(c)))));
        printTable(out, rows, 1, false);
    }

    private static String shorten(String title) {
        String t = title.replaceAll("\\s+", " ").strip();
        return t.length() <= TITLE_WIDTH ? t : t.substring(0, TITLE_WIDTH - 1) + "\u2026";
    }

    /**
     * Prints rows as columns two spaces apart: the first {@code leftColumns} columns left-aligned,
     * numbers right-aligned, and, when {@code lastIsText}, the last column left-aligned and unpadded.
     */
    private static void printTable(PrintWriter out, List<List<String>> rows, int leftColumns, boolean lastIsText) {
        int n = rows.get(0).size();
        int[] width = new int[n];
        for (List<String> row : rows) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String cell = row.get(i);
                boolean last = i == n - 1;
                if (i > 0) {
                    sb.append("  ");
                }
                if (last && lastIsText) {
                    sb.append(cell);
                } else if (i < leftColumns) {
                    sb.append(cell).append(" ".repeat(width[i] - cell.length()));
                } else {
                    sb.append(" ".repeat(width[i] - cell.length())).append(cell);
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
