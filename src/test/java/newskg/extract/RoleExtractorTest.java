package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newskg.resolve.Resolution;
import org.junit.jupiter.api.Test;

class RoleExtractorTest {
    /** "person | title | org | place" for every role. */
    private static List<String> roles(String text) {
        Resolution r = Pipeline.resolve(text);
        return r.roles().stream().map(role -> r.entity(role.person()).name() + " | " + role.title() + " | "
                + (role.org() == null ? "" : r.entity(role.org()).name()) + " | "
                + (role.place() == null ? "" : r.entity(role.place()).name())).toList();
    }

    @Test
    void titleBeforeName() {
        assertEquals(List.of("Rosa Delgado | Mayor |  | "), roles("Mayor Rosa Delgado opened the bridge."));
    }

    @Test
    void anOrganisationNamedEarlierOwnsTheTitleBeforeAName() {
        String text = "Harwick Lumen agreed to buy Dorrance Shoes for $2 billion. "
                + "Dorrance Shoes CEO Mara Quill welcomed the offer.";
        assertTrue(roles(text).contains("Mara Quill | CEO | Dorrance Shoes | "), roles(text).toString());
    }

    @Test
    void aDescribedOwnerBeforeThePostIsNotTheTitle() {
        assertEquals(List.of("Ada Pike | chief executive |  | "),
                roles("The plan was backed by Ada Pike, the company's chief executive."));
        assertEquals(List.of("Tom Hale | treasurer |  | "), roles("The deal was signed by Tom Hale, the firm's treasurer."));
    }

    @Test
    void aLoneNameAfterPostOfIsTheOrganisation() {
        assertEquals(List.of("Tom Hale | chairman | Initech | "), roles("Tom Hale, the chairman of Initech, left early."));
        // a word of WordNet's noun.person that is no post does not make an owner: "a pillar of Hale"
        assertTrue(roles("She called him a pillar of Brandt and left.").isEmpty());
    }

    @Test
    void aPersonOfAnOrganisationIsNotOneLongName() {
        assertEquals(List.of("Tom Hale | analyst | Brenwick Advisory Group | "),
                roles("Prices will rise, said analyst Tom Hale of Brenwick Advisory Group."));
    }

    @Test
    void placeTitleName() {
        assertEquals(List.of("Ken Abara | Governor |  | Oregon"), roles("Oregon Governor Ken Abara signed the bill."));
    }

    @Test
    void organizationTitleName() {
        assertEquals(List.of("Lia Brenner | spokeswoman | Pentagon | "),
                roles("Pentagon spokeswoman Lia Brenner declined to comment."));
    }

    @Test
    void appositionAfterName() {
        assertEquals(List.of("Omar Haddad | director | Civic Data Project | "),
                roles("Omar Haddad, director of the Civic Data Project, disagreed."));
    }

    @Test
    void aMemberOfABodyHoldsASeatAFamilyMemberDoesNot() {
        assertEquals(List.of("Jane Roe | panel member |  |  | current"),
                held("\u201CI vote yes,\u201D panel member Jane Roe said in her vote."));
        assertEquals(List.of("Ada Pike | panel member |  |  | current"),
                held("\u201CWe are doing harm,\u201D said another panel member, Ada Pike, who disagreed."));
        assertEquals(List.of(), held("Family member Ivo Brandt wept outside the court."));
    }

    @Test
    void aRankWordTheTaggerMisreadsStillStartsTheTitle() {
        // the tagger reads "interim" here as a preposition
        assertEquals(List.of("Tom Hale | interim chief executive officer |  |  | current"),
                held("Tom Hale has been appointed interim chief executive officer."));
    }

