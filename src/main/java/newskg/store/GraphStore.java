package newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The knowledge graph on disk: a TDB2 database holding one named graph per article, whose default
 * graph, for queries, is the union of all of them.
 * <pre>
 *   try (GraphStore store = GraphStore.open(Path.of("data/store"))) {
 *       store.replaceGraph("https://w3id.org/newskg/id/article/a1", graph);
 *   }
 * </pre>
 * Thread-safe as TDB2 is: many readers, one writer, each in its own transaction.
 */
public final class GraphStore implements AutoCloseable {
    private final Path dir;
    private final DatasetGraph dsg;

    private GraphStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
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
            if (!isEmptyDir(dir) && !Files.exists(dir.resolve("tdb.lock")) && !hasDataDir(dir)) {
                throw new StoreException(dir + ": directory is not a newskg store (no TDB2 database in it)");
            }
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(dir, dsg);
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

    /**
     * Replaces the named graph {@code graphIri} by {@code graph}, in one write transaction: a failure
     * leaves the graph as it was, and readers see the old graph or the new one, never a mix.
     * Literals are stored in their canonical form ({@code "0.60"^^xsd:decimal} as {@code "0.6"}).
     */
    public void replaceGraph(String graphIri, Graph graph) {
        Node name = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> {
            // Design decision: removeGraph, not deleteAny. In TDB2 (Jena 5.6.0) deleteAny, clear and
            // find-then-delete all miss a decimal stored in a non-canonical form ("0.60"), which would
            // survive into the next version of the article; removeGraph drops it, and canonical
            // literals keep every later delete exact.
            dsg.removeGraph(name);
            graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(),
                    CanonicalizeLiteral.get().apply(t.getObject())));
        });
    }

    /** Removes the named graph {@code graphIri}, in one write transaction. */
    public void removeGraph(String graphIri) {
        Node name = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dsg, () -> dsg.removeGraph(name));
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

    /** Releases the database so that another process may open it. */
    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }
}
