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
    }
}
