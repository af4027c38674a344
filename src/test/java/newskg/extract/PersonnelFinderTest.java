package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newskg.resolve.Resolution;
import org.junit.jupiter.api.Test;

/** Personnel changes and the roles they imply, on sentences written for the tests (invented names). */
class PersonnelFinderTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14); // a Friday

    /** "Type holder=... institution=... agent=... date=..." for every personnel event. */
    private static List<String> changes(String text) {
        Resolution r = Pipeline.resolve(text, PUBLISHED);
        return r.events().stream().filter(e -> e.type().isPersonnelChange()).map(e -> {
            StringBuilder sb = new StringBuilder(e.type().name());
            for (Participant p : e.participants()) {
                sb.append(' ').append(p.part()).append('=').append(r.entity(p.mention()).name());
            }
            if (e.date() != null) {
                sb.append(" date=").append(e.date());
            }
            return sb.toString();
        }).toList();
    }

    /** "person | title | org | place | status [| start | end]" for every role. */
    private static List<String> roles(String text) {
        return Pipeline.roleRows(text, PUBLISHED);
    }

    @Test
    void appointedAsTitleOfOrganization() {
        String text = "Jane Roe was appointed chief executive of Globex Corp on Monday.";
        assertEquals(List.of("Appointment holder=Jane Roe institution=Globex Corp date=2025-03-10"), changes(text));
        assertEquals(List.of("Jane Roe | chief executive | Globex Corp |  | current | 2025-03-10 | "), roles(text));
    }

    @Test
    void organizationNamesSomeoneToAPost() {
        String text = "Globex Corp named Jane Roe as interim chief financial officer.";
        assertEquals(List.of("Appointment holder=Jane Roe institution=Globex Corp"), changes(text));
        assertEquals(List.of("Jane Roe | interim chief financial officer | Globex Corp |  | current"), roles(text));
    }

    @Test
    void promotedAndElected() {
        assertEquals(List.of("Peter Lund | director | Globex Corp. |  | current"),
                roles("Peter Lund was promoted to director of Globex Corp."));
        assertEquals(List.of("Election holder=Susan Pike institution=Harbor Party"),
                changes("Susan Pike was elected leader of the Harbor Party."));
    }

    @Test
    void becomesATitle() {
        String text = "Trade Minister Maria Kell became finance minister on Thursday.";
        assertEquals(List.of("Appointment holder=Maria Kell date=2025-03-13"), changes(text));
        assertTrue(roles(text).contains("Maria Kell | finance minister |  |  | current | 2025-03-13 | "), roles(text).toString());
        assertTrue(roles(text).contains("Maria Kell | Trade Minister |  |  | current"), roles(text).toString());
    }

    @Test
    void succeedsPredecessorWhoseRoleIsFormer() {
        String text = "Jane Roe succeeds Peter Lund as chief executive of Globex Corp, the company said.";
        assertEquals(List.of("Appointment holder=Jane Roe institution=Globex Corp"), changes(text));
        assertEquals(List.of("Jane Roe | chief executive | Globex Corp |  | current",
                "Peter Lund | chief executive | Globex Corp |  | former"), roles(text));
    }

    @Test
    void resignsAsTitle() {
        String text = "Peter Lund resigned as finance minister of France on Tuesday.";
        assertEquals(List.of("Resignation holder=Peter Lund date=2025-03-11"), changes(text));
        assertEquals(List.of("Peter Lund | finance minister |  | France | former |  | 2025-03-11"), roles(text));
    }

    @Test
    void stepsDownFromHerPost() {
        assertEquals(List.of("Maria Kell | chair |  |  | former"), roles("Maria Kell stepped down from her post as chair."));
    }

    @Test
    void leavingStillToComeKeepsTheRoleCurrent() {
        String text = "Globex Corp chairman Peter Lund will step down in June.";
        assertEquals(List.of("Resignation holder=Peter Lund institution=Globex Corp date=2025-06"), changes(text));
        assertEquals(List.of("Peter Lund | chairman | Globex Corp |  | current"), roles(text));
    }

    @Test
    void firedWithTheTitleGivenBeforeTheName() {
        String text = "Globex Corp chief executive Jane Roe has been fired.";
        // a present perfect in the lead, without a date phrase: news of the day of publication
        assertEquals(List.of("Dismissal holder=Jane Roe institution=Globex Corp date=2025-03-14"), changes(text));
        assertEquals(List.of("Jane Roe | chief executive | Globex Corp |  | former"), roles(text));
    }

    @Test
    void organizationSacksSomeoneAsManager() {
        String text = "Harbor City FC sacked Peter Lund as manager on Sunday.";
        assertEquals(List.of("Dismissal holder=Peter Lund institution=Harbor City FC date=2025-03-09"), changes(text));
        assertEquals(List.of("Peter Lund | manager | Harbor City FC |  | former |  | 2025-03-09"), roles(text));
    }

    @Test
    void relievedOfCommand() {
        assertEquals(List.of("Dismissal holder=Susan Pike"), changes("Colonel Susan Pike was relieved of her command."));
    }

    @Test
    void willTakeOverIsAFutureRole() {
        String text = "Jane Roe will take over as chief executive of Globex Corp in January 2026.";
        assertEquals(List.of("Jane Roe | chief executive | Globex Corp |  | future | 2026-01 | "), roles(text));
    }

    @Test
    void tenderedResignation() {
        String text = "Finance Minister Maria Kell tendered her resignation on Friday.";
        assertEquals(List.of("Resignation holder=Maria Kell date=2025-03-14"), changes(text));
        assertEquals(List.of("Maria Kell | Finance Minister |  |  | former |  | 2025-03-14"), roles(text));
    }

    @Test
    void aResignationThatMorningTakesTheDayGivenEarlierInTheSentence() {
        String text = "Paul Aston became finance minister late Monday, after Finance Minister Maria Kell "
                + "tendered her resignation that morning.";
        assertEquals(List.of("Appointment holder=Paul Aston date=2025-03-10",
                "Resignation holder=Maria Kell date=2025-03-10"), changes(text));
    }

    @Test
    void aDateInACoordinatedVerbGroupDoesNotDateTheChange() {
        String text = "Coach Ivo Brandt has been named interim manager and will take charge of the team on Wednesday.";
        // not next Wednesday: the lead's present perfect, the day of publication
        assertEquals(List.of("Appointment holder=Ivo Brandt date=2025-03-14"), changes(text));
    }

    @Test
    void hypotheticalChangesAreNotEvents() {
        assertEquals(List.of(), changes("If Peter Lund were to resign as chairman, the board would meet."));
        assertEquals(List.of(), changes("The street was named after Peter Lund."));
    }

    @Test
    void electionsWonAndLost() {
        assertEquals(List.of("Election holder=Peter Lund"), changes("Peter Lund won the election on Saturday by a wide margin."
                .replace(" on Saturday", "")));
        assertEquals(List.of("Election holder=Susan Pike"), changes("Susan Pike lost the seat she had held for 20 years."));
        // the head of the object phrase, however long the phrase before it
        assertEquals(List.of("Election holder=Susan Pike"),
                changes("Susan Pike lost the rural North Vale parliamentary seat that she had held since 1998."));
        assertEquals(List.of(), changes("Susan Pike lost the seat's best-known defender, her aide."));
        assertEquals(List.of(), changes("Peter Lund hopes to win the election."));
    }

    /** The changes the word patterns alone find, without the dependency parse. */
    private static List<String> changesWithoutParse(String text) {
        Extraction x = Pipeline.extract(text, PUBLISHED);
        List<DateResolver> dates = new DateResolver(PUBLISHED).perSentence(
                x.text().sentences().stream().map(newskg.nlp.Sentence::text).toList());
        PersonnelFinder rulesOnly = new PersonnelFinder(new NameWords(newskg.nlp.WordNet.load(), Gazetteer.load()));
        return rulesOnly.find(x.text(), x.mentions(), x.roles(), QuoteFinder.quoteSpans(text), dates).events().stream()
                .map(e -> e.type() + " " + e.trigger()).toList();
    }

    @Test
    void theParseFindsTheSubjectAcrossALongAppositionAndRelativeClause() {
        String text = "Mara Quill, 54, a former police detective who joined Globex in 2010, was promoted to "
                + "president on Tuesday.";
        assertEquals(List.of("Appointment holder=Mara Quill date=2025-03-11"), changes(text));
        assertEquals(List.of(), changesWithoutParse(text));
        assertTrue(Pipeline.extract(text, PUBLISHED).events().stream()
                .anyMatch(e -> e.evidence().method().equals("event:personnel-promote+parse")));
    }

    @Test
    void aClauseInsideTheSentenceDoesNotDateTheChange() {
        // the relative clause's "last year" dates the naming, not the resignation
        assertEquals(List.of("Appointment holder=Tom Hale date=2024", "Resignation holder=Tom Hale date=2025-03-10"),
                changes("Tom Hale, who was named chairman last year, resigned on Monday."));
        // "hired in 2023" is the hiring's time, not the sacking's: the hiring is a change of its own
        assertEquals(List.of("Dismissal holder=Ivo Brandt", "Appointment holder=Ivo Brandt date=2023"),
                changes("The club sacked manager Ivo Brandt, hired in 2023, after a run of defeats."));
    }

    @Test
    void aParticipleAfterTheNameIsDoneToThatPerson() {
        assertEquals(List.of("Appointment holder=Ivo Brandt institution=Rovers FC date=2023"),
                changes("Ivo Brandt, hired by Rovers FC in 2023, led the team to a title."));
        assertEquals(List.of("Dismissal holder=Tom Hale date=2024"), changes("Tom Hale, fired last year, took a new post."));
        // a present or a base form is no such participle; nor is a verb with its own subject
        assertEquals(List.of(), changes("Ivo Brandt, hire or fire, the team will follow."));
    }

    @Test
    void aLoneUnknownWordBeforeATitleIsNotTheOneAppointed() {
        assertEquals(List.of("Appointment holder=Ada Pike date=2025-03-14"),
                changes("The board has appointed former Velstrand finance director Ada Pike as its chief executive."));
    }

    @Test
    void theParseFindsTheNameInAppositionToASubjectPost() {
        assertEquals(List.of("Resignation holder=Karl Osterman date=2025-03-13"),
                changes("Freedonia's finance minister, Karl Osterman, resigned on Thursday after a row over the budget."));
    }

    @Test
    void aPassiveSuccessionAppointsTheAgent() {
        assertEquals(List.of("Appointment holder=Tom Hale"),
                changes("Ada Pike, the chief financial officer, will be succeeded by Tom Hale, the firm's treasurer."));
    }

    @Test
    void joiningAnOrganisationAsAPostAndJoiningAPerson() {
        assertEquals(List.of("Appointment holder=Jane Roe institution=Globex Holdings date=2019"),
                changes("Jane Roe joined Globex Holdings as finance director in 2019."));
        assertEquals(List.of("Jane Roe | finance director | Globex Holdings |  | current | 2019 | "),
                roles("Jane Roe joined Globex Holdings as finance director in 2019."));
        // the title before a name is that person's: Hale joined Pike, he took no post
        assertEquals(List.of(), changes("Tom Hale joined former Velstrand CEO Ada Pike at the launch on Monday."));
    }

    @Test
    void demandsToLeaveAreNotResignations() {
        assertEquals(List.of(), changes("The scandal reignited calls for Peter Lund to step down."));
    }

    @Test
    void secondVerbOfTheSameSubject() {
        String text = "Peter Lund has served as director of Globex Corp since 2019 and was appointed chair in May 2024.";
        assertEquals(List.of("Appointment holder=Peter Lund date=2024-05"), changes(text));
        assertTrue(roles(text).contains("Peter Lund | chair |  |  | current | 2024-05 | "), roles(text).toString());
        assertTrue(roles(text).contains("Peter Lund | director | Globex Corp |  | current | 2019 | "), roles(text).toString());
    }
}
