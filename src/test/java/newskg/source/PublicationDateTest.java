package newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
    private static String lexical(String s) {
        return PublicationDate.parse(s, DateSource.METADATA).map(PublicationDate::lexical).orElse("none");
    }

    @Test
    void isoDatesAndDateTimesInTheirCommonForms() {
        assertEquals("2025-09-02", lexical("2025-09-02"));
        assertEquals("2025-09-02T14:30:00", lexical("2025-09-02T14:30"));
        assertEquals("2025-09-02T14:30:00", lexical("2025-09-02 14:30:00"));
        assertEquals("2025-09-02T14:30:00Z", lexical("2025-09-02T14:30:00Z"));
        assertEquals("2025-09-02T14:30:00.25+02:00", lexical("2025-09-02T14:30:00.25+02:00"));
        assertEquals("2025-09-02T14:30:00+02:00", lexical("2025-09-02T14:30:00+0200"));
        assertEquals("2025-09-02T14:30:00+01:00", lexical("2025-09-02T14:30:00+01:00[Europe/London]"));
    }

    @Test
    void feedAndWrittenDates() {
        assertEquals("2025-09-02T14:30:00Z", lexical("Tue, 2 Sep 2025 14:30:00 GMT"));
        assertEquals("2025-09-02", lexical("September 2, 2025"));
        assertEquals("2025-12-05", lexical("Friday, December 5, 2025"));
        assertEquals("2025-09-02", lexical("2 September 2025"));
    }

    @Test
    void notDates() {
        assertEquals("none", lexical("next Tuesday"));
        assertEquals("none", lexical("2025"));
        assertEquals("none", lexical("2025-13-02"));
        assertEquals("none", lexical("Posted September 2, 2025 by the desk"));
    }

    @Test
    void theDayIsThePublishersOwn() {
        PublicationDate p = PublicationDate.parse("2025-09-02T23:30:00-04:00", DateSource.METADATA).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 2), p.date());
        assertTrue(p.hasTime());
        assertFalse(PublicationDate.of(LocalDate.of(2025, 9, 2), DateSource.TEXT).hasTime());
        assertEquals(Optional.empty(), PublicationDate.parse("  ", DateSource.METADATA));
    }
}
