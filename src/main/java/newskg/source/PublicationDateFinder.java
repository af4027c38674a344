package newskg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date an article's body states, for articles whose metadata gives none:
 * <ol>
 *   <li>a dateline: a short line just below the headline holding a full date ("Feb 8, 2026",
 *       "2:37 PM - Friday, December 5, 2025"), or a wire dateline opening the text
 *       ("WASHINGTON, Jan. 8, 2026 (Reuters) -");</li>
 *   <li>else a publication note anywhere in the text ("Published 3 May 2025", "Posted on May 3, 2025").</li>
 * </ol>
 * A wire dateline without a year ("WASHINGTON, Jan. 8 (Reuters) -") takes the year of the latest date the
 * text writes with a month and year, or the year after when the dateline's day would come before that
 * date; a text that writes no such date gives no publication date.
 * <pre>
 *   Optional&lt;PublicationDate&gt; p = PublicationDateFinder.find(text, true);
 * </pre>
 * Thread-safe (stateless).
 */
public final class PublicationDateFinder {
    /** How many short lines below the title are read as a dateline. */
    private static final int DATELINE_LINES = 6;
    private static final int DATELINE_MAX_CHARS = 60;
    /** "WASHINGTON, Jan. 8 (Reuters) -", "NEW YORK (AP) --", "MENOMONEE FALLS, Wis., May 1, 2025 -". */
    private static final Pattern WIRE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'\u2019-]+(?:,\\s*[\\p{L}. ]{2,20})?,?\\s+(" + Dates.MONTH + ")\\s+(\\d{1,2})"
                    + "(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:-{1,2}|\u2014|\u2013)");
    private static final Pattern NOTE = Pattern.compile(
            "(?im)^\\s*(?:first\\s+)?(?:published|posted)(?:\\s+(?:on|at))?\\s*:?\\s*(.{6,60}?)\\s*$");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + Dates.MONTH + ")\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(\\d{4})\\b"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(" + Dates.MONTH + ")\\s*,?\\s+(\\d{4})\\b");

    private PublicationDateFinder() {
    }

    /**
     * The publication date {@code text} states.
     *
     * @param titleLine whether the first non-blank line is the headline (a bare text file); when the title
     *                  comes from metadata the dateline may be the first line
     */
    public static Optional<PublicationDate> find(String text, boolean titleLine) {
        Optional<LocalDate> d = dateLine(text, titleLine).or(() -> wireDateline(text));
        if (d.isPresent()) {
            return d.map(day -> PublicationDate.of(day, DateSource.DATELINE));
        }
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> note = Dates.firstFullDate(m.group(1));
            if (note.isPresent()) {
                return note.map(day -> PublicationDate.of(day, DateSource.TEXT));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> dateLine(String text, boolean titleLine) {
        String[] lines = text.split("\n", 64);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (titleLine) {
            i++;
        }
        int seen = 0;
        for (int j = i; j < lines.length && seen < DATELINE_LINES; j++) {
            String line = lines[j].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > DATELINE_MAX_CHARS) {
                break;
            }
            Optional<LocalDate> d = Dates.firstFullDate(line);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> wireDateline(String text) {
        Matcher m = WIRE.matcher(text.stripLeading());
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<Month> month = Dates.month(m.group(1));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(2));
        try {
            if (m.group(3) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month.get(), day));
            }
            Optional<LocalDate> latest = latestMonthAndYear(text.substring(m.end()));
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            LocalDate d = LocalDate.of(latest.get().getYear(), month.get(), day);
            return Optional.of(d.isBefore(latest.get()) ? d.plusYears(1) : d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The latest date written with a month and a year ("May 2024" as its first day, "May 3, 2025"). */
    private static Optional<LocalDate> latestMonthAndYear(String text) {
        LocalDate latest = null;
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            String monthWord = m.group(1) != null ? m.group(1) : m.group(3);
            String year = m.group(2) != null ? m.group(2) : m.group(4);
            Optional<Month> month = Dates.month(monthWord);
            if (month.isEmpty()) {
                continue;
            }
            LocalDate first = LocalDate.of(Integer.parseInt(year), month.get(), 1);
            if (latest == null || first.isAfter(latest)) {
                latest = first;
            }
        }
        return Optional.ofNullable(latest);
    }
}
