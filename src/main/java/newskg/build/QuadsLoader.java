package newskg.build;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import newskg.store.GraphStore;
import newskg.store.StoreException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Loads a build written as N-Quads files ({@code newskg spark}'s output: gzipped N-Quads, one file per
 * partition, and its {@link QuadsManifest}) into a new TDB2 store with TDB2's bulk loader, the machinery
 * of {@code tdb2.tdbloader}, indexing the names as it goes, so that the store is what {@code newskg build}
 * makes of the same articles and {@code newskg serve} serves it as it is.
 * <p>
 * Design decision: the load goes into a directory beside the store and takes the store's place only once
 * complete, checked against the manifest (each file's quads), and indexed. A load that fails or is cut
 * short leaves the store as it was (and the new directory marked unfinished, cleared by the next load);
 * with {@code replace}, the old store is removed only after the new one is in place.
 * <pre>
 *   QuadsLoader.Summary s = QuadsLoader.load(Path.of("out/nquads"), Path.of("data/store"), false, log::println);
 * </pre>
 * Not thread-safe: one load per store at a time.
 */
public final class QuadsLoader {
    private QuadsLoader() {
    }

    /**
     * What a load did.
     *
     * @param articles article graphs loaded
     * @param quads    quads loaded
     * @param files    files read
     * @param skipped  articles the job skipped (listed in the manifest)
     * @param names    names indexed
     * @param seconds  wall-clock time
     */
    public record Summary(long articles, long quads, int files, int skipped, int names, double seconds) {
        /** One line for {@code newskg load}. */
        public String describe() {
            return String.format(Locale.ROOT, "%d articles, %d quads from %d files, %d names indexed, in %.1f s%s",
                    articles, quads, files, names, seconds,
                    skipped > 0 ? "; the job skipped " + skipped + (skipped == 1 ? " article" : " articles")
                            + " (listed in " + QuadsManifest.FILE + ")" : "");
        }
    }

    /**
     * Loads the files of {@code nquadsDir} into the store {@code storeDir}, which must be missing or empty
     * unless {@code replace}.
     *
     * @param log told what is being done, one line at a time
     * @throws BuildException when the directory is not a complete build, a file is not N-Quads of article
     *                        graphs or does not hold what the manifest says
     * @throws StoreException when the store is not empty (without {@code replace}), in use, or cannot be written
     */
    public static Summary load(Path nquadsDir, Path storeDir, boolean replace, Consumer<String> log) {
        long t0 = System.nanoTime();
        if (!Files.exists(nquadsDir)) {
            throw new BuildException(nquadsDir + ": no such directory");
        }
        if (!Files.isDirectory(nquadsDir)) {
            throw new BuildException(nquadsDir + ": not a directory (give the directory 'newskg spark' wrote)");
        }
        QuadsManifest manifest = QuadsManifest.read(nquadsDir);
        List<Path> files = new ArrayList<>();
        for (QuadsManifest.Part p : manifest.parts()) {
            Path f = nquadsDir.resolve(p.file());
            if (!Files.isRegularFile(f)) {
                throw new BuildException(f + ": missing (the manifest lists it; an incomplete copy?)");
            }
            files.add(f);
        }
        checkTarget(storeDir, replace);
        Path fresh = sibling(storeDir, "loading");
        clearStale(fresh);
        Summary summary;
        try (GraphStore store = GraphStore.open(fresh)) {
            store.state().beginBuild(true);
            GraphStore.BulkLoad load = store.bulkLoad();
            long articles = 0;
            try {
                for (int i = 0; i < files.size(); i++) {
                    Path f = files.get(i);
                    QuadsManifest.Part part = manifest.parts().get(i);
                    log.accept("loading " + f.getFileName() + " (" + part.quads() + " quads)");
                    PartReader reader = new PartReader(f, load);
                    reader.read();
                    if (reader.quads != part.quads() || reader.graphs != part.articles()) {
                        throw new BuildException(f + ": holds " + reader.quads + " quads of " + reader.graphs
                                + " articles, the manifest says " + part.quads() + " of " + part.articles()
                                + " (a damaged or partial copy?)");
                    }
                    articles += reader.graphs;
                }
            } catch (RuntimeException e) {
                load.abandon(e);
                throw e;
            }
            log.accept("building the indexes");
            load.finish();
            store.state().endBuild();
            summary = new Summary(articles, load.quads(), files.size(), manifest.skipped().size(),
                    store.names().size(), 0);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
        install(fresh, storeDir);
        return new Summary(summary.articles(), summary.quads(), summary.files(), summary.skipped(), summary.names(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** The store directory must be missing, empty (a new store), or replaced; and not in use. */
    private static void checkTarget(Path storeDir, boolean replace) {
        if (!Files.exists(storeDir)) {
            return;
        }
        if (!Files.isDirectory(storeDir)) {
            throw new StoreException(storeDir + ": store path exists and is not a directory");
        }
        try (Stream<Path> s = Files.list(storeDir)) {
            if (s.findAny().isEmpty()) {
                return;
            }
        } catch (IOException e) {
            throw new StoreException(storeDir + ": cannot list store directory (" + e.getMessage() + ")", e);
        }
        // opening checks it is a store and no other process uses it
        try (GraphStore old = GraphStore.open(storeDir)) {
            if (!old.isEmpty() && !replace) {
                throw new StoreException(storeDir + ": store is not empty (" + old.graphNames().size()
                        + " articles); give --replace to replace it, or --store a new directory");
            }
        }
    }

    /** A directory beside {@code storeDir} for a load's work. */
    private static Path sibling(Path storeDir, String what) {
        Path abs = storeDir.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + "." + what);
    }

    /** Removes what a load cut short left, unless a load is still running in it. */
    private static void clearStale(Path fresh) {
        if (!Files.exists(fresh)) {
            return;
        }
        try (GraphStore s = GraphStore.open(fresh)) {
            // opened: no other process loads into it
        } catch (StoreException e) {
            throw new StoreException(fresh + ": another load is writing there (" + e.getMessage() + ")", e);
        }
        delete(fresh);
    }

    /** Puts the loaded store in the place of {@code storeDir}, then removes the store it replaces. */
    private static void install(Path fresh, Path storeDir) {
        Path target = storeDir.toAbsolutePath().normalize();
        Path old = sibling(storeDir, "replaced");
        try {
            Files.createDirectories(target.getParent());
            clearStale(old);
            if (Files.exists(target)) {
                move(target, old);
            }
            move(fresh, target);
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(storeDir + ": cannot put the loaded store in place (" + e.getMessage()
                    + "); it is in " + fresh, e);
        }
        delete(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(dir + ": cannot delete it (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            delete(dir);
        } catch (StoreException e) {
            // the load's own failure is the one to report; the next load clears what is left
        }
    }

    /** Parses one file as N-Quads into the load, counting quads and graphs, refusing triples. */
    private static final class PartReader implements StreamRDF {
        private final Path file;
        private final GraphStore.BulkLoad load;
        private Node graph;
        long quads;
        long graphs;

        PartReader(Path file, GraphStore.BulkLoad load) {
            this.file = file;
            this.load = load;
        }

        void read() {
            try (InputStream in = open(file)) {
                RDFParser.source(in).forceLang(Lang.NQUADS).errorHandler(ERRORS).parse(this);
            } catch (IOException e) {
                throw new BuildException(file + ": cannot read it (" + e.getMessage() + ")");
            } catch (RiotException e) {
                throw new BuildException(file + ": not N-Quads (" + e.getMessage() + ")");
            } catch (UncheckedIOException e) {
                throw new BuildException(file + ": cannot read it (" + e.getCause().getMessage() + ")");
            } catch (org.apache.jena.atlas.RuntimeIOException e) {
                throw new BuildException(file + ": cannot read it (" + e.getMessage() + ")");
            }
        }

        private static InputStream open(Path file) throws IOException {
            InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            if (!file.getFileName().toString().endsWith(".gz")) {
                return raw;
            }
            try {
                return new GZIPInputStream(raw, 1 << 16);
            } catch (IOException e) {
                raw.close();
                throw new IOException("not gzipped (" + e.getMessage() + ")", e);
            }
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (Quad.isDefaultGraph(g) || !g.isURI()) {
                throw new BuildException(file + ": not article graphs (a quad outside a named graph: "
                        + q.getSubject() + " " + q.getPredicate() + " ...)");
            }
            if (!g.equals(graph)) {
                graph = g;
                graphs++;
            }
            load.add(q);
            quads++;
        }

        @Override
        public void triple(Triple t) {
            throw new BuildException(file + ": not article graphs (a triple outside a named graph: "
                    + t.getSubject() + " " + t.getPredicate() + " ...)");
        }

        @Override
        public void start() {
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void finish() {
        }
    }

    /** Parse errors fail the load (with line and column), warnings are not worth a line. */
    private static final ErrorHandler ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("line " + line + ", column " + col + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException("line " + line + ", column " + col + ": " + message);
        }
    };
}
