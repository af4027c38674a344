package newskg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newskg.store.GraphStore;
import newskg.store.StoreStats;
import newskg.store.Validator;
import newskg.store.Violation;
import newskg.vocab.NKG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newskg validate}: checks the store against the newskg SHACL shapes and prints what breaks them.
 * <pre>
 *   newskg validate
 *   newskg validate --store data/store --limit 0
 * </pre>
 * Exit code 0 when the store conforms, 1 when any shape is violated.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the knowledge graph against the newskg SHACL shapes (ontology/shapes.ttl) and "
                + "prints each violation: the node, the property and what is wrong.",
                "Exit code 0 when the graph conforms, 1 when it does not."})
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Show at most N results in full (0: all); the summary counts them all. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 or more, not " + limit);
        }
        Validator validator = Validator.newskgShapes();
        List<Violation> results;
        StoreStats stats;
        String unfinished;
        try (GraphStore gs = Stores.openExisting(store.path())) {
            stats = StoreStats.of(gs);
            results = validator.validate(gs);
            unfinished = gs.state().unfinishedBuild().map(b -> b.describe()).orElse(null);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Validating store %s: %d articles, %d triples, %d shapes%n", store.path(),
                stats.count(NKG.Article.getURI()), stats.triples(), validator.shapeCount());
        if (unfinished != null) {
            // the graphs may each conform, but links across articles or whole articles may be missing
            out.println("Incomplete store: " + unfinished + ".");
            out.flush();
            return 1;
        }
        long violations = results.stream().filter(Violation::isViolation).count();
        if (results.isEmpty()) {
            out.println("The store conforms to the newskg shapes: 0 violations.");
            out.flush();
            return 0;
        }
        int shown = limit == 0 ? results.size() : Math.min(limit, results.size());
        out.println();
        for (int i = 0; i < shown; i++) {
            Violation v = results.get(i);
            out.printf("%d. %s%s%n", i + 1, v.isViolation() ? "" : v.severity() + ": ", v.message());
            out.printf("   node:  <%s>%n", v.focusNode());
            if (!v.path().isEmpty()) {
                out.printf("   path:  %s%n", v.path());
            }
            if (!v.value().isEmpty()) {
                out.printf("   value: %s%n", v.value());
            }
        }
        if (shown < results.size()) {
            out.printf("... and %d more (--limit 0 shows all)%n", results.size() - shown);
        }
        out.println();
        out.printf("%d violation%s, %d other result%s, on %d nodes:%n", violations, violations == 1 ? "" : "s",
                results.size() - violations, results.size() - violations == 1 ? "" : "s",
                results.stream().map(Violation::focusNode).distinct().count());
        Map<String, Integer> byRule = new LinkedHashMap<>();
        results.forEach(v -> byRule.merge(v.rule(), 1, Integer::sum));
        byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.printf("%6d  %s%n", e.getValue(), e.getKey()));
        out.flush();
        return violations > 0 ? 1 : 0;
    }
}
