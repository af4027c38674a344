package newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/** Trees built by hand (no model): the reads, the checks, the oracle and a trained round trip. */
class DependencyTreeTest {
    /** A sentence of {@code words} ("word/TAG"), one space apart. */
    static Sentence sentence(String... words) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String w : words) {
            if (text.length() > 0) {
                text.append(' ');
            }
            String form = w.substring(0, w.lastIndexOf('/'));
            tokens.add(new Token(form, w.substring(w.lastIndexOf('/') + 1),
                    new TextSpan(text.length(), text.length() + form.length())));
            text.append(form);
        }
        return new Sentence(0, new TextSpan(0, text.length()), text.toString(), tokens);
    }

    /** "Ines Talvik resigned and joined Norvik as chair ." by hand. */
    private static DependencyTree resignedAndJoined() {
        Sentence s = sentence("Ines/PROPN", "Talvik/PROPN", "resigned/VERB", "and/CCONJ", "joined/VERB",
                "Norvik/PROPN", "as/ADP", "chair/NOUN", "./PUNCT");
        return new DependencyTree(s, List.of(1, 2, -1, 2, 2, 4, 4, 6, 2),
                List.of("compound", "nsubj", "root", "cc", "conj", "dobj", "prep", "pobj", "punct"));
    }

    @Test
    void aLaterConjunctSharesTheFirstOnesSubject() {
        DependencyTree t = resignedAndJoined();
        assertEquals(OptionalInt.of(1), t.subject(2));
        assertEquals(OptionalInt.of(1), t.subject(4));
        assertEquals(OptionalInt.of(5), t.object(4));
        assertEquals(OptionalInt.of(7), t.prepositionalObject(4, "AS"));
        assertEquals(OptionalInt.empty(), t.prepositionalObject(4, "of"));
        assertEquals(List.of(4), t.conjuncts(2));
        assertEquals(List.of(2), t.conjuncts(4));
        assertEquals(2, t.root());
        assertEquals(new TextSpan(0, 11), t.phrase(1));
        assertEquals(new TextSpan(25, 47), t.phrase(4));
    }

    @Test
    void refusesHeadsOutsideTheSentenceAndUnknownLabels() {
        Sentence s = sentence("Ines/PROPN", "left/VERB");
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(s, List.of(1, 2),
                List.of("nsubj", "root")));
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(s, List.of(1, -1),
                List.of("subject", "root")));
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(s, List.of(-1), List.of("root")));
    }

    @Test
    void liftsACrossingArcToTheHeadsHead() {
        // 4 -> 2 crosses 1 -> 3: token 2 moves up to 4's head, 1
        assertEquals(List.of(0, 0, 1, 1, 1), toList(ArcEager.projective(new int[] {0, 0, 4, 1, 1})));
        int[] projective = {0, 2, 0, 2, 2};
        assertEquals(toList(projective), toList(ArcEager.projective(projective)));
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> l = new ArrayList<>();
        for (int x : a) {
            l.add(x);
        }
        return l;
    }

    @Test
    void theOracleRebuildsAProjectiveTree() {
        DependencyTree gold = resignedAndJoined();
        ArcEager c = new ArcEager(gold.sentence());
        int[] heads = new int[gold.size() + 1];
        String[] labels = new String[gold.size() + 1];
        for (int i = 0; i < gold.size(); i++) {
            heads[i + 1] = gold.head(i) + 1;
            labels[i + 1] = gold.label(i);
        }
        while (!c.isTerminal()) {
            String o = c.oracle(heads, labels);
            c.apply(o.charAt(0), o.length() > 2 ? o.substring(2) : null);
        }
        assertEquals(gold, c.tree());
    }

    @Test
    void aTrainedModelSurvivesItsFileAndParsesWhatItLearned() throws Exception {
        DependencyTree gold = resignedAndJoined();
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        p.put(TrainingParameters.ITERATIONS_PARAM, 30);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        DependencyModel m = OpenNlpDependencyParser.train(List.of(gold), p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.serialize(out);
        DependencyModel read = new DependencyModel(new ByteArrayInputStream(out.toByteArray()));
        DependencyTree parsed = new OpenNlpDependencyParser(read).parse(gold.sentence());
        assertEquals(gold, parsed);
        assertTrue(out.size() > 0);
    }
}
