package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Optional;
import newskg.resolve.EntityResolver;
import newskg.resolve.Resolution;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver withDate = new DateResolver(LocalDate.of(2026, 2, 8)); // a Sunday
    private final DateResolver without = new DateResolver(null);

    private static String at(LocalDate published, String text) {
        return new DateResolver(published).resolve(text).map(Temporal::toString).orElse("none");
    }

    private String at(String text) {
        return at(LocalDate.of(2026, 2, 8), text);
    }

    @Test
    void aDateThatCannotBeToldDatesWhatIsNearestToItAsUnknown() {
        String text = "Last month, Ana Ortiz said that growth in the first half of 2004 had been strong.";
        int said = text.indexOf("said");
        // the statement is dated by "Last month", the nearest phrase: unknown without a publication date,
        // and never the year of what she spoke about
        assertEquals(Optional.empty(), new DateResolver(null).resolve(text, said));
        assertEquals("2026-01", new DateResolver(LocalDate.of(2026, 2, 8)).resolve(text, said).orElseThrow().toString());
        assertEquals("2004", new DateResolver(null).resolve(text, text.indexOf("growth") + 40).orElseThrow().toString());
        assertEquals("none", at(null, "About 20 years ago, in 1999 or so, the mill closed."));
        // a word that only looks like a date phrase does not block one
        assertEquals("2019", at(null, "Black Friday sales in 2019 were weak."));
    }

    @Test
    void absoluteDateAsWritten() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)), without.resolve("It began on June 14, 2025 in Texas."));
        assertEquals("2025-06-14", at(null, "It began on 14 June 2025."));
        assertEquals("2025-06-14", at(null, "It began on Saturday, June 14, 2025."));
        assertEquals("2025-06-14", at(null, "It began on 2025-06-14."));
    }

    @Test
    void monthsAndYearsAsWritten() {
        assertEquals("2025-01", at(null, "Ana Ortiz was hired in January 2025."));
        assertEquals("2019", at(null, "The harbor flooded in 2019."));
        assertEquals("2024", at(null, "She lost the 2024 election."));
        assertEquals("2024", at(null, "They met during the 2024 Olympics."));
        assertEquals("none", at(null, "Officials sent the 2000 troops home."));
    }

    @Test
    void monthAndDayTakeTheYearThatFitsTheTense() {
        assertEquals("2026-01-07", at("She was shot on January 7."));
        assertEquals("2026-01-07", at("She was shot on Jan. 7."));
        assertEquals("2026-01-08", at("They met on 8 January."));
        assertEquals("2025-12-20", at(LocalDate.of(2026, 1, 5), "He was hired on December 20."));
        assertEquals("2027-01-20", at("The trial will open on January 20."));
        assertEquals("2026-02-20", at("The trial opens on February 20."));
        assertEquals("none", at(null, "She was shot on January 7."));
    }

    @Test
    void monthsAloneTakeTheYearThatFitsTheTense() {
        LocalDate sept = LocalDate.of(2025, 9, 29);
        assertEquals("2025-06", at(sept, "Thousands of troops were deployed in June."));
        assertEquals("2026-03", at(sept, "The vote will be held in March."));
        assertEquals("2025-11", at(LocalDate.of(2026, 1, 5), "He arrived in November."));
        assertEquals("2025-03", at(sept, "The plan was first drafted last March."));
        assertEquals("2025-09", at(sept, "The plan is due in mid-September."));
    }

    @Test
    void weekdaysResolveBackwardsUnlessTheClauseSpeaksOfTheFuture() {
        assertEquals(Optional.of(LocalDate.of(2026, 2, 3)), withDate.resolve("They met on Tuesday."));
        assertEquals("2026-02-08", at("They met on Sunday."));
        assertEquals("2026-02-06", at("The council voted late Friday."));
        assertEquals("2026-02-10", at("The council will vote on Tuesday."));
        assertEquals("2026-02-10", at("On Tuesday, the council will vote on the plan."));
        assertEquals("2026-02-03", at("Abara said on Tuesday that the council will vote soon."));
        assertEquals("2026-02-10", at("The council is due to vote on Tuesday."));
        assertEquals("2026-02-11", at("Ana Ortiz will take charge of the team for their next game against Riverton on Wednesday."));
        assertEquals("2026-02-07", at("The mayor announced plans to send crews to the port on Saturday."));
        assertEquals("2026-02-03", at("They met last Tuesday."));
        assertEquals("2026-02-10", at("They meet next Tuesday."));
        assertEquals("none", without.resolve("They met on Tuesday.").map(Temporal::toString).orElse("none"));
    }

    @Test
    void weekdayWordsThatNameSomethingElse() {
        assertEquals("none", at("Black Friday sales rose."));
        assertEquals("none", at("Abara told the Sunday Times he would stay."));
        assertEquals("none", at("USA Today reported the vote."));
    }

    @Test
    void daysRelativeToPublication() {
        assertEquals("2026-02-07", at("They met yesterday."));
        assertEquals("2026-02-07", at("Protesters gathered last night."));
        assertEquals("2026-02-08", at("The mayor spoke this morning."));
        assertEquals("2026-02-09", at("The mayor speaks tomorrow."));
        assertEquals("2026-02-08", at("Ana Ortiz was named chief executive, effective immediately."));
        assertEquals("2024-02-06", at(LocalDate.of(2024, 2, 8), "The council voted two days ago."));
    }

    @Test
    void weeksMonthsAndYearsRelativeToPublication() {
        LocalDate wednesday = LocalDate.of(2026, 2, 18);
        assertEquals("2026-02", at(wednesday, "The council voted last week."));
        assertEquals("2026", at("The council voted last week.")); // Jan 26 - Feb 1: only the year covers it
        assertEquals("2026-02", at("The port reopened this month."));
        assertEquals("2026-01", at("The port reopened last month."));
        assertEquals("2025", at("The port reopened last year."));
        assertEquals("2026", at("The port reopened earlier this year."));
        assertEquals("2027", at("The port reopens next year."));
        assertEquals("2026-02", at(LocalDate.of(2026, 2, 10), "Protesters marched over the weekend."));
        assertEquals("2002", at("Ana Ortiz entered parliament 24 years ago."));
    }

    @Test
    void thatMorningIsTheDayTheSentenceGaveBefore() {
        String s = "Lena Park took office late Friday, hours after her rival quit that morning.";
        assertEquals("2026-02-06", withDate.resolve(s, s.indexOf("quit")).orElseThrow().toString());
        assertEquals("2026-02-06", withDate.resolveIn(s, s.indexOf("her rival"), s.length()).orElseThrow().toString());
        assertEquals("none", at("Her rival quit that morning."));
        java.util.List<DateResolver> each = withDate.perSentence(java.util.List.of("Lena Park took office late Friday.",
                "The vote was close.", "In a letter that morning, her rival conceded."));
        assertEquals("2026-02-06", each.get(2).resolve("In a letter that morning, her rival conceded.").orElseThrow().toString());
        assertEquals(Optional.empty(), withDate.perSentence(java.util.List.of("The vote was close.",
                "That morning, her rival conceded.")).get(1).resolve("That morning, her rival conceded."));
        String t = "Her rival quit on Thursday, and the board met the same day.";
        assertEquals("2026-02-05", withDate.resolve(t, t.indexOf("met")).orElseThrow().toString());
    }

    @Test
    void spansAndApproximationsGiveNoDate() {
        assertEquals("none", at("Ana Ortiz has served on the board since 2019."));
        assertEquals("none", at("The port stays shut until Friday."));
        assertEquals("none", at("The port must reopen by March."));
        assertEquals("none", at("Ana Ortiz entered parliament more than 20 years ago."));
    }

    @Test
    void resolveInReadsBoundsTooButPrefersTheDateOfAHappening() {
        assertEquals("2019", without.resolveIn("since 2019").map(Temporal::toString).orElse("none"));
        assertEquals("2024-03", without.resolveIn("until March 2024").map(Temporal::toString).orElse("none"));
        assertEquals("2024-05", without.resolveIn("director since 2019 and was named chair in May 2024")
                .map(Temporal::toString).orElse("none"));
        assertEquals("2026-02-06", withDate.resolveIn("was fired on Friday").map(Temporal::toString).orElse("none"));
    }

    @Test
    void ofSeveralDatesTheOneNearestTheHappening() {
        String s = "Ana Ortiz has served on the board since 2019 and was named chair in May 2024.";
        assertEquals("2024-05", withDate.resolve(s, s.indexOf("named")).orElseThrow().toString());
        String t = "Carl Jensen, hired in January, was fired on Friday.";
        assertEquals("2026-02-06", withDate.resolve(t, t.indexOf("fired")).orElseThrow().toString());
        assertEquals("2026-01", withDate.resolve(t, t.indexOf("hired")).orElseThrow().toString());
    }

    @Test
    void aPastHappeningIsNotDatedByWhatWouldOrWillBe() {
        String s = "Abara said the first cards would be issued in 2028.";
        assertEquals(Optional.empty(), withDate.resolve(s, s.indexOf("said")));
        String t = "The memo, dated Sunday, said crews will be sent effective immediately.";
        assertEquals("2026-02-08", withDate.resolve(t, t.indexOf("memo")).orElseThrow().toString());
    }

    @Test
    void aSentenceWithoutDateWordsGivesNoDateWhateverThePublicationDate() {
        assertEquals("none", at("Ana Ortiz has been fired, the company said."));
        Resolution r = new EntityResolver(Gazetteer.load())
                .resolve(Pipeline.extract("Ruth Adeyemi met Carl Jensen in Boston.", LocalDate.of(2026, 3, 5)));
        assertFalse(r.events().isEmpty());
        assertNull(r.events().get(0).date());
    }
}
