package newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newskg.build.BuildSummary;
import newskg.build.EntityLinker;
import newskg.build.GraphBuilder;
import newskg.rdf.Iris;
import newskg.server.ArticleSender;
import newskg.source.ArticleInputs;
import newskg.source.ArticleReader;
import newskg.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg build}: articles to the knowledge graph. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts people, organizations, places, roles, events and quotes,",
                "and loads them into the store: one named graph per article, replaced on rebuild."})
public final class BuildCommand implements Callable<Integer> {
    /** Where articles come from unless {@code --input} says otherwise. */
    public static final Path DEFAULT_INPUT = Path.of("seeds");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*",
            description = "Article files or directories of them (default: seeds): text and Markdown files with "
                    + "optional YAML front matter, saved HTML pages, JSON Lines files (also gzipped; one article a line).")
    List<Path> inputs = List.of(DEFAULT_INPUT);

    @Option(names = "--replace", description = "Afterwards, remove the articles that are not in this input from the store.")
    boolean replace;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the articles to this running server (serve --allow-ingest) instead of a store.")
    String server;

    @Mixin
    Credentials credentials;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (server != null || credentials.any()) {
            return send(out, err);
        }
        ArticleInputs files = ArticleReader.collect(inputs); // fails before the store is touched
        BuildSummary summary;
        try (GraphStore gs = GraphStore.open(store.path())) {
            summary = build(gs, files, replace, Math.max(1, threads));
        }
        for (String s : summary.skipped()) {
            err.println("newskg: skipped " + s);
        }
        for (String w : summary.warnings()) {
            err.println("newskg: warning: " + w);
        }
        out.println("Built " + store.path() + ": " + summary.describe());
        out.flush();
        err.flush();
        return summary.skipped().isEmpty() && summary.warnings().isEmpty() ? 0 : 1;
    }

    /** {@code --server}: the articles go to a running server, which builds them into the store it serves. */
    private int send(PrintWriter out, PrintWriter err) {
        CommandLine cl = spec.commandLine();
        if (server == null || !credentials.both()) {
            throw new ParameterException(cl, "--server, --user and --password-file go together");
        }
        if (replace || cl.getParseResult().hasMatchedOption("--store")) {
            throw new ParameterException(cl, "--server builds into the store the server serves:"
                    + " no --store or --replace");
        }
        String password = credentials.password(cl);
        ArticleSender sender;
        try {
            sender = new ArticleSender(server, credentials.user(), password, Math.max(2, threads * 2));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--server: " + e.getMessage());
        }
        ArticleInputs files = ArticleReader.collect(inputs);
        ArticleSender.Result r = sender.send(files, id -> { });
        for (String s : r.skipped()) {
            err.println("newskg: skipped " + s);
        }
        out.printf(Locale.ROOT, "Sent %d articles to %s: %d stored, %d skipped; surnames linked in %d article graphs;"
                + " %.1f s%n", r.stored() + r.skipped().size(), server, r.stored(), r.skipped().size(), r.linked(),
                r.seconds());
        out.flush();
        err.flush();
        return r.skipped().isEmpty() ? 0 : 1;
    }

    /**
     * Builds {@code files} into an open store, with a progress bar when there is a terminal. With
     * {@code replace}, the graphs of articles that are not in {@code files} are removed afterwards; an
     * input article that fails to load keeps the graph it had, and nothing is removed when an input could
     * not be read to its end (a truncated gzip file). Lone surnames are then linked to the full
     * names other articles give ({@link EntityLinker}).
     */
    public static BuildSummary build(GraphStore gs, ArticleInputs files, boolean replace, int threads) {
        GraphBuilder builder = new GraphBuilder(gs, threads);
        BuildSummary summary;
        Set<String> keep = new HashSet<>();
        if (System.console() == null) {
            summary = builder.build(files, f -> keep.add(Iris.article(f.id())));
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(files.size())
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).continuousUpdate().build()) {
                summary = builder.build(files, f -> {
                    keep.add(Iris.article(f.id()));
                    bar.step();
                });
            }
        }
        EntityLinker.linkSurnames(gs);
        if (replace && !files.complete()) {
            summary = summary.withWarning("--replace not applied: an input was not read to its end, so no article "
                    + "was removed");
        } else if (replace) {
            gs.graphNames().stream().filter(g -> !keep.contains(g)).forEach(gs::removeGraph);
        }
        return summary;
    }
}
