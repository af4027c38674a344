package newskg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.source.Dates;

/**
 * Resolves the date a sentence gives an event: absolute dates as written ("January 7, 2026"), a month
 * and day without a year in the publication year, weekdays, "yesterday" and "today" against the
 * publication date (the latest such day on or before it). Without a publication date only dates that
 * state their year resolve. Thread-safe (stateless).
 */
public final class DateResolver {
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + Dates.MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on|last|this|since|from|until|by)?\\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in|since|from|by|until|of|on|last|during)\\s+(" + Dates.MONTH
            + ")\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|from|by|until|during)\\s+((?:19|20)\\d{2})\\b");

    private final LocalDate published;

    /** @param published the article's publication date, or {@code null} when unknown */
    public DateResolver(LocalDate published) {
        this.published = published;
    }

    /** The date {@code text} (a sentence or clause) gives, if it gives one. */
    public Optional<LocalDate> resolve(String text) {
        Optional<LocalDate> full = Dates.firstFullDate(text);
        if (full.isPresent()) {
            return full;
        }
        Matcher m = MONTH_DAY.matcher(text);
        if (m.find() && published != null) {
            Optional<Month> month = Dates.month(m.group(1));
            if (month.isPresent()) {
                try {
                    return Optional.of(LocalDate.of(published.getYear(), month.get(), Integer.parseInt(m.group(2))));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        if (published == null) {
            return Optional.empty();
        }
        m = WEEKDAY.matcher(text);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(published.with(TemporalAdjusters.previousOrSame(day)));
        }
        m = RELATIVE.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1).equalsIgnoreCase("yesterday") ? published.minusDays(1) : published);
        }
        return Optional.empty();
    }

    /**
     * The date {@code text} gives, as precisely as it gives it: a day ({@link #resolve}), else a month
     * and year ("in May 2024": {@link YearMonth}), else a year after a preposition ("since 2019":
     * {@link Year}).
     */
    public Optional<Temporal> resolveIn(String text) {
        Optional<LocalDate> day = resolve(text);
        if (day.isPresent()) {
            return Optional.of(day.get());
        }
        Matcher m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            Optional<Month> month = Dates.month(m.group(1));
            if (month.isPresent()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month.get()));
            }
        }
        m = YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(Year.of(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }
}
