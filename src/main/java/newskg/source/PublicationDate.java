package newskg.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * When an article was published, as precisely as its source says: a day, a local date and time, or a
 * date and time with its offset from UTC; and where that was found.
 * <pre>
 *   PublicationDate p = PublicationDate.parse("2025-09-02T14:30:00+02:00", DateSource.METADATA).orElseThrow();
 *   p.date();      // 2025-09-02, the day where it was published
 *   p.lexical();   // "2025-09-02T14:30:00+02:00", an xsd:dateTime
 * </pre>
 *
 * @param value  a {@link LocalDate}, {@link LocalDateTime} or {@link OffsetDateTime}
 * @param source where the date was found
 */
public record PublicationDate(Temporal value, DateSource source) {
    private static final Pattern SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}.*)$");
    /** A compact offset such as +0200, which ISO 8601 allows and java.time's ISO parser does not. */
    private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

    private static final List<Function<String, Temporal>> PARSERS = List.of(
            LocalDate::parse,
            LocalDateTime::parse,
            OffsetDateTime::parse,
            s -> OffsetDateTime.parse(COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2")),
            s -> ZonedDateTime.parse(s).toOffsetDateTime(),
            s -> OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));

    public PublicationDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (!(value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime)) {
            throw new IllegalArgumentException("publication date must be a LocalDate, LocalDateTime or OffsetDateTime: "
                    + value.getClass().getSimpleName());
        }
    }

    /** A day. */
    public static PublicationDate of(LocalDate day, DateSource source) {
        return new PublicationDate(day, source);
    }

    /**
     * Reads a date as metadata gives it: an ISO 8601 date ({@code 2025-09-02}), date-time with or without
     * an offset or zone ({@code 2025-09-02T14:30}, {@code 2025-09-02 14:30:00Z},
     * {@code 2025-09-02T14:30:00+02:00[Europe/Paris]}), an RFC 1123 date as feeds write it
     * ({@code Tue, 2 Sep 2025 14:30:00 GMT}), or a written date and nothing else ({@code September 2, 2025}).
     *
     * @return empty when {@code text} is none of these
     */
    public static Optional<PublicationDate> parse(String text, DateSource source) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        s = SPACE_TIME.matcher(s).replaceFirst("$1T$2");
        for (Function<String, Temporal> p : PARSERS) {
            try {
                return Optional.of(new PublicationDate(p.apply(s), source));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Dates.wholeDate(s).map(d -> new PublicationDate(d, source));
    }

    /** The day of publication, in the publisher's own offset when one is given. */
    public LocalDate date() {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        return ((OffsetDateTime) value).toLocalDate();
    }

    /** Whether a time of day is known (then {@link #lexical()} is an xsd:dateTime, else an xsd:date). */
    public boolean hasTime() {
        return !(value instanceof LocalDate);
    }

    /** The XML Schema lexical form: {@code 2025-09-02}, {@code 2025-09-02T14:30:00} or {@code 2025-09-02T14:30:00Z}. */
    public String lexical() {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value);
    }

    @Override
    public String toString() {
        return lexical() + " (" + source.name().toLowerCase(Locale.ROOT) + ")";
    }
}
