package newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import newskg.build.BuildSummary;
import newskg.server.ArticleIngest;
import newskg.server.DirectoryWatch;
import newskg.server.GraphServer;
import newskg.server.ReadyQuery;
import newskg.source.ArticleInputs;
import newskg.source.ArticleReader;
import newskg.store.GraphStore;
import newskg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newskg serve}: serves the store with Fuseki and its UI until Ctrl-C (or until the serving
 * thread is interrupted), then stops the server and closes the store.
 * <pre>
 *   newskg serve                                   # builds the seeds first when data/store is empty
 *   newskg serve --store DIR --port 8080 --timeout 10
 *   newskg serve --allow-update --user editor --password-file secret.txt
 *   newskg serve --allow-ingest --user editor --password-file secret.txt   # newskg build --server URL ...
 *   newskg serve --watch incoming/                                         # ingests files written there
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph with Fuseki and its UI: SPARQL at /newskg/sparql, the UI at /,",
                "the explorer (entity and article pages, linked-data IRIs at /id/, JSON at /api/) at /explore.",
                "Read-only unless --allow-update or --allow-ingest (with --user and --password-file: basic auth)",
                "or --watch DIR is given. SERVICE to other endpoints only with --allow-service.",
                "With the default store, builds the seed articles into it first when it is empty."})