    @Test
    void aNumberedUnitOfAnOrganisationIsPartOfItsName() {
        List<String> rows = held("Harbor Workers Union Local 42 President Ana Ruiz urged members to vote.");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("Ana Ruiz | President | ") && r.contains("Local 42 |")),
                rows.toString());
    }

    @Test
    void aPostOfAnOwnerBeforeTheNameInApposition() {
        assertEquals(List.of("Jane Roe | finance director | Globex Corp |  | current"),
                held("Globex Corp\u2019s finance director, Jane Roe, announced the layoffs."));
        assertEquals(List.of("Karl Osterman | finance minister |  | France | current"),
                held("France's finance minister, Karl Osterman, spoke on Monday."));
        assertEquals(List.of("Lia Brenner | chief AI officer | Globex Corp |  | current"),
                held("Globex Corp's chief AI officer, Lia Brenner, wrote the memo."));
        // a described owner: the post without an organisation
        assertEquals(List.of("Tom Hale | treasurer |  |  | current"),
                held("The firm's treasurer, Tom Hale, left the meeting."));
    }

    @Test
    void appositionWithRankWords() {
        assertEquals(List.of("Priya Nair | senior economist |  | "),
                roles("Priya Nair, a senior economist, expects rates to fall."));
    }

    @Test
    void possessiveOrganization() {
        assertEquals(List.of("Jon Ruiz | acting director | FEMA | "),
                roles("FEMA's acting director Jon Ruiz toured the site."));
    }

    @Test
    void occupationBeforeName() {
        List<String> found = roles("The crash injured an ER nurse, Carla Mendes, on her way home.");
        assertEquals(List.of("Carla Mendes | ER nurse |  | "), found);
    }

    @Test
    void abbreviatedTitleIsExpanded() {
        assertTrue(roles("The plan was backed by Gov. Ada Lindqvist on Monday.").contains("Ada Lindqvist | Governor |  | "));
    }

    @Test
    void relationsAndDescriptionsAreNotRoles() {
        assertEquals(List.of(), roles("Sam Ortiz, a close friend, was there. Ana Kim, the architect of many reforms, left."));
    }

    @Test
    void honorificsAndPluralsAreNotTitles() {
        assertEquals(List.of("Alec Reid | manager |  | "), roles("Fans cheered manager Sir Alec Reid at the ground."));
        assertEquals(List.of(), roles("The film stars Jude Harrow and Ines Pike."));
        assertEquals(List.of(), roles("Their supporters Jude Harrow and Ines Pike left."));
    }

    /** "person | title | org | place | status [| start | end]" for every role. */
    private static List<String> held(String text) {
        return Pipeline.roleRows(text, null);
    }

    @Test
    void statusWordsBeforeATitle() {
        assertEquals(List.of("Rosa Delgado | Mayor |  |  | former"), held("Former Mayor Rosa Delgado spoke."));
        assertEquals(List.of("Ken Abara | CEO |  |  | former"), held("The ex-CEO Ken Abara spoke."));
        assertEquals(List.of("Ken Abara | Governor |  |  | former"), held("She met then-Governor Ken Abara."));
        assertEquals(List.of("Ken Abara | President |  |  | future"), held("She met President-elect Ken Abara."));
        assertEquals(List.of("Ken Abara | chief executive |  |  | future"), held("The incoming chief executive Ken Abara spoke."));
        assertEquals(List.of("Ken Abara | chief executive |  |  | current"), held("The outgoing chief executive Ken Abara spoke."));
    }

    @Test
    void relativeClauseInThePastIsAFormerRole() {
        assertEquals(List.of("Omar Haddad | chief executive | Globex Corp |  | former"),
                held("Omar Haddad, who was previously chief executive of Globex Corp, joined the board."));
        assertEquals(List.of("Omar Haddad | chair | Globex Corp |  | current"),
                held("Omar Haddad, who is the chair of Globex Corp, spoke."));
    }

    @Test
    void appositionWithAgeAndStatus() {
        assertEquals(List.of("Priya Nair | police detective |  |  | former"),
                held("Priya Nair, 54, a former police detective, entered parliament."));
    }

    @Test
    void servedSinceAndFromTo() {
        assertEquals(List.of("Omar Haddad | director | Globex Corp |  | current | 2019 | "),
                held("Omar Haddad has served as director of Globex Corp since 2019."));
        assertEquals(List.of("Omar Haddad | chief executive | Globex Corp |  | former | 2012 | 2016"),
                held("Omar Haddad served as chief executive of Globex Corp from 2012 to 2016."));
    }

    @Test
    void coordinatedTitlesShareStatus() {
        assertEquals(List.of("Carla Mendes | player |  |  | former", "Carla Mendes | youth coach |  |  | former"),
                held("Former player and youth coach Carla Mendes returned."));
    }

    @Test
    void laterTitleInAnApposition() {
        assertEquals(List.of("Omar Haddad | founder | Civic Data Project |  | current"),
                held("Omar Haddad, a close friend of the mayor and founder of the Civic Data Project, spoke."));
        assertEquals(List.of("Ken Abara | Governor |  | Oregon | current", "Rosa Delgado | Mayor |  |  | current"),
                held("She met Oregon Governor Ken Abara, and Mayor Rosa Delgado."));
    }

    @Test
    void pluralTitleBeforeAListOfNames() {
        assertEquals(List.of("Ana Kimball | Representative |  | ", "Lee Parkson | Representative |  | ",
                "Sam Cho | Representative |  | "), roles("Reps. Ana Kimball, Lee Parkson and Sam Cho voted no."));
        assertEquals(List.of("Laura Smith | actor |  | ", "David Jones | actor |  | "),
                roles("The film features actors Laura Smith and David Jones."));
    }

}
