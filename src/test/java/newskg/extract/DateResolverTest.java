package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private final DateResolver withDate = new DateResolver(LocalDate.of(2026, 2, 8)); // a Sunday
    private final DateResolver without = new DateResolver(null);

    @Test
    void absoluteDateAsWritten() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)), without.resolve("It began on June 14, 2025 in Texas."));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 14)), without.resolve("It began on 14 June 2025."));
    }

    @Test
    void monthAndDayTakeThePublicationYear() {
        assertEquals(Optional.of(LocalDate.of(2026, 1, 7)), withDate.resolve("She was shot on January 7."));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 7)), withDate.resolve("She was shot on Jan. 7."));
        assertEquals(Optional.empty(), without.resolve("She was shot on January 7."));
    }

    @Test
    void weekdaysAndYesterdayResolveBackwards() {
        assertEquals(Optional.of(LocalDate.of(2026, 2, 3)), withDate.resolve("They met on Tuesday."));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 8)), withDate.resolve("They met on Sunday."));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 7)), withDate.resolve("They met yesterday."));
        assertEquals(Optional.empty(), without.resolve("They met on Tuesday."));
    }
}