public final class ServeCommand implements Callable<Integer> {
    /** The project's query files, as the console finds them; the start-up links use two of them. */
    private static final Path QUERIES = Path.of("queries");
    /** How long a watched directory stays quiet before its new files are built. */
    private static final Duration WATCH_SETTLE = Duration.ofSeconds(1);

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "A query running longer is cancelled (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows a query returns; a larger LIMIT is lowered (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-queries", paramLabel = "N",
            description = "Most queries running at once (default: twice the cores, ${DEFAULT-VALUE}).")
    int maxQueries = 2 * Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-waiting", paramLabel = "N",
            description = "Most queries waiting (up to 10 s) for those; more get 503 (default: ${DEFAULT-VALUE}).")
    int maxWaiting = 16 * Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "65536",
            description = "Longest request line (414) and query body (413) accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--allow-service", description = "Let queries call other SPARQL endpoints with SERVICE.")
    boolean allowService;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes from --user.")
    boolean allowUpdate;

    @Option(names = "--allow-ingest",
            description = "Accept articles from --user at /newskg/ingest (newskg build --server URL).")
    boolean allowIngest;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Build the articles written into DIR (and below) while serving.")
    Path watch;

    @Mixin
    Credentials credentials;

    @Override
    public Integer call() {
        checkOptions();
        String password = allowUpdate || allowIngest ? credentials.password(spec.commandLine()) : null;
        String user = credentials.user();
        List<ReadyQuery> queries = ReadyQuery.forStartup(QUERIES);
        PrintWriter out = spec.commandLine().getOut();
        GraphServer.configureLogging();
        boolean defaultStore = !spec.commandLine().getParseResult().hasMatchedOption("--store");
        GraphStore graphStore = defaultStore ? GraphStore.open(store.path()) : Stores.openExisting(store.path());
        Consumer<String> log = line -> {
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        };
        GraphServer server;
        ArticleIngest ingest = null;
        DirectoryWatch watcher = null;
        try {
            if (defaultStore && graphStore.isEmpty()) {
                buildSeeds(graphStore, out);
            }
            if (graphStore.state().unfinishedBuild().filter(b -> b.freshLoad()).isPresent()) {
                // A bulk load cut short is not transactional: what it left is no store to serve.
                throw new StoreException(store.path() + ": the last build was cut short while loading this new"
                        + " store; build it again (newskg build) before serving it");
            }
            GraphServer.Builder builder = GraphServer.create().dataset(graphStore.datasetGraph())
                    .host(host).port(port).timeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).queries(QUERIES)
                    .names(graphStore.names()).maxConcurrentQueries(maxQueries).maxWaitingQueries(maxWaiting)
                    .maxRequestBytes(maxRequestBytes).allowService(allowService).requestLog(log);
            if (allowUpdate) {
                builder.allowUpdate(user, password);
            }
            if (allowIngest || watch != null) {
                int cores = Runtime.getRuntime().availableProcessors();
                ingest = new ArticleIngest(graphStore, cores, 4 * cores);
            }
            if (allowIngest) {
                builder.allowIngest(ingest, user, password);
            }
            if (watch != null) {
                watcher = DirectoryWatch.start(watch, ingest, WATCH_SETTLE, log);
            }
            server = builder.build().start();
        } catch (RuntimeException e) {
            if (watcher != null) {
                watcher.close();
            }
            if (ingest != null) {
                ingest.close();
            }
            graphStore.close();
            throw e;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        ArticleIngest liveIngest = ingest;
        DirectoryWatch liveWatch = watcher;
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                if (liveWatch != null) {
                    liveWatch.close();
                }
                server.stop();
                if (liveIngest != null) {
                    liveIngest.close();
                }
                graphStore.close();
                out.println("newskg: server stopped, store closed");
                out.flush();
            }
        };
        Thread hook = new Thread(shutdown, "newskg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.print(startMessage(server, store.path(), queries, timeoutSeconds, maxRows, allowUpdate));
        out.print(limitsMessage(server));
        out.flush();
        boolean interrupted = false;
        try {
            server.join();
        } catch (InterruptedException e) {
            // Embedded use (and the tests) stop the server by interrupting the thread that serves.
            interrupted = true;
        } finally {
            shutdown.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook has run or is running.
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** What {@code serve} prints once it listens: URLs, the console command, the ready-made query links. */
    static String startMessage(GraphServer server, Path storeDir, List<ReadyQuery> queries, int timeoutSeconds,
                               long maxRows, boolean updates) {
        StringBuilder sb = new StringBuilder();
        sb.append("newskg: serving ").append(storeDir).append(updates
                ? " (updates allowed for the given user)" : " (read-only)").append('\n');
        sb.append("  UI:       ").append(server.serverUrl()).append('\n');
        sb.append("  Editor:   ").append(server.uiUrl()).append('\n');
        sb.append("  Explorer: ").append(server.serverUrl()).append("explore").append('\n');
        sb.append("  SPARQL:   ").append(server.sparqlUrl()).append('\n');
        sb.append("  Console:  ./newskg console --endpoint ").append(server.sparqlUrl()).append('\n');
        sb.append("  Ready-made queries (open the UI's editor on the query; press the run button):\n");
        for (ReadyQuery q : queries) {
            sb.append("    ").append(q.title()).append(":\n      ")
                    .append(q.uiLink(server.serverUrl(), GraphServer.DATASET)).append('\n');
        }
        sb.append("  Queries stop after ").append(timeoutSeconds).append(" s and return at most ").append(maxRows)
                .append(" rows. Ctrl-C stops the server.\n");
        return sb.toString();
    }

    /** What {@code serve} adds to the start-up message about admission control, SERVICE and live updates. */
    private String limitsMessage(GraphServer server) {
        StringBuilder sb = new StringBuilder();
        sb.append("  At most ").append(maxQueries).append(" queries run at once and ").append(maxWaiting)
                .append(" wait; SERVICE to other endpoints is ").append(allowService ? "allowed" : "off").append(".\n");
        if (allowIngest) {
            sb.append("  Ingest:   ").append(server.ingestUrl()).append(" (for ").append(credentials.user())
                    .append("): ./newskg build --server ").append(server.serverUrl()).append(" --user ")
                    .append(credentials.user()).append(" --password-file FILE\n");
        }
        if (watch != null) {
            sb.append("  Watching: ").append(watch).append(" (articles written there are built into the store)\n");
        }
        return sb.toString();
    }

    private void checkOptions() {
        CommandLine cl = spec.commandLine();
        for (boolean on : new boolean[] {allowUpdate, allowIngest}) {
            if (on && !credentials.both()) {
                throw new ParameterException(cl, (allowUpdate ? "--allow-update" : "--allow-ingest")
                        + " needs --user NAME and --password-file FILE (there is no default password)");
            }
        }
        if (!allowUpdate && !allowIngest && credentials.any()) {
            throw new ParameterException(cl, "--user and --password-file only go with --allow-update or"
                    + " --allow-ingest");
        }
        if (maxQueries < 1 || maxWaiting < 0 || maxRequestBytes < 1) {
            throw new ParameterException(cl, "--max-queries and --max-request-bytes must be positive, --max-waiting"
                    + " zero or more");
        }
        if (timeoutSeconds <= 0) {
            throw new ParameterException(cl, "--timeout must be a positive number of seconds: " + timeoutSeconds);
        }
        if (maxRows <= 0) {
            throw new ParameterException(cl, "--max-rows must be positive: " + maxRows);
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(cl, "--port must be between 0 and 65535: " + port);
        }
    }

    /** The one-command demo: the default store, missing or empty, is filled from the seed articles first. */
    private void buildSeeds(GraphStore graphStore, PrintWriter out) {
        out.println("newskg: " + store.path() + " is empty; building the articles in " + BuildCommand.DEFAULT_INPUT
                + " into it first");
        out.flush();
        ArticleInputs files = ArticleReader.collect(List.of(BuildCommand.DEFAULT_INPUT));
        BuildSummary summary = BuildCommand.build(graphStore, files, false, Runtime.getRuntime().availableProcessors());
        PrintWriter err = spec.commandLine().getErr();
        for (String skipped : summary.skipped()) {
            err.println("newskg: skipped " + skipped);
        }
        err.flush();
        out.println("Built " + store.path() + ": " + summary.describe());
        out.flush();
    }
}
