package newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
    private static Optional<PublicationDate> find(String text, boolean titleLine) {
        return PublicationDateFinder.find(text, titleLine);
    }

    private static PublicationDate day(int y, int m, int d, DateSource s) {
        return PublicationDate.of(LocalDate.of(y, m, d), s);
    }

    @Test
    void aShortDateLineUnderTheHeadline() {
        assertEquals(Optional.of(day(2025, 12, 5, DateSource.DATELINE)),
                find("Panel votes on vaccine\n\n2:37 PM \u2013 Friday, December 5, 2025\n\nThe panel voted.\n", true));
        assertEquals(Optional.of(day(2026, 2, 8, DateSource.DATELINE)), find("Feb 8, 2026\n\nThe panel voted.\n", false));
    }

    @Test
    void aWireDatelineWithAYear() {
        assertEquals(Optional.of(day(2026, 1, 8, DateSource.DATELINE)),
                find("RIVERTON, Jan. 8, 2026 (Wire) - The council voted on Thursday.\n", false));
    }

    @Test
    void aWireDatelineWithoutAYearTakesItFromTheText() {
        // the text's latest month-and-year is December 2025: January 8 comes after it
        assertEquals(Optional.of(day(2026, 1, 8, DateSource.DATELINE)),
                find("RIVERTON, Ore., Jan. 8 (Wire) \u2014 The council, elected in December 2025, voted.\n", false));
        assertEquals(Optional.empty(), find("RIVERTON, Jan. 8 (Wire) - The council voted.\n", false));
    }

    @Test
    void aPublicationNoteInTheText() {
        assertEquals(Optional.of(day(2025, 5, 3, DateSource.TEXT)),
                find("Harbor plan\n\nThe council voted on the harbor plan after a long debate that ran late.\n\n"
                        + "Published: 3 May 2025\n", true));
    }

    @Test
    void aDateInTheBodyIsNotAPublicationDate() {
        assertEquals(Optional.empty(), find("Harbor plan\n\nThe council, which first met on March 3, 2025, voted again "
                + "after a long debate.\n", true));
    }
}
