package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newskg.resolve.Resolution;
import org.junit.jupiter.api.Test;

/** One entity per real thing within an article: short names, acronyms and leading function words (invented names). */
class EntityResolutionTest {
    /** "TYPE name [aliases]" for every entity. */
    private static Set<String> entities(String text) {
        Resolution r = Pipeline.resolve(text);
        return r.entities().stream().map(e -> e.type() + " " + e.name() + " " + e.aliases()).collect(Collectors.toSet());
    }

    @Test
    void aShortNameJoinsTheOneLongNameItEnds() {
        Set<String> es = entities("Harbor United beat Riverton 2-0. United now lead the league by four points.");
        assertTrue(es.contains("ORGANIZATION Harbor United [United]"), es.toString());
    }

    @Test
    void aPartyOrCompanyWordMayBeDropped() {
        Set<String> es = entities("The Harbor Party won the vote on Sunday. Its leader said Harbor would govern for all.");
        assertFalse(es.stream().anyMatch(e -> e.startsWith("ORGANIZATION Harbor [")), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.startsWith("ORGANIZATION Harbor Party")), es.toString());
    }

    @Test
    void aGenericBodyStaysItsOwnInstitution() {
        Set<String> es = entities("The White House said the bill was welcome. The House passed it on Tuesday.");
        assertTrue(es.stream().anyMatch(e -> e.startsWith("ORGANIZATION White House [")), es.toString());
        assertFalse(es.contains("ORGANIZATION White House [House]"), es.toString());
    }

    @Test
    void aWireServiceAfterADatelineIsNotTheCitysAcronym() {
        Set<String> es = entities("RIVERTON (AP) \u2014 Staff of the Civic Data Project (CDP) said on Monday that CDP would strike.");
        assertTrue(es.contains("ORGANIZATION Civic Data Project [CDP]"), es.toString());
        assertFalse(es.stream().anyMatch(e -> e.contains("[AP]")), es.toString());
    }

    @Test
    void aFunctionWordOpeningAQuoteIsNotPartOfAName() {
        List<String> names = Pipeline.extract("\u201CWith Harbor United sitting sixth, we made a change,\u201D the club said.")
                .mentions().stream().map(Mention::text).toList();
        assertTrue(names.contains("Harbor United"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("With")), names.toString());
    }

    @Test
    void acronymsThatFitTheirName() {
        assertTrue(newskg.resolve.EntityResolverAccess.abbreviates("ICE", "Immigration and Customs Enforcement"));
        assertTrue(newskg.resolve.EntityResolverAccess.abbreviates("CDC", "Centers for Disease Control and Prevention"));
        assertFalse(newskg.resolve.EntityResolverAccess.abbreviates("AP", "NEW YORK"));
        assertEquals(false, newskg.resolve.EntityResolverAccess.abbreviates("", "Initech"));
    }
}
