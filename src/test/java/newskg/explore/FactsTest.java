package newskg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import newskg.vocab.NKG;
import org.junit.jupiter.api.Test;

class FactsTest {
    private static final String TEXT = "Title\n\nAlice Example said: \"We will build it. And soon.\" Then she left.";

    @Test
    void aQuoteThatRunsPastItsSentenceGetsTheStretchOfTextThatHoldsIt() {
        int sb = TEXT.indexOf("Alice");
        String sentence = "Alice Example said: \"We will build it.";
        int qb = TEXT.indexOf("We will");
        int qe = TEXT.indexOf("soon.") + 5;
        Passage p = new Passage("a", "Title", null, sentence, sb, List.of(new Span(qb, qe)), "quote:test", 0.5);
        assertFalse(Facts.inside(p));
        Passage w = Facts.widened(p, TEXT);
        assertTrue(Facts.inside(w));
        assertEquals(sb, w.sentenceBegin());
        assertEquals("Alice Example said: \"We will build it. And soon.", w.sentence());
        assertEquals(TEXT.substring(qb, qe), w.sentence().substring(qb - sb, qe - sb));
    }

    @Test
    void theJavaScriptKnowsTheGraphsIriBase() throws Exception {
        for (String file : new String[] {"explore.js", "fuseki-ui.js"}) {
            try (InputStream in = Pages.resource("newskg/explore/" + file)) {
                String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(js.contains("'" + NKG.ID + "'"), file + " mirrors NKG.ID");
            }
        }
    }
}
