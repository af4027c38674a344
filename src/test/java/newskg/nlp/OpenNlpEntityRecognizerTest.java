package newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
}
