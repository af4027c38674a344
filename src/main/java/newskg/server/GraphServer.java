package newskg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import newskg.explore.Explorer;
import newskg.store.NameIndex;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The graph served over HTTP: embedded Fuseki Main with its UI (no admin module), one dataset at
 * {@code /newskg}. SPARQL queries at {@code /newskg/sparql}, {@code /newskg/query} and {@code /newskg};
 * Graph Store Protocol reads at {@code /newskg/get}, {@code /newskg/data} and {@code /newskg?graph=...}.
 * Queries see what the dataset's default graph is (for a newskg store, the union of the article
 * graphs) and can still name graphs with {@code GRAPH ?g}.
 * <pre>
 *   GraphServer server = GraphServer.create().dataset(store.datasetGraph()).port(3030).build().start();
 *   System.out.println(server.sparqlUrl());   // http://127.0.0.1:3030/newskg/sparql
 *   server.stop();
 * </pre>
 * Read-only unless {@link Builder#allowUpdate(String, String)} is given: then SPARQL Update at
 * {@code /newskg/update} and GSP writes at {@code /newskg/data} need HTTP basic authentication as
 * that user (reads at {@code /newskg/data} too; {@code /newskg/get} stays open). With
 * {@link Builder#allowIngest} articles sent to {@code /newskg/ingest} by that user are extracted and
 * stored while the server runs ({@link IngestAction}).
 * Every query runs with a timeout, a row cap, a nesting limit and no {@code SERVICE} unless allowed
 * ({@link LimitedQuery}); a bounded number run at once and a bounded number wait ({@link QueryAdmission}).
 * <p>
 * Thread safety: the server answers requests concurrently (TDB2 transactions isolate them);
 * {@link #start()} and {@link #stop()} are meant to be called from one thread.
 */
public final class GraphServer {
    /** The dataset's name in URLs. */
    public static final String DATASET = "newskg";
    /** The realm shown in the basic-authentication challenge. */
    public static final String REALM = "newskg";

    /** The endpoint, below the dataset, that takes articles ({@link Builder#allowIngest}). */
    public static final String INGEST = "ingest";
    /** The response header telling that the row cap cut a SELECT answer; its value is the cap. */
    public static final String ROW_CAP_HEADER = LimitedQuery.ROW_CAP_HEADER;

    private static final Operation INGEST_OPERATION = Operation.alloc("urn:newskg:operation:ingest", INGEST,
            "newskg article ingest");

    /** What runs queries, and so waits its turn under admission control: the dataset's endpoints, the explorer's. */
    private static final List<String> ADMITTED_PATHS = List.of("/" + DATASET + "/*", "/api/*", "/explore/*", "/id/*");

    private final FusekiServer fuseki;
    private final String host;
    private final Path uiBase;
    private final Path spool;

    private GraphServer(FusekiServer fuseki, String host, Path uiBase, Path spool) {
        this.fuseki = fuseki;
        this.host = host;
        this.uiBase = uiBase;
        this.spool = spool;
    }

    /**
     * A builder with the defaults: 127.0.0.1, port 3030, timeout 30 s, 10,000 rows, twice as many
     * queries at once as cores and sixteen times as many waiting, 64 KiB requests, no SERVICE, read-only.
     */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Fuseki's console logging, quieted so that the request log ({@link Builder#requestLog}) is the only
     * line per request: Jena and Fuseki log warnings and errors only. Call once, before building.
     */
    public static void configureLogging() {
        FusekiLogging.setLogging();
        // Fuseki's default configuration sets these loggers to INFO one by one.
        for (String logger : new String[] {"org.apache.jena", "org.apache.jena.arq.exec", "org.apache.jena.riot",
                "org.apache.jena.fuseki", Fuseki.actionLogName, Fuseki.serverLogName, Fuseki.configLogName,
                Fuseki.adminLogName}) {
            LogCtl.setLevel(logger, "WARN");
        }
    }

    /**
     * Starts listening.
     *
     * @return this server
     * @throws ServerException when the address is in use or cannot be bound
     */
    public GraphServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            stopQuietly();
            String address = host + ":" + configuredPort();
            if (hasCause(e, BindException.class) || String.valueOf(e.getMessage()).contains("bind")) {
                throw new ServerException(address + ": cannot listen there, the port is in use or the address is not"
                        + " this machine's (" + e.getMessage() + "); choose another with --port or --host", e);
            }
            throw new ServerException(address + ": cannot start the server (" + e.getMessage() + ")", e);
        }
        return this;
    }

    /** Stops the server; requests in progress are cut. Idempotent. */
    public void stop() {
        stopQuietly();
    }

    /**
     * Blocks until the server stops.
     *
     * @throws InterruptedException when the calling thread is interrupted first; the server keeps running
     */
    public void join() throws InterruptedException {
        // Not FusekiServer.join(), which starts a stopped server again.
        fuseki.getJettyServer().join();
    }

    /** The port the server listens on (the actual one when built with port 0), or -1 before {@link #start()}. */
    public int port() {
        return connector().getLocalPort();
    }

    /** The server's base URL, {@code http://HOST:PORT/}; a wildcard host is shown as 127.0.0.1. */
    public String serverUrl() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (h.contains(":")) {
            h = "[" + h + "]";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return serverUrl() + DATASET + "/sparql";
    }

    /** The endpoint that takes articles, when ingest is allowed. */
    public String ingestUrl() {
        return serverUrl() + DATASET + "/" + INGEST;
    }

    /** The UI page with the query editor of the dataset. */
    public String uiUrl() {
        return serverUrl() + "#/dataset/" + DATASET + "/query";
    }

    private ServerConnector connector() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                return sc;
            }
        }
        throw new IllegalStateException("no HTTP connector");
    }

    private int configuredPort() {
        return connector().getPort();
    }

    private void stopQuietly() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception e) {
            // Stopping a server that did not start may fail; there is nothing left to release then.
        }
        for (Path dir : spool == null ? List.of(uiBase) : List.of(uiBase, spool)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | UncheckedIOException e) {
                dir.toFile().deleteOnExit();
            }
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Settings for a {@link GraphServer}; each setter checks its argument, {@link #build()} checks
     * that a dataset was given. Not thread-safe; one builder may build several servers.
     */
    public static final class Builder {
        /** The longest a query waits for a turn to run. */
        private static final int MAX_WAIT_SECONDS = 10;
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private Duration timeout = Duration.ofSeconds(30);
        private long maxRows = 10_000;
        private int maxRunning = 2 * Runtime.getRuntime().availableProcessors();
        private int maxWaiting = 16 * Runtime.getRuntime().availableProcessors();
        private long maxRequestBytes = 64 << 10;
        private boolean allowService;
        private boolean allowUpdate;
        private ArticleIngest ingest;
        private String user;
        private String password;
        private Consumer<String> requestLog;
        private Path queries;
        private NameIndex names;

        private Builder() {
        }

        /** The dataset to serve; required. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The address to listen on (default 127.0.0.1, this machine only). */
        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be empty");
            }
            this.host = host.strip();
            return this;
        }

        /** The port, 0 for any free one (default 3030). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** How long a query may run before it is cancelled (default 30 s); at least 1 ms. */
        public Builder timeout(Duration timeout) {
            if (timeout == null || timeout.toMillis() < 1) {
                throw new IllegalArgumentException("timeout must be at least 1 ms: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The largest number of rows a query returns (default 10,000); positive. */
        public Builder maxRows(long maxRows) {
            if (maxRows <= 0) {
                throw new IllegalArgumentException("the row cap must be positive: " + maxRows);
            }
            this.maxRows = maxRows;
            return this;
        }

        /** How many queries execute at once (default twice the cores); positive. */
        public Builder maxConcurrentQueries(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("at least one query must be able to run: " + n);
            }
            this.maxRunning = n;
            return this;
        }

        /**
         * How many more queries may wait for one of those (default sixteen times the cores), each for at most
         * the timeout or {@value #MAX_WAIT_SECONDS} s, whichever is shorter; zero or more.
         */
        public Builder maxWaitingQueries(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("the number of waiting queries cannot be negative: " + n);
            }
            this.maxWaiting = n;
            return this;
        }

        /** The longest request line (414 beyond) and query body (413 beyond), in bytes (default 65,536); positive. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("the request size limit must be positive: " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * Whether queries may call other endpoints with {@code SERVICE} (default: no). Set on the served
         * dataset's context too, so that any other query over it in this JVM follows the same rule.
         */
        public Builder allowService(boolean allowed) {
            this.allowService = allowed;
            return this;
        }

        /**
         * Enables SPARQL Update and GSP writes for {@code user}, who logs in with HTTP basic
         * authentication and {@code password}. Without this call the server is read-only.
         */
        public Builder allowUpdate(String user, String password) {
            credentials(user, password);
            this.allowUpdate = true;
            return this;
        }

        /**
         * Enables {@code POST /newskg/ingest} for {@code user} (HTTP basic authentication): articles
         * sent there go to {@code ingest}, which writes the served store. The caller closes {@code ingest}
         * after stopping the server.
         */
        public Builder allowIngest(ArticleIngest ingest, String user, String password) {
            credentials(user, password);
            this.ingest = Objects.requireNonNull(ingest, "ingest");
            return this;
        }

        private void credentials(String user, String password) {
            if (user == null || user.isBlank() || user.contains(":")) {
                throw new IllegalArgumentException("user name must be non-empty and contain no ':'");
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("password must not be empty");
            }
            if (this.user != null && (!this.user.equals(user) || !this.password.equals(password))) {
                throw new IllegalArgumentException("updates and ingest take the same user and password");
            }
            this.user = user;
            this.password = password;
        }

        /** Where to write one line per request (default: nowhere); must be thread-safe. */
        public Builder requestLog(Consumer<String> sink) {
            this.requestLog = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** The store's name index, for the explorer's search (default: a scan of the labels). */
        public Builder names(NameIndex index) {
            this.names = Objects.requireNonNull(index, "index");
            return this;
        }

        /** The project's query files, offered in the UI's list of examples (default: none). */
        public Builder queries(Path dir) {
            this.queries = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Builds a server, not yet started.
         *
         * @throws IllegalStateException when no dataset was given
         * @throws ServerException       when the UI's working directory cannot be created
         */
        public GraphServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset to serve: call dataset(...)");
            }
            if (ingest != null && ingest.store().datasetGraph() != dataset) {
                throw new IllegalStateException("the ingest must write the dataset served");
            }
            Path uiBase = tempDirectory("newskg-ui");
            Path spool = ingest == null ? null : tempDirectory("newskg-ingest");
            dataset.getContext().set(ARQ.httpServiceAllowed, allowService);
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    // Waiting queries hold no thread; an article being ingested or waiting to be holds one.
                    .maxServerThreads(Math.max(20, maxRunning + (ingest == null ? 0 : 2 * ingest.capacity()) + 16))
                    // FMod_UI needs a server control, which the admin module normally provides; the admin
                    // module is left out because its endpoints (dataset deletion too) are unauthenticated.
                    .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(uiBase))
                    .addServlet("/$/server", new ActionServerStatus())
                    .enablePing(true)
                    .fusekiModules(FusekiModules.create(FMod_UI.create()))
                    .add("/" + DATASET, dataService(spool));
            // The explorer (pages, JSON API, linked-data IRIs) and the UI's page with its script.
            Explorer.Settings explorer = new Explorer.Settings(dataset, timeout, maxRows, !allowUpdate, queries);
            (names == null ? Explorer.servlets(explorer) : Explorer.servlets(explorer, names)).forEach(fb::addServlet);
            if (user != null) {
                fb.securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                        JettySecurityLib.makeUserStore(user, password), AuthScheme.BASIC));
            }
            FusekiServer fuseki = fb.build();
            Server jetty = fuseki.getJettyServer();
            // Waiting longer than a few seconds only delays the refusal a busy server has to give.
            Duration maxWait = timeout.compareTo(Duration.ofSeconds(MAX_WAIT_SECONDS)) < 0 ? timeout
                    : Duration.ofSeconds(MAX_WAIT_SECONDS);
            jetty.setHandler(new QueryAdmission(jetty.getHandler(), maxRunning, maxWaiting, maxWait, maxRequestBytes)
                    .forPaths(ADMITTED_PATHS, List.of("/" + DATASET + "/" + INGEST)));
            if (requestLog != null) {
                jetty.setRequestLog(new RequestLog(requestLog));
            }
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new GraphServer(fuseki, host, uiBase, spool);
        }

        private DataService.Builder dataService(Path spool) {
            Context limits = new Context();
            limits.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            limits.set(ARQ.httpServiceAllowed, allowService);
            LimitedQuery query = new LimitedQuery(maxRows, allowService);
            DataService.Builder ds = DataService.newBuilder(dataset);
            // The UI sends its queries to the first query endpoint it is told about.
            for (String name : new String[] {"sparql", "query", ""}) {
                ds.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                        .context(limits).processor(query).build());
            }
            ds.addEndpoint(Operation.GSP_R, "get");
            ds.addEndpoint(Operation.GSP_R, "");
            // Named endpoints only: a policy on the unnamed one would make every query log in.
            AuthPolicy writer = user == null ? null : Auth.policyAllowSpecific(user);
            if (!allowUpdate) {
                ds.addEndpoint(Operation.GSP_R, "data");
            } else {
                ds.addEndpoint(Operation.Update, "update", writer);
                ds.addEndpoint(Operation.GSP_RW, "data", writer);
            }
            if (ingest != null) {
                ds.addEndpoint(Endpoint.create().operation(INGEST_OPERATION).endpointName(INGEST).authPolicy(writer)
                        .processor(new IngestAction(ingest, spool)).build());
            }
            return ds;
        }

        /**
         * A fresh empty directory: for the UI module, which looks for an overriding "webapp" folder under
         * the server control's base (so it serves the UI from the jar), and for articles being ingested.
         */
        private static Path tempDirectory(String prefix) {
            try {
                return Files.createTempDirectory(prefix);
            } catch (IOException e) {
                throw new ServerException("cannot create a temporary directory (" + e.getMessage() + ")", e);
            }
        }
    }
}
