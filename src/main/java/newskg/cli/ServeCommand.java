package newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import newskg.build.BuildSummary;
import newskg.server.GraphServer;
import newskg.server.ReadyQuery;
import newskg.source.ArticleInputs;
import newskg.source.ArticleReader;
import newskg.store.GraphStore;
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
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the graph with Fuseki and its UI: SPARQL at /newskg/sparql, the UI at /,",
                "the explorer (entity and article pages, linked-data IRIs at /id/, JSON at /api/) at /explore.",
                "Read-only unless --allow-update is given with --user and --password-file (HTTP basic auth).",
                "With the default store, builds the seed articles into it first when it is empty."})
public final class ServeCommand implements Callable<Integer> {
    /** The project's query files, as the console finds them; the start-up links use two of them. */
    private static final Path QUERIES = Path.of("queries");

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

    @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes from --user.")
    boolean allowUpdate;

    @Option(names = "--user", paramLabel = "NAME", description = "The user allowed to update (with --allow-update).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password of --user (with --allow-update).")
    Path passwordFile;

    @Override
    public Integer call() {
        checkOptions();
        String password = allowUpdate ? readPassword() : null;
        List<ReadyQuery> queries = ReadyQuery.forStartup(QUERIES);
        PrintWriter out = spec.commandLine().getOut();
        GraphServer.configureLogging();
        boolean defaultStore = !spec.commandLine().getParseResult().hasMatchedOption("--store");
        GraphStore graphStore = defaultStore ? GraphStore.open(store.path()) : Stores.openExisting(store.path());
        GraphServer server;
        try {
            if (defaultStore && graphStore.isEmpty()) {
                buildSeeds(graphStore, out);
            }
            GraphServer.Builder builder = GraphServer.create().dataset(graphStore.datasetGraph())
                    .host(host).port(port).timeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows).queries(QUERIES).names(graphStore.names())
                    .requestLog(line -> {
                        out.println(line);
                        out.flush();
                    });
            if (allowUpdate) {
                builder.allowUpdate(user, password);
            }
            server = builder.build().start();
        } catch (RuntimeException e) {
            graphStore.close();
            throw e;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable shutdown = () -> {
            if (stopped.compareAndSet(false, true)) {
                server.stop();
                graphStore.close();
                out.println("newskg: server stopped, store closed");
                out.flush();
            }
        };
        Thread hook = new Thread(shutdown, "newskg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.print(startMessage(server, store.path(), queries, timeoutSeconds, maxRows, allowUpdate));
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

    private void checkOptions() {
        CommandLine cl = spec.commandLine();
        if (allowUpdate && (user == null || passwordFile == null)) {
            throw new ParameterException(cl, "--allow-update needs --user NAME and --password-file FILE"
                    + " (there is no default password)");
        }
        if (!allowUpdate && (user != null || passwordFile != null)) {
            throw new ParameterException(cl, "--user and --password-file only go with --allow-update");
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

    private String readPassword() {
        String text;
        try {
            text = Files.readString(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--password-file " + passwordFile + ": cannot read it ("
                    + e.getMessage() + ")");
        }
        String password = text.lines().findFirst().orElse("");
        if (password.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--password-file " + passwordFile
                    + ": the first line (the password) is empty");
        }
        return password;
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
