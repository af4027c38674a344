package newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class OpenNlpEntityRecognizerTest {
    private static final String TEXT = "Marcus Trenholm, who runs the Velstrand Group, flew to Lisbon on Monday.";

    @Test
    void theModelIsLoadedOnceAndSharedByThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<OpenNlpEntityRecognizer> a = pool.submit(OpenNlpEntityRecognizer::load);
            Future<OpenNlpEntityRecognizer> b = pool.submit(OpenNlpEntityRecognizer::load);
            assertSame(a.get(), b.get());
            assertSame(a.get().model(), OpenNlpEntityRecognizer.load().model());
            // the same text recognized on two threads at once gives the same names
            AnnotatedText t = new Annotator(NlpModels.load()).annotate(TEXT);
            Future<List<EntitySpan>> x = pool.submit(() -> OpenNlpEntityRecognizer.load().recognize(t));
            Future<List<EntitySpan>> y = pool.submit(() -> OpenNlpEntityRecognizer.load().recognize(t));
            assertEquals(x.get(), y.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void findsTypedNamesWithTheirOffsets() {
        AnnotatedText t = new Annotator(NlpModels.load()).annotate(TEXT);
        List<EntitySpan> names = OpenNlpEntityRecognizer.load().recognize(t);
        List<String> found = names.stream().map(n -> n.span().of(TEXT) + "/" + n.type()).toList();
        assertTrue(found.contains("Marcus Trenholm/person"), found.toString());
        assertTrue(found.contains("Lisbon/place"), found.toString());
        for (EntitySpan n : names) {
            assertTrue(n.probability() > 0 && n.probability() <= 1, n.toString());
        }
    }

    /**
     * The recognizer decodes the model itself and skips the words that cannot start a name; on text
     * whose names all start with a capital, a digit or a particle before one, it must find exactly what
     * OpenNLP's own decoder finds with the same model, probabilities included.
     */
    @Test
    void findsWhatOpenNlpsNameFinderFindsWithTheSameModel() {
        String text = "Ilse van der Molen, the chief economist at Harwick & Doyle, said on Tuesday that "
                + "van der Molen's team in Rotterdam had met officials of the Central Bank of Estoria. "
                + "\"We were told to wait,\" said Abdel al-Rashidi, who chairs the 3rd Avenue Tenants Union. "
                + "Officials said al-Qatrani had fled. "
                + "Prices rose in Osterby and Kelm for the second month, according to Northgate Analytics.";
        AnnotatedText t = new Annotator(NlpModels.load()).annotate(text);
        OpenNlpEntityRecognizer r = OpenNlpEntityRecognizer.load();
        NameFinderME reference = new NameFinderME(r.model());
        List<String> expected = new java.util.ArrayList<>();
        for (Sentence s : t.sentences()) {
            for (Span sp : reference.find(OpenNlpEntityRecognizer.words(s), OpenNlpEntityRecognizer.context(s))) {
                expected.add(s.index() + ":" + sp.getStart() + "-" + sp.getEnd() + "/" + sp.getType()
                        + String.format(java.util.Locale.ROOT, "/%.6f", sp.getProb()));
            }
        }
        List<String> found = r.recognize(t).stream().map(n -> n.sentence() + ":" + n.firstToken() + "-"
                + n.endToken() + "/" + n.type() + String.format(java.util.Locale.ROOT, "/%.6f", n.probability()))
                .toList();
        assertTrue(expected.size() >= 6, expected.toString());
        assertEquals(expected, found);
    }

    /**
     * A lower-case word before a name that is not a name particle is not asked about, so it cannot join
     * the name: the model alone reads "the trump Brevik Exchange had held" as an organization
     * "trump Brevik Exchange".
     */
    @Test
    void aLowerCaseWordThatIsNoParticleDoesNotStartAName() {
        String text = "He called it the trump Brevik Exchange had held.";
        AnnotatedText t = new Annotator(NlpModels.load()).annotate(text);
        List<String> found = OpenNlpEntityRecognizer.load().recognize(t).stream()
                .map(n -> n.span().of(text) + "/" + n.type()).toList();
        assertEquals(List.of("Brevik Exchange/organization"), found);
    }
}
