package newskg.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * Test fixtures: the hand-made two-article graph ({@code newskg/store/fixture.trig}, fictional names,
 * following the build's contract) in memory or in a real TDB2 store.
 * <pre>
 *   Path store = TestStores.fixtureStore(tempDir);
 * </pre>
 */
public final class TestStores {
    /** The fixture's first article: four sentences, three people, a quote, a dated meeting. */
    public static final String ARTICLE_A = "https://w3id.org/newskg/id/article/100_fixture0000000a";
    /** The fixture's second article: no publication date, a directive and a deployment. */
    public static final String ARTICLE_B = "https://w3id.org/newskg/id/article/101_fixture0000000b";

    private TestStores() {
    }

    /** The fixture as an in-memory dataset, one named graph per article. */
    public static DatasetGraph fixture() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = TestStores.class.getResourceAsStream("fixture.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** A TDB2 store in {@code dir/store} holding {@code data}; returns its directory. */
    public static Path store(Path dir, DatasetGraph data) {
        Path path = dir.resolve("store");
        try (GraphStore gs = GraphStore.open(path)) {
            DatasetGraph dsg = gs.datasetGraph();
            Txn.executeWrite(dsg, () -> data.find().forEachRemaining(dsg::add));
        }
        return path;
    }

    /** A TDB2 store in {@code dir/store} holding the fixture; returns its directory. */
    public static Path fixtureStore(Path dir) {
        return store(dir, fixture());
    }

    /** A TDB2 store holding the fixture after {@code change} edited it in memory. */
    public static Path fixtureStore(Path dir, Consumer<DatasetGraph> change) {
        DatasetGraph data = fixture();
        change.accept(data);
        return store(dir, data);
    }

    /** Runs {@code action} and returns what it wrote to {@link System#out}, as UTF-8. */
    public static String captureStdout(Runnable action) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.out.flush();
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
