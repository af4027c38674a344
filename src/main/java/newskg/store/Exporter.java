package newskg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import newskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/**
 * Writes the store, or one article's graph, as RDF with the newskg prefixes.
 * <pre>
 *   new Exporter(store).write(ExportFormat.TTL, null, System.out);
 *   new Exporter(store).write(ExportFormat.TRIG, articleIri, Path.of("kg.trig"));
 * </pre>
 * Graph formats (Turtle, N-Triples, JSON-LD) get the union of the article graphs, in which an
 * entity named by several articles is one node; quad formats (TriG, N-Quads) keep each article's
 * named graph. Each write is one read transaction, so it sees one consistent state of the store.
 * Thread-safe.
 */
public final class Exporter {
    private final GraphStore store;

    public Exporter(GraphStore store) {
        this.store = store;
    }

    /**
     * Writes to {@code out}, which is flushed but not closed.
     *
     * @param graphIri one article graph to write, or {@code null} for the whole store
     * @throws StoreException when {@code graphIri} names no graph in the store
     */
    public void write(ExportFormat format, String graphIri, OutputStream out) {
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            Node name = graphIri == null ? null : NodeFactory.createURI(graphIri);
            if (name != null && !dsg.containsGraph(name)) {
                throw new StoreException("no graph <" + graphIri + "> in store " + store.directory()
                        + " (see 'newskg stats' for its articles)");
            }
            PrefixMap prefixes = PrefixMapFactory.create(Prefixes.MAPPING);
            RDFFormat fmt = format.rdfFormat();
            if (format.keepsGraphs()) {
                DatasetGraph source = dsg;
                if (name != null) {
                    // A view that links the one stored graph; nothing is copied.
                    source = DatasetGraphFactory.createGeneral();
                    source.addGraph(name, dsg.getGraph(name));
                }
                RDFWriterRegistry.getWriterDatasetFactory(fmt).create(fmt)
                        .write(out, source, prefixes, null, Context.emptyContext());
            } else {
                Graph source = name == null ? dsg.getUnionGraph() : dsg.getGraph(name);
                RDFWriterRegistry.getWriterGraphFactory(fmt).create(fmt)
                        .write(out, source, prefixes, null, Context.emptyContext());
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new StoreException("cannot write the export (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes to {@code file} atomically: into a temporary file beside it, then moved into place, so
     * that a failure leaves any earlier {@code file} as it was and no half-written file behind.
     *
     * @param graphIri one article graph to write, or {@code null} for the whole store
     * @throws StoreException when the graph does not exist or the file cannot be written
     */
    public void write(ExportFormat format, String graphIri, Path file) {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new StoreException(file + ": cannot write the export: directory " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new StoreException(file + ": cannot write the export: it is a directory");
        }
        Path tmp = null;
        boolean done = false;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            readableByAll(tmp);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                write(format, graphIri, out);
            }
            move(tmp, target);
            done = true;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write the export (" + e.getMessage() + ")", e);
        } finally {
            if (!done && tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The original error matters more than a leftover temporary file.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // Temporary files are created owner-only; an export is an ordinary file.
    private static void readableByAll(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: keep its defaults.
        }
    }
}
