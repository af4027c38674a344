package newskg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date as precisely as the text gives it: a day ("on May 3"), a month ("in June", "last month") or a
 * year ("in 2019", "24 years ago").
 * <pre>
 *   PartialDate.of(YearMonth.of(2025, 6)).toString();   // "2025-06"
 * </pre>
 *
 * @param first     the first day it covers: the day, the month's first day or the year's
 * @param precision how much of it the text gives
 */
public record PartialDate(LocalDate first, Precision precision) {
    /** How much of a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(precision, "precision");
        if (precision == Precision.MONTH && first.getDayOfMonth() != 1
                || precision == Precision.YEAR && first.getDayOfYear() != 1) {
            throw new IllegalArgumentException("a " + precision + " date starts on its first day: " + first);
        }
    }

    public static PartialDate of(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.atDay(1), Precision.MONTH);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /**
     * The most precise date that covers every day from {@code from} to {@code to}: the day when they are one,
     * their month or year when they share it, else {@code null} ("last week" across a new year).
     */
    public static PartialDate covering(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return of(from);
        }
        if (YearMonth.from(from).equals(YearMonth.from(to))) {
            return of(YearMonth.from(from));
        }
        return from.getYear() == to.getYear() ? ofYear(from.getYear()) : null;
    }

    /** The day, when the date is one; else {@code null}. */
    public LocalDate day() {
        return precision == Precision.DAY ? first : null;
    }

    /** ISO 8601 at its precision: {@code 2025}, {@code 2025-06} or {@code 2025-06-14} (xsd:gYear, gYearMonth, date). */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", first.getYear());
            case MONTH -> YearMonth.from(first).toString();
            case DAY -> first.toString();
        };
    }
}
