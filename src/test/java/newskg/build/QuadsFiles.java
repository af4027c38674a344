package newskg.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Test fixtures: a dataset written as {@code newskg spark} writes a build (gzipped N-Quads part files,
 * each article's quads together, and the manifest), without Spark.
 * <pre>
 *   Path nquads = QuadsFiles.write(dir.resolve("nquads"), TestStores.fixture(), 2);
 * </pre>
 */
public final class QuadsFiles {
    private QuadsFiles() {
    }

    /** Writes the named graphs of {@code data} round-robin into {@code parts} files, and the manifest. */
    public static Path write(Path dir, DatasetGraph data, int parts) {
        try {
            Files.createDirectories(dir);
            List<List<Node>> graphs = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                graphs.add(new ArrayList<>());
            }
            int n = 0;
            for (Iterator<Node> it = data.listGraphNodes(); it.hasNext(); n++) {
                graphs.get(n % parts).add(it.next());
            }
            List<QuadsManifest.Part> written = new ArrayList<>();
            long articles = 0;
            long quads = 0;
            for (int i = 0; i < parts; i++) {
                String name = String.format("part-r-%05d.nq.gz", i);
                long count = 0;
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name)))) {
                    for (Node g : graphs.get(i)) {
                        List<Quad> qs = new ArrayList<>();
                        data.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(qs::add);
                        RDFDataMgr.writeQuads(out, qs.iterator());
                        count += qs.size();
                    }
                }
                written.add(new QuadsManifest.Part(name, graphs.get(i).size(), count));
                articles += graphs.get(i).size();
                quads += count;
            }
            QuadsManifest m = new QuadsManifest(QuadsManifest.FORMAT, articles, quads, 0, written, List.of(),
                    List.of(), Map.of("master", "test"));
            Files.writeString(dir.resolve(QuadsManifest.FILE), m.toJson(), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
