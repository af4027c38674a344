package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newskg.resolve.Resolution;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    /** "speaker: text" for every quote. */
    private static List<String> quotes(String text) {
        Resolution r = Pipeline.resolve(text);
        return r.quotes().stream().map(q -> r.entity(q.speaker()).name() + ": " + q.text()).toList();
    }

    @Test
    void saidNameAfterQuote() {
        assertEquals(List.of("Hannah Okafor: We will rebuild every school in the district,"),
                quotes("\u201CWe will rebuild every school in the district,\u201D said Hannah Okafor, the mayor."));
    }

    @Test
    void nameSaidAfterQuoteWithStraightMarks() {
        assertEquals(List.of("Victor Lund: The numbers simply do not add up this year,"),
                quotes("\"The numbers simply do not add up this year,\" Victor Lund told reporters."));
    }

    @Test
    void singleCurlyQuotesWithApostrophesInside() {
        String text = "Asked about it, Nadia Berg said: \u2018The voters\u2019 verdict was clear and we don\u2019t dispute it.\u2019";
        assertEquals(List.of("Nadia Berg: The voters\u2019 verdict was clear and we don\u2019t dispute it."), quotes(text));
    }

    @Test
    void pronounSpeakerIsThePersonTheTextIsAbout() {
        String text = "Tomas Vidal spoke for an hour. \u201CNobody here wants another long strike,\u201D he said.";
        assertEquals(List.of("Tomas Vidal: Nobody here wants another long strike,"), quotes(text));
    }

    @Test
    void quoteContinuingThePreviousSpeaker() {
        String text = "\u201CThe budget is fair to every family,\u201D Irene Holt said. \u201CIt protects schools and hospitals too.\u201D";
        assertEquals(List.of("Irene Holt: The budget is fair to every family,",
                "Irene Holt: It protects schools and hospitals too."), quotes(text));
    }

    @Test
    void unnamedSpeakerIsLeftOut() {
        assertEquals(List.of(), quotes("\u201CThis will end badly for everyone involved,\u201D one analyst said."));
    }

    @Test
    void shortScareQuotesAreNotQuotes() {
        assertEquals(List.of(), quotes("Maya Chen called the plan \u201Creckless\u201D on Sunday."));
    }

    @Test
    void attributionLineAfterBlockQuote() {
        String text = "Some lines stay with you.\n\nThe sea does not care who you voted for.\n\n\u2014 Arthur Penrose\n";
        assertEquals(List.of("Arthur Penrose: The sea does not care who you voted for."), quotes(text));
    }
}
