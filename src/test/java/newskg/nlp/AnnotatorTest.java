package newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
    private final Annotator annotator = new Annotator(NlpModels.load());

    private List<String> tokens(String text) {
        return annotator.annotate(text).sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void splitsPossessiveFromName() {
        List<String> t = tokens("Officials praised Haley\u2019s plan.");
        assertTrue(t.contains("Haley") && t.contains("\u2019s"), t.toString());
    }

    @Test
    void splitsPossessiveApostropheAfterS() {
        List<String> t = tokens("They read Mr Hollis' letter aloud.");
        assertTrue(t.contains("Hollis") && t.contains("'"), t.toString());
    }

    @Test
    void curlyQuotesDoNotStickToWords() {
        List<String> t = tokens("He called it \u201Csharp\u201D and left.");
        assertTrue(t.contains("sharp"), t.toString());
    }

    @Test
    void middleInitialKeepsItsPeriod() {
        List<String> t = tokens("The case was heard by Judge Harlan Q. Vostrikov on Monday.");
        assertTrue(t.contains("Q."), t.toString());
        assertTrue(tokens("He got a B. Then he left.").contains("B"));
    }

    @Test
    void suffixBeforeALowerCaseWordDoesNotEndTheSentence() {
        AnnotatedText a = annotator.annotate("Secretary Dale P. Orrin Jr. said on Monday that the plan stands.");
        assertEquals(1, a.sentences().size(), a.sentences().toString());
    }

    @Test
    void titleAbbreviationDoesNotEndTheSentence() {
        AnnotatedText a = annotator.annotate("The bill was signed by Gov. Harlan Reese on Jan. 5. It takes effect soon.");
        assertEquals(2, a.sentences().size(), a.sentences().toString());
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "First line.\n\nSecond \u201Cquoted\u201D line.";
        for (Sentence s : annotator.annotate(text).sentences()) {
            assertEquals(s.text(), s.span().of(text));
            for (Token t : s.tokens()) {
                assertEquals(t.text(), t.span().of(text));
            }
        }
    }

    @Test
    void dashBetweenWordsSeparatesThem() {
        List<String> t = tokens("They went to Denver\u2014a city they loved.");
        assertTrue(t.contains("Denver"), t.toString());
    }
}
