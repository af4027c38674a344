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
    void anOrganisationsTitledSpeakerAfterTheQuote() {
        String text = "Harwick Lumen agreed to buy Dorrance Shoes. \u201CBy joining forces with Harwick, we will "
                + "grow faster,\u201D Dorrance Shoes CEO Mara Quill said in a statement.";
        assertEquals(List.of("Mara Quill: By joining forces with Harwick, we will grow faster,"), quotes(text));
    }

    @Test
    void aSpeakerOfAnOrganisationAfterTheQuote() {
        String text = "\u201CThe banner can complement the customer who skews toward athletes,\u201D analyst Ana Ruiz "
                + "of Brenwick Advisory Group wrote in a note.";
        assertEquals(List.of("Ana Ruiz: The banner can complement the customer who skews toward athletes,"), quotes(text));
        Resolution r = Pipeline.resolve("Tom Hale of Brenwick Advisory Group said the deal was fair.");
        assertEquals(List.of("Tom Hale"), r.events().stream().filter(e -> e.type() == EventType.Statement)
                .map(e -> r.entity(e.participants().get(0).mention()).name()).toList());
    }

    @Test
    void aClosingMarkTypedForAnOpeningOneOpensTheQuote() {
        assertEquals(List.of("Lena Hart: You were powerful and you stood at the top,",
                        "Lena Hart: Somewhere along the way you lost your way and your good name."),
                quotes("\u201CYou were powerful and you stood at the top,\u201D Judge Lena Hart said. \u201DSomewhere "
                        + "along the way you lost your way and your good name.\u201D"));
    }

    @Test
    void aLaterQuoteInTheSentenceOfHeSaidIsHis() {
        List<String> found = quotes("Ivo Brandt was defiant outside the courthouse.\n\n\u201CThis whole process is "
                + "political and corrupt to the core,\u201D he said, calling himself the victim of \u201Cthe worst "
                + "of political prosecutions.\u201D");
        assertEquals(List.of("Ivo Brandt: This whole process is political and corrupt to the core,",
                "Ivo Brandt: the worst of political prosecutions."), found);
    }

    @Test
    void heSaidAfterASentenceThatReportsSomeoneSayingIsThatSpeaker() {
        List<String> found = quotes("Judge Lena Hart sentenced Ivo Brandt on Monday. Brandt\u2019s actions, the judge said, "
                + "feed the cynicism of voters. \u201CYou lost your seat and you lost your good name,\u201D she said.");
        assertEquals(List.of("Lena Hart: You lost your seat and you lost your good name,"), found);
        List<String> daughter = quotes("Tom Hale died on Friday. His daughter Ana Hale said her father would be missed. "
                + "\u201CHe was greatly loved by the public,\u201D she said.");
        assertEquals(List.of("Ana Hale: He was greatly loved by the public,"), daughter);
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

    @Test
    void saidATitleThenTheName() {
        assertEquals(List.of("Hannah Okafor: We are doing harm by changing the rules,"),
                quotes("\u201CWe are doing harm by changing the rules,\u201D said another panel member, Hannah Okafor."));
        assertEquals(List.of("Victor Lund: The offer is simply not good enough for us,"),
                quotes("\u201CThe offer is simply not good enough for us,\u201D union official Victor Lund said."));
    }

    @Test
    void theCompanySaidIsTheOrganizationTheArticleIsAbout() {
        String text = "Globex Corp cut 300 jobs. Shares in Globex Corp fell. "
                + "\u201CThese changes will make the business stronger for years,\u201D the company said in a statement.";
        assertEquals(List.of("Globex Corp: These changes will make the business stronger for years,"), quotes(text));
    }

    @Test
    void theJudgeSaidIsThePersonWithThatTitle() {
        String text = "District Judge Hannah Okafor sentenced Victor Lund on Friday. "
                + "\u201CYou stood at the very top of public life,\u201D the judge said.";
        assertEquals(List.of("Hannah Okafor: You stood at the very top of public life,"), quotes(text));
    }

    @Test
    void pronounSubjectPassesTheQuestionBack() {
        String text = "Tomas Vidal arrived late. He then criticised Nadia Berg at length.\n\n"
                + "\u201CNobody here wants another long strike,\u201D he said.";
        assertEquals(List.of("Tomas Vidal: Nobody here wants another long strike,"), quotes(text));
    }

    @Test
    void quoteLeftOpenGoesOnInTheNextParagraph() {
        String text = "\u201CWe will appeal the ruling as soon as we can,\u201D Nadia Berg said.\n\n"
                + "\u201CThis decision will not stand in any higher court.\n\n"
                + "\u201CWe owe it to every family that trusted us.\u201D";
        assertEquals(List.of("Nadia Berg: We will appeal the ruling as soon as we can,",
                "Nadia Berg: This decision will not stand in any higher court.",
                "Nadia Berg: We owe it to every family that trusted us."), quotes(text));
    }
}
