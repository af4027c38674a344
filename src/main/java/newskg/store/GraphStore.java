package newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The knowledge graph on disk: a TDB2 database holding one named graph per article, whose default
 * graph, for queries, is the union of all of them; beside it, the {@link NameIndex} of the entities'
 * names (also Jena's text index, so queries may use {@code text:query}) and the {@link StoreState}.
 * <pre>
 *   try (GraphStore store = GraphStore.open(Path.of("data/store"))) {
 *       store.replaceGraphs(Map.of("https://w3id.org/newskg/id/article/a1", graph));
 *   }
 * </pre>
 * Every write method keeps the name index in step. Thread-safe as TDB2 is: many readers, one writer,
 * each in its own transaction; {@link #bulkLoad()}, {@link #compact()} and {@link #clear()} need the
 * store to themselves.
 */
public final class GraphStore implements AutoCloseable {
    static {
        JenaSystem.init(); // before the vocabulary below: Jena must not start up inside RDF's own initialisation
    }

    private static final Node RDF_TYPE = RDF.Nodes.type;
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private final Path dir;
    private DatasetGraph dsg;
    private NameIndex names;
    private final StoreState state;

    private GraphStore(Path dir, DatasetGraph dsg, NameIndex names, StoreState state) {
        this.dir = dir;
        this.dsg = dsg;
        this.names = names;
        this.state = state;
    }

    /**
     * Opens the store in {@code dir}, creating it when the directory does not exist yet.
     *
     * @throws StoreException when {@code dir} is not a directory, cannot be read or written, does not
     *                        hold a TDB2 database, or is locked by another process
     */
    public static GraphStore open(Path dir) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new StoreException(dir + ": store path exists and is not a directory");
            }
            if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
                throw new StoreException(dir + ": store directory is not readable");
            }
            if (!Files.isWritable(dir)) {
                throw new StoreException(dir + ": store directory is not writable");
            }
            if (!isEmptyDir(dir) && !Files.exists(dir.resolve("tdb.lock")) && !hasDataDir(dir)
                    && !Files.exists(dir.resolve(StoreState.FILE))) {
                throw new StoreException(dir + ": directory is not a newskg store (no TDB2 database in it)");
            }
        }
        DatasetGraph dsg = connect(dir);
        NameIndex names;
        try {
            names = NameIndex.open(dir.resolve(NameIndex.DIRECTORY));
        } catch (StoreException e) {
            TDBInternal.expel(dsg);
            throw e;
        }
        dsg.getContext().set(TextQuery.textIndex, names.textIndex());
        GraphStore store = new GraphStore(dir, dsg, names, new StoreState(dir));
        if (names.isEmpty() && !store.isEmpty()) {
            // a store from before the index, or written around GraphStore: index what it holds
            names.rebuild(dsg);
        }
        return store;
    }

    private static DatasetGraph connect(Path dir) {
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return dsg;
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("lock")) {
                throw new StoreException(dir + ": store is in use by another process (" + msg + ")", e);
            }
            throw new StoreException(dir + ": cannot open store (" + msg + ")", e);
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new StoreException(dir + ": cannot list store directory (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasDataDir(Path dir) {
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The directory this store lives in. */
    public Path directory() {
        return dir;
    }

    /** The database as a dataset graph; its default graph is the union of the named graphs. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The database as a dataset, for SPARQL. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /** The index of the entities' names. */
    public NameIndex names() {
        return names;
    }

    /** What the store records about builds and compaction. */
    public StoreState state() {
        return state;
    }

    /**
     * Replaces the named graph {@code graphIri} by {@code graph}, in one write transaction: a failure
     * leaves the graph as it was.
     */
    public void replaceGraph(String graphIri, Graph graph) {
        replaceGraphs(Map.of(graphIri, graph));
    }

    /**
     * Replaces each named graph (graph IRI to its new content) in one write transaction, then their
     * names in the index: a failure leaves every graph as it was.
     *
     * @throws StoreException when the transaction cannot be committed
     */
    public void replaceGraphs(Map<String, Graph> graphs) {
        try {
            Txn.executeWrite(dsg, () -> graphs.forEach((iri, graph) -> {
                Node name = NodeFactory.createURI(iri);
                // removeGraph, not deleteAny: it also drops a non-canonical decimal that a store written
                // before literals were canonical may hold, which deleteAny leaves (Jena 5.6.0).
                dsg.removeGraph(name);
                graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), canonical(t.getObject())));
            }));
        } catch (RuntimeException e) {
            throw new StoreException(dir + ": cannot write " + graphs.size() + " graph(s) (" + e.getMessage() + ")", e);
        }
        graphs.forEach(names::replaceGraph);
        names.commit();
    }

    /**
     * The canonical form of a typed literal ("0.6" for "0.60"^^xsd:decimal). Design decision: TDB2
     * stores an inlined decimal as written, and a quad stored with a non-canonical form cannot be
     * deleted afterwards ({@code deleteAny} leaves it, and a rewrite of the graph then holds it twice);
     * canonical forms are stored and deleted alike, and mean the same.
     */
    private static Node canonical(Node n) {
        return n.isLiteral() ? CanonicalizeLiteral.get().apply(n) : n;
    }

    /** Removes the named graph {@code graphIri}, in one write transaction. */
    public void removeGraph(String graphIri) {
        removeGraphs(List.of(graphIri));
    }

    /** Removes the named graphs, in one write transaction, and their names from the index. */
    public void removeGraphs(Collection<String> graphIris) {
        if (graphIris.isEmpty()) {
            return;
        }
        Txn.executeWrite(dsg, () -> graphIris.forEach(g -> dsg.removeGraph(NodeFactory.createURI(g))));
        graphIris.forEach(names::removeGraph);
        names.commit();
    }

    /**
     * A bulk load through TDB2's phased loader, for an empty store: much faster than transactions and
     * leaves no superseded blocks, but not transactional (a load cut short leaves a store to
     * {@link #clear()}). Other transactions wait until {@link BulkLoad#finish()}.
     */
    public BulkLoad bulkLoad() {
        return new BulkLoad();
    }

    /** One bulk load: graphs (or quads) added, then {@link #finish()}. Not thread-safe. */
    public final class BulkLoad {
        private final DataLoader loader;
        private final StreamRDF stream;
        private Node current;
        private Graph currentNames = GraphFactory.createDefaultGraph();
        private long quads;

        private BulkLoad() {
            loader = LoaderFactory.phasedLoader(dsg, (format, args) -> { });
            loader.startBulk();
            stream = loader.stream();
            stream.start();
        }

        /** Adds the graph {@code graphIri}, which must not be in the store yet. */
        public void add(String graphIri, Graph graph) {
            Node name = NodeFactory.createURI(graphIri);
            graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t.getSubject(), t.getPredicate(),
                    canonical(t.getObject()))));
            names.replaceGraph(graphIri, graph);
            quads += graph.size();
        }

        /**
         * Adds one quad of a named graph that is not in the store yet. The quads of one graph come together
         * (as in the files {@code newskg spark} writes): its names are indexed when the next graph begins.
         */
        public void add(Quad quad) {
            Node g = quad.getGraph();
            if (!g.equals(current)) {
                indexCurrent();
                current = g;
            }
            stream.quad(Quad.create(g, quad.getSubject(), quad.getPredicate(), canonical(quad.getObject())));
            Node p = quad.getPredicate();
            if (p.equals(RDF_TYPE) || p.equals(PREF) || p.equals(ALT)) {
                currentNames.add(quad.getSubject(), p, quad.getObject());
            }
            quads++;
        }

        private void indexCurrent() {
            if (current != null && !currentNames.isEmpty()) {
                names.addGraph(current.getURI(), currentNames);
                currentNames = GraphFactory.createDefaultGraph();
            }
        }

        /** The quads added so far. */
        public long quads() {
            return quads;
        }

        /**
         * Abandons the load after {@code failure}, stopping the loader's threads; what it wrote is not a store
         * to keep ({@link #clear()} it, or delete it).
         */
        public void abandon(Exception failure) {
            loader.finishException(failure);
        }

        /** Finishes the load: secondary indexes, the name index, and the store's compact size. */
        public void finish() {
            indexCurrent();
            stream.finish();
            loader.finishBulk();
            names.commit();
            state.compactBytes(diskBytes());
        }
    }

    /** The bytes the store's files take (TDB2 database, name index, state). */
    public long diskBytes() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(dir + ": cannot measure the store (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Rewrites the database without the blocks earlier transactions superseded (TDB2 compaction, the old
     * generation deleted), and records the new size. The store stays usable throughout.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        state.compactBytes(diskBytes());
    }

    /**
     * Empties the store: the database and the name index are deleted and created anew. For a store a
     * bulk load left incomplete; nothing else may use the store meanwhile.
     */
    public void clear() {
        names.close();
        TDBInternal.expel(dsg);
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)
                            && !p.getFileName().toString().equals(StoreState.FILE))
                    .forEach(p -> {
                        try {
                            Files.delete(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(dir + ": cannot empty the store (" + e.getMessage() + ")", e);
        }
        dsg = connect(dir);
        names = NameIndex.open(dir.resolve(NameIndex.DIRECTORY));
        dsg.getContext().set(TextQuery.textIndex, names.textIndex());
    }

    /** The IRIs of the named graphs, in no particular order. */
    public List<String> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                names.add(it.next().getURI());
            }
            return names;
        });
    }

    /** True when the store holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** Releases the database and the name index so that another process may open them. */
    @Override
    public void close() {
        try {
            names.close();
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
