package newskg.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The dependency parser's transition classifier: an OpenNLP maximum-entropy or perceptron model whose
 * outcomes are arc-eager transitions ({@code S} shift, {@code D} reduce, {@code L-label} and
 * {@code R-label} arcs), stored as OpenNLP's binary model format, gzipped.
 * <pre>
 *   DependencyModel m = new DependencyModel(in);             // or OpenNlpDependencyParser.train(...)
 *   DependencyParser p = new OpenNlpDependencyParser(m);
 * </pre>
 * Immutable and thread-safe (OpenNLP's models keep no state between evaluations).
 */
public final class DependencyModel {
    private final AbstractModel model;
    private final char[] kinds;
    private final String[] labels;

    /**
     * Reads a model that {@link #serialize} wrote.
     *
     * @throws IOException when the stream is not such a model
     */
    public DependencyModel(InputStream in) throws IOException {
        this(new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(new BufferedInputStream(in))))
                .getModel());
    }

    DependencyModel(AbstractModel model) throws IOException {
        this.model = model;
        int n = model.getNumOutcomes();
        this.kinds = new char[n];
        this.labels = new String[n];
        for (int i = 0; i < n; i++) {
            String o = model.getOutcome(i);
            kinds[i] = o.charAt(0);
            labels[i] = o.length() > 2 ? o.substring(2) : null;
            boolean arc = kinds[i] == ArcEager.LEFT || kinds[i] == ArcEager.RIGHT;
            if (arc ? !DependencyTree.LABELS.contains(labels[i])
                    : kinds[i] != ArcEager.SHIFT && kinds[i] != ArcEager.REDUCE || labels[i] != null) {
                throw new IOException("not a dependency model: outcome " + o);
            }
        }
    }

    /** Writes the model (gzipped OpenNLP binary format) and closes {@code out}. */
    public void serialize(OutputStream out) throws IOException {
        new GenericModelWriter(model, new DataOutputStream(new GZIPOutputStream(new BufferedOutputStream(out))))
                .persist();
    }

    MaxentModel classifier() {
        return model;
    }

    /** The transition kind of outcome {@code i}. */
    char kind(int i) {
        return kinds[i];
    }

    /** The arc label of outcome {@code i}, {@code null} for shift and reduce. */
    String label(int i) {
        return labels[i];
    }

    int outcomes() {
        return kinds.length;
    }
}
