package newskg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute dates as news text writes them: {@code Feb 8, 2026}, {@code February 8 2026},
 * {@code 8 February 2026}, {@code 2026-02-08}; {@code 08/02/2026} is ambiguous and not read.
 * <pre>
 *   Optional&lt;LocalDate&gt; d = Dates.firstFullDate("Published Feb 8, 2026 at 10:00");
 * </pre>
 * Thread-safe (stateless).
 */
public final class Dates {
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("sept", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER));

    /** Month names and their usual abbreviations, as a regular-expression alternative. */
    public static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** A weekday before a date: "Friday, December 5, 2025". */
    private static final String WEEKDAY_PREFIX =
            "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
    private static final Pattern WHOLE = Pattern.compile("\\s*" + WEEKDAY_PREFIX
            + "(?:" + MONTH_DAY_YEAR.pattern() + "|" + DAY_MONTH_YEAR.pattern() + ")\\.?\\s*");

    private Dates() {
    }

    /** The month a name or abbreviation such as {@code Jan.} or {@code September} stands for. */
    public static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.length() < 3) {
            return Optional.empty();
        }
        Month m = MONTHS.get(w.substring(0, 3));
        if (m == null || !m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                .toLowerCase(Locale.ROOT).startsWith(w.equals("sept") ? "sep" : w)) {
            return Optional.empty();
        }
        return Optional.of(m);
    }

    /** The first complete date (day, month and year) written in {@code text}, if any. */
    public static Optional<LocalDate> firstFullDate(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return of(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return of(m.group(3), month(m.group(2)), m.group(1));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The date {@code text} is, when it is nothing but a written date, perhaps after a weekday:
     * {@code Friday, December 5, 2025}, {@code 5 December 2025}.
     */
    public static Optional<LocalDate> wholeDate(String text) {
        Matcher m = WHOLE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return m.group(1) != null ? of(m.group(3), month(m.group(1)), m.group(2)) : of(m.group(6), month(m.group(5)), m.group(4));
    }

    private static Optional<LocalDate> of(String year, Optional<Month> month, String day) {
        if (month.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month.get(), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
