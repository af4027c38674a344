package newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * The dependency parser: a greedy arc-eager transition parser whose next transition an OpenNLP
 * classifier ({@link DependencyModel}) chooses from the words, UD tags and arcs around the stack and the
 * buffer. The project trains the model itself from NLP4J's trees over a news corpus (README, "Training
 * the dependency parser").
 * <pre>
 *   DependencyParser p = OpenNlpDependencyParser.load();     // once per JVM
 *   DependencyTree t = p.parse(sentence);
 * </pre>
 * Thread-safe: the model is shared, and each call keeps its own parse state.
 */
public final class OpenNlpDependencyParser implements DependencyParser {
    /** The shipped model, a classpath resource. */
    public static final String MODEL = "/newskg/nlp/en-dependencies.bin";

    private static OpenNlpDependencyParser shared;

    private final DependencyModel model;

    public OpenNlpDependencyParser(DependencyModel model) {
        this.model = model;
    }

    /**
     * The shipped parser, loaded on first use and shared afterwards.
     *
     * @throws NlpException when the model is missing or cannot be read
     */
    public static synchronized OpenNlpDependencyParser load() {
        if (shared == null) {
            shared = new OpenNlpDependencyParser(shippedModel());
        }
        return shared;
    }

    private static DependencyModel shippedModel() {
        InputStream in = OpenNlpDependencyParser.class.getResourceAsStream(MODEL);
        if (in == null) {
            throw new NlpException("the dependency model " + MODEL + " is not on the classpath", null);
        }
        try (in) {
            return new DependencyModel(in);
        } catch (IOException e) {
            throw new NlpException("cannot load the dependency model: " + e.getMessage(), e);
        }
    }

    /** The model, for writing it out after training. */
    public DependencyModel model() {
        return model;
    }

    @Override
    public DependencyTree parse(Sentence sentence) {
        ArcEager c = new ArcEager(sentence);
        MaxentModel classifier = model.classifier();
        String[] context = new String[ArcEager.FEATURES];
        double[] scores = new double[model.outcomes()];
        while (!c.isTerminal()) {
            c.features(context);
            classifier.eval(context, scores);
            int best = -1;
            for (int i = 0; i < scores.length; i++) {
                if ((best < 0 || scores[i] > scores[best]) && c.allows(model.kind(i))) {
                    best = i;
                }
            }
            c.apply(model.kind(best), model.label(best));
        }
        return c.tree();
    }

    /**
     * Trains a model on {@code trees}, which must carry labels of {@link DependencyTree#LABELS}; a tree
     * whose arcs cross is made projective first (the arc-eager system builds only projective trees).
     * {@code params} are OpenNLP's: algorithm ({@code MAXENT}, {@code PERCEPTRON}), iterations, cutoff.
     *
     * @throws IOException when the trainer fails
     */
    public static DependencyModel train(List<DependencyTree> trees, TrainingParameters params) throws IOException {
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel m = trainer.train(new OracleEvents(trees));
        return new DependencyModel((AbstractModel) m);
    }

    /** The oracle's transitions over the training trees, with their features, one event each. */
    private static final class OracleEvents implements ObjectStream<Event> {
        private final List<DependencyTree> trees;
        private Iterator<DependencyTree> nextTree;
        private final ArrayDeque<Event> pending = new ArrayDeque<>();

        OracleEvents(List<DependencyTree> trees) {
            this.trees = trees;
            this.nextTree = trees.iterator();
        }

        @Override
        public Event read() {
            while (pending.isEmpty() && nextTree.hasNext()) {
                events(nextTree.next());
            }
            return pending.poll();
        }

        private void events(DependencyTree t) {
            int[] gold = new int[t.size() + 1];
            String[] labels = new String[t.size() + 1];
            for (int i = 0; i < t.size(); i++) {
                gold[i + 1] = t.head(i) + 1;
                labels[i + 1] = t.label(i);
            }
            gold = ArcEager.projective(gold);
            ArcEager c = new ArcEager(t.sentence());
            while (!c.isTerminal()) {
                String outcome = c.oracle(gold, labels);
                String[] context = new String[ArcEager.FEATURES];
                c.features(context);
                pending.add(new Event(outcome, context));
                c.apply(outcome.charAt(0), outcome.length() > 2 ? outcome.substring(2) : null);
            }
        }

        @Override
        public void reset() {
            nextTree = trees.iterator();
            pending.clear();
        }
    }
}
