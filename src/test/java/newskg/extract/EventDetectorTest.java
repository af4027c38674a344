package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newskg.resolve.Resolution;
import org.junit.jupiter.api.Test;

class EventDetectorTest {
    /** "Type [participants] place" for every event. */
    private static List<String> events(String text) {
        Resolution r = Pipeline.resolve(text);
        return r.events().stream().map(e -> e.type() + " " + e.participants().stream()
                .map(p -> r.entity(p.mention()).name()).toList()
                + (e.place() == null ? "" : " " + r.entity(e.place()).name())).toList();
    }

    @Test
    void meetingWithAttendeesAndPlace() {
        assertTrue(events("Ruth Adeyemi met Carl Jensen in Boston to discuss the merger.")
                .contains("Meeting [Ruth Adeyemi, Carl Jensen] Boston"));
    }

    @Test
    void arrestTypedFromNounTrigger() {
        assertTrue(events("The FBI announced the arrest of Dmitri Volkov in Miami.").stream()
                .anyMatch(e -> e.startsWith("Arrest") && e.contains("Dmitri Volkov")));
    }

    @Test
    void concedingDefeatIsAStatementNotASecondElection() {
        List<String> found = events("Susan Pike conceded defeat on Saturday, saying she had called Peter Lund.");
        assertTrue(found.stream().anyMatch(e -> e.startsWith("Statement [Susan Pike")), found.toString());
        assertTrue(found.stream().noneMatch(e -> e.startsWith("Election")), found.toString());
    }

    @Test
    void aRelativeClausesEventHasNoParticipantFromTheMainClause() {
        List<String> found = events("Mara Quill met Tom Hale on Friday. The Harwick Trust board, which met on Friday, "
                + "praised Ada Pike.");
        assertTrue(found.stream().noneMatch(e -> e.contains("Ada Pike")), found.toString());
    }

    @Test
    void whoReportsTheSentenceDoesNotTakePartInWhatItReports() {
        List<String> found = events("The suspect, Rolf Ames, was detained late on Thursday, a day after the killing, "
                + "Riverton Police Chief Ana Ruiz said.");
        assertTrue(found.stream().filter(e -> !e.startsWith("Statement")).noneMatch(e -> e.contains("Ana Ruiz")),
                found.toString());
        assertTrue(found.stream().anyMatch(e -> e.startsWith("Statement [Ana Ruiz")), found.toString());
        List<String> according = events("Police arrested Tom Hale in Denver, according to Ana Ruiz.");
        assertTrue(according.contains("Arrest [Tom Hale] Denver"), according.toString());
        List<String> inverted = events("Police arrested Ivo Brandt in Denver, said Governor Ana Ruiz.");
        assertTrue(inverted.contains("Arrest [Ivo Brandt] Denver"), inverted.toString());
    }

    @Test
    void whoIsNamedInAnAsideTakesNoPartInTheMainClausesEvent() {
        List<String> found = events("Ada Pike, who was an attorney for Tom Hale for years, announced the arrest of "
                + "Ivo Brandt in Denver.");
        assertTrue(found.stream().noneMatch(e -> e.contains("Tom Hale")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.startsWith("Arrest") && e.contains("Ivo Brandt")), found.toString());
    }

    @Test
    void whoCommentsOnAHappeningDoesNotTakePartInIt() {
        List<String> found = events("Governor Ana Ruiz confirmed the arrest on Friday. Tom Hale condemned the attack.");
        assertTrue(found.stream().noneMatch(e -> e.startsWith("Arrest") || e.startsWith("Attack")), found.toString());
        // who announces an arrest may have made it
        List<String> announced = events("The FBI announced the arrest of Dmitri Volkov in Miami.");
        assertTrue(announced.stream().anyMatch(e -> e.startsWith("Arrest") && e.contains("Dmitri Volkov")
                && e.contains("FBI")), announced.toString());
    }

    @Test
    void aPassivesSubjectUndergoesTheEventAndByNamesTheDoer() {
        Resolution r = Pipeline.resolve("Ivo Brandt was arrested in Denver by the Harbor Guard.");
        List<String> parts = r.events().stream().filter(e -> e.type() == EventType.Arrest)
                .flatMap(e -> e.participants().stream()).map(p -> r.entity(p.mention()).name() + ":" + p.part()).toList();
        assertEquals(List.of("Ivo Brandt:victim", "Harbor Guard:agent"), parts);
    }

    @Test
    void hypotheticalIsNotAnEvent() {
        assertEquals(List.of(), events("If Lena Hart were to sue the Pentagon, critics say she would lose."));
    }

    @Test
    void repeatedReportsOfOneHappeningAreOneEvent() {
        List<String> found = events("Police arrested Ivo Brandt on Monday. The arrest of Brandt shocked Denver.");
        assertEquals(1, found.stream().filter(e -> e.startsWith("Arrest")).count(), found.toString());
    }

    @Test
    void quoteGivesAStatementBySpeaker() {
        assertTrue(events("\u201CWe are not going anywhere soon,\u201D Ines Walcott said.")
                .contains("Statement [Ines Walcott]"));
    }

    @Test
    void weekdayResolvesAgainstPublicationDate() {
        Resolution r = newskg.resolve.Resolution.class.cast(new newskg.resolve.EntityResolver(Gazetteer.load())
                .resolve(Pipeline.extract("Ruth Adeyemi met Carl Jensen in Boston on Tuesday.",
                        LocalDate.of(2026, 3, 5))));
        assertEquals(LocalDate.of(2026, 3, 3), r.events().get(0).date());
    }

    @Test
    void intendedHappeningIsNotAnEvent() {
        assertEquals(List.of(), events("Senator Mia Torres vowed to hold hearings on the contract.").stream()
                .filter(e -> e.startsWith("LegalAction")).toList());
    }

    @Test
    void eventWithoutNamedParticipantNeedsAPlaceAndAGathering() {
        assertEquals(List.of("Protest [] Portland"), events("Thousands joined a protest in Portland on Friday."));
        assertEquals(List.of(), events("A new deportation drive was announced in Texas."));
    }

    @Test
    void sentencedIsALegalActionButASentenceIsNot() {
        assertTrue(events("Carl Jensen was sentenced to five years in prison.").contains("LegalAction [Carl Jensen]"));
        assertTrue(events("Carl Jensen read the first sentence of the letter aloud.").stream()
                .noneMatch(e -> e.startsWith("LegalAction")));
    }
}
