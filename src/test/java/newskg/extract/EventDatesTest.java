package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newskg.resolve.Resolution;
import org.junit.jupiter.api.Test;

/** How an event whose sentence has no date phrase is dated, or not: the story's day and the lead's perfect. */
class EventDatesTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 2, 5);

    /** "Type [participants] date method" for every event. */
    private static List<String> events(String text, LocalDate published) {
        Resolution r = Pipeline.resolve(text, published);
        return r.events().stream().map(e -> e.type() + " " + e.participants().stream()
                .map(p -> r.entity(p.mention()).name()).toList() + " " + e.date() + " " + e.dateMethod()).toList();
    }

    @Test
    void aLaterReportOfWhatWasSaidTakesTheDayTheStoryGave() {
        List<String> found = events("Former senator Ivo Brandt was sentenced on Wednesday to eight years in prison.\n\n"
                + "Judge Lena Hart said the crimes had betrayed the voters.", THURSDAY);
        assertTrue(found.contains("Statement [Lena Hart, Ivo Brandt] 2026-02-04 date:story-day")
                || found.contains("Statement [Lena Hart] 2026-02-04 date:story-day"), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.startsWith("LegalAction") && e.endsWith("2026-02-04 date:stated")),
                found.toString());
    }

    @Test
    void aStatementTakesTheNewsDayNotTheLastDayTheTextGave() {
        List<String> found = events("Governor Ana Ruiz confirmed the arrest on Friday.\n\n"
                + "The suspect, Ivo Brandt, was detained late on Thursday in a motel.\n\n"
                + "Later, Ruiz said the officers had worked through the night.", LocalDate.of(2026, 2, 7));
        assertTrue(found.contains("Statement [Ana Ruiz] 2026-02-06 date:story-day"), found.toString());
    }

    @Test
    void afterALeadInThePresentPerfectTheNewsDayIsTheDayOfPublication() {
        List<String> found = events("Globex Corp has fired its chief executive, Mara Quill.\n\n"
                + "Shares in the company fell on Tuesday.\n\nBoard member Tom Hale said the decision was hard.",
                THURSDAY);
        assertTrue(found.contains("Statement [Tom Hale] 2026-02-05 date:story-day"), found.toString());
    }

    @Test
    void aPresentPerfectInTheLeadIsNewsOfTheDayOfPublication() {
        List<String> found = events("Globex Corp has fired its chief executive, Mara Quill, the company said.\n\n"
                + "The board met for six hours.", THURSDAY);
        assertTrue(found.contains("Dismissal [Mara Quill, Globex Corp] 2026-02-05 date:news-perfect"), found.toString());
        // the same sentence further down is not the article's news: it stays undated
        List<String> later = events("Shares in Globex Corp fell sharply.\n\n"
                + "Globex Corp has fired its chief executive, Mara Quill, the company said.", THURSDAY);
        assertTrue(later.contains("Dismissal [Mara Quill, Globex Corp] null null"), later.toString());
    }

    @Test
    void aFutureClauseDoesNotKeepTheLeadsPerfectFromItsDay() {
        List<String> found = events("Former player Tom Hale has been named interim coach of Rovers FC and will lead "
                + "the team against Ashby Town on Saturday.", THURSDAY);
        assertTrue(found.stream().anyMatch(e -> e.startsWith("Appointment [Tom Hale")
                && e.endsWith("2026-02-05 date:news-perfect")), found.toString());
    }

    @Test
    void nothingElseIsDatedWithoutADatePhrase() {
        // a past perfect, a span's bound, a present, no publication date, a past with no story day before it
        assertEquals(List.of("Resignation [Ivo Brandt, Globex Corp] null null"),
                events("Ivo Brandt had resigned as chairman of Globex Corp over the merger.", THURSDAY));
        List<String> bound = events("Mara Quill, coach since 2019, has been dismissed by Rovers FC.", THURSDAY);
        assertTrue(bound.stream().allMatch(e -> e.endsWith("null null")), bound.toString());
        List<String> undated = events("Globex Corp has fired its chief executive, Mara Quill.", null);
        assertTrue(undated.stream().allMatch(e -> e.endsWith("null null")), undated.toString());
        List<String> past = events("Ruth Adeyemi met Carl Jensen in Boston.", THURSDAY);
        assertTrue(past.stream().allMatch(e -> e.endsWith("null null")), past.toString());
        // a day long before publication is not the story's day
        List<String> old = events("Ivo Brandt was arrested on March 3, 2019.\n\nJudge Lena Hart said he was dangerous.",
                THURSDAY);
        assertTrue(old.stream().filter(e -> e.startsWith("Statement")).allMatch(e -> e.endsWith("null null")),
                old.toString());
    }

    @Test
    void anAsideHasItsOwnTimeUnlessItIsAboutTheTrigger() {
        List<String> sued = events("Ada Pike, fired last year, sued Globex Corp on Monday.", THURSDAY);
        assertTrue(sued.contains("LegalAction [Ada Pike, Globex Corp] 2026-02-02 date:stated"), sued.toString());
        List<String> undated = events("Ada Pike, fired last year, sued Globex Corp.", THURSDAY);
        assertTrue(undated.stream().filter(e -> e.startsWith("LegalAction")).allMatch(e -> e.endsWith("null null")),
                undated.toString());
        List<String> memo = events("Karl Osterman's memo, which was dated Sunday, ordered 300 troops to Riverton.",
                THURSDAY);
        assertTrue(memo.stream().anyMatch(e -> e.startsWith("Directive") && e.endsWith("2026-02-01 date:stated")),
                memo.toString());
    }

    @Test
    void aDateReadFromTheTenseGivesWayToTheStatedDateOfTheSameHappening() {
        List<String> found = events("Defense Secretary Karl Osterman has ordered 300 troops to Riverton.\n\n"
                + "Osterman's memo, dated Sunday, ordered the troops to stay for 60 days.", LocalDate.of(2026, 2, 9));
        List<String> orders = found.stream().filter(e -> e.startsWith("Directive")).toList();
        assertEquals(1, orders.size(), found.toString());
        assertTrue(orders.get(0).endsWith("2026-02-08 date:stated"), found.toString());
    }
}
