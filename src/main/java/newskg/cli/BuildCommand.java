package newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newskg.build.BuildOptions;
import newskg.build.BuildProgress;
import newskg.build.BuildSummary;
import newskg.build.GraphBuilder;
import newskg.server.ArticleSender;
import newskg.source.ArticleInput;
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

/**
 * {@code newskg build}: articles to the knowledge graph.
 * <pre>
 *   newskg build --input ../corpus --store data/store --threads 2
 * </pre>
 * Without a terminal it prints a progress line every few seconds on standard error; interrupted
 * (Ctrl-C, SIGTERM) it writes what is processed and prints the summary and the skipped files first.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts people, organizations, places, roles, events and quotes,",
                "and loads them into the store: one named graph per article, replaced on rebuild."})
public final class BuildCommand implements Callable<Integer> {
    /** Where articles come from unless {@code --input} says otherwise. */
    public static final Path DEFAULT_INPUT = Path.of("seeds");
    /** How often a progress line is printed without a terminal. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    /** How long an interrupted build may take to write what it has before the summary is printed. */
    private static final long STOP_WAIT_SECONDS = 30;

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

    @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "1MB",
            description = "Skip (and report) articles larger than this: bytes, or with kB, MB (default: ${DEFAULT-VALUE}).")
    String maxArticleSize;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Skip (and report) an article still being processed after this long (default: ${DEFAULT-VALUE}).")
    double articleTimeout;

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the articles to this running server (serve --allow-ingest) instead of a store.")
    String server;

    @Mixin
    Credentials credentials;

    @Option(names = "--usage-file", hidden = true, paramLabel = "FILE",
            description = "Write the process's CPU time and peak memory there at the end (for newskg bench).")
    Path usageFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (server != null || credentials.any()) {
            return send(out, err);
        }
        BuildOptions options = options();
        ArticleInputs files = ArticleReader.collect(inputs); // fails before the store is touched
        BuildSummary summary;
        try (GraphStore gs = GraphStore.open(store.path())) {
            GraphBuilder builder = new GraphBuilder(gs, options);
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                // SIGINT/SIGTERM: let the build write what it has, then say what was done and skipped
                builder.stop();
                try {
                    finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                print(out, err, builder.summarySoFar(), true);
            }, "newskg-build-interrupted");
            Runtime.getRuntime().addShutdownHook(hook);
            boolean hookRemoved = false;
            try {
                summary = build(builder, files, gs, err);
            } finally {
                finished.countDown();
                try {
                    hookRemoved = Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down: the hook prints the summary
                }
            }
            if (!hookRemoved) {
                return 1;
            }
        }
        print(out, err, summary, summary.interrupted());
        if (usageFile != null) {
            ResourceUsage.write(usageFile);
        }
        return summary.skipped().isEmpty() && summary.warnings().isEmpty() && !summary.interrupted() ? 0 : 1;
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
        out.printf(Locale.ROOT, "Sent %d articles to %s: %d stored, %d skipped in %.1f s%n",
                r.stored() + r.skipped().size(), server, r.stored(), r.skipped().size(), r.seconds());
        out.flush();
        err.flush();
        return r.skipped().isEmpty() ? 0 : 1;
    }

    private void print(PrintWriter out, PrintWriter err, BuildSummary summary, boolean interrupted) {
        for (String s : summary.skipped()) {
            err.println("newskg: skipped " + s);
        }
        for (String w : summary.warnings()) {
            err.println("newskg: warning: " + w);
        }
        out.println((interrupted ? "Interrupted build of " : "Built ") + store.path() + ": " + summary.describe());
        out.flush();
        err.flush();
    }

    private BuildOptions options() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        if (!(articleTimeout > 0)) {
            throw new ParameterException(spec.commandLine(), "--article-timeout must be a positive number of seconds: "
                    + articleTimeout);
        }
        return BuildOptions.defaults().threads(threads).replace(replace)
                .maxArticleBytes(parseSize(maxArticleSize))
                .articleTimeout(Duration.ofMillis(Math.max(1, Math.round(articleTimeout * 1000))));
    }

    private long parseSize(String text) {
        try {
            return BuildOptions.parseSize(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-article-size " + e.getMessage());
        }
    }

    /**
     * Builds {@code files} into an open store with the default limits and no progress output (for
     * {@code serve}'s first run). With {@code replace}, the graphs of articles that are not in
     * {@code files} are removed afterwards; an input article that fails to load keeps the graph it had.
     * Lone surnames are then linked to the full names other articles give.
     */
    public static BuildSummary build(GraphStore gs, Iterable<? extends ArticleInput> files, boolean replace, int threads) {
        return new GraphBuilder(gs, BuildOptions.defaults().threads(threads).replace(replace)).build(files, p -> { });
    }

    private static BuildSummary build(GraphBuilder builder, ArticleInputs files, GraphStore gs,
                                      PrintWriter err) {
        gs.state().unfinishedBuild().ifPresent(b -> {
            err.println("newskg: " + gs.directory() + ": " + b.describe().replace("; run 'newskg build' again to"
                    + " complete the store", "; this build completes it"));
            err.flush();
        });
        if (System.console() == null) {
            return builder.build(files, progressLines(err));
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).continuousUpdate().build()) {
            return builder.build(files, p -> {
                bar.stepTo(p.done());
                if (!p.phase().equals("loading")) {
                    bar.setExtraMessage(p.phase());
                }
            });
        }
    }

    /** A line on {@code err} every {@link #PROGRESS_EVERY}: done, rate, skipped. */
    static Consumer<BuildProgress> progressLines(PrintWriter err) {
        long every = PROGRESS_EVERY.toNanos();
        long[] next = {System.nanoTime() + every};
        return p -> {
            long now = System.nanoTime();
            if (now >= next[0]) {
                next[0] = now + every;
                err.println("newskg: " + p.describe());
                err.flush();
            }
        };
    }
}
