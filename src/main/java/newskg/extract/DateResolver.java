package newskg.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.source.Dates;

/**
 * Resolves the date a sentence gives an event, at the precision the sentence gives it:
 * <ul>
 *   <li>dates as written: "January 7, 2026", "7 January 2026", "2026-01-07"; "January 2025" (a month);
 *       "in 2019", "the 2024 election" (a year);</li>
 *   <li>against the publication date: weekdays ("on Monday" is the last Monday on or before publication,
 *       the next one when the clause speaks of the future: "will meet on Monday"; "last Monday",
 *       "next Monday"), "yesterday", "today", "tonight", "tomorrow", "last night", "this morning", "effective immediately";
 *       "last week", "this month", "next year", "earlier this year", "over the weekend"; "24 years ago";
 *       "that morning", "the same day" (the day the sentence, or the sentences before it, gave last);
 *       a month and day without a year ("on Jan. 8", "8 January") and a month alone ("in June"), in the
 *       year that puts them in the past (or, speaking of the future, the future) of publication, else the
 *       nearest.</li>
 * </ul>
 * The date is a {@link LocalDate}, a {@link YearMonth} or a {@link Year}, as precise as the text: a week that
 * spans two months gives the year that covers it.
 * Phrases that bound a span rather than date a happening ("since 2019", "until Friday", "by March") are
 * passed over. A sentence without any of these gives no date: the publication date alone never dates an
 * event. Without a publication date only dates that state their year resolve.
 * <pre>
 *   new DateResolver(LocalDate.of(2026, 2, 8)).resolve("They met on Tuesday.");   // 2026-02-03
 * </pre>
 * Thread-safe (immutable).
 */
public final class DateResolver {
    private static final String M = Dates.MONTH;
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    /** Words before a date that make it the bound of a span, not the day something happened. */
    private static final Set<String> BOUNDS = Set.of("since", "until", "till", "by", "before", "after", "from",
            "through", "between");
    /** Parts of words, one of which every date phrase below contains, in any case ... */
    private static final List<String> DATE_STEMS = List.of("day", "night", "morning", "afternoon", "evening", "week",
            "month", "year", "ago", "immediate", "tomorrow");
    /** ... or a month, which the patterns read only capitalised ("May", not the verb "may"). */
    private static final List<String> MONTH_STEMS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?i)\\b(since|until|till|by|before|after|from|through|between|ahead of)\\s+(?:(?:the|last|this|next|early|"
                    + "late|mid-?)\\s+)?$");
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile(
            "(?i)\\b(?:more than|less than|fewer than|over|under|about|around|nearly|almost|roughly|some|at least|"
                    + "up to|just over|just under)\\s+$");

    private static final Pattern FULL_MDY = Pattern.compile(
            "(?:" + WEEKDAY + ",?\\s+)?\\b(" + M + ")\\s+(\\d{1,2})" + ORD + "(?:,\\s*|\\s+)(\\d{4})\\b");
    private static final Pattern FULL_DMY = Pattern.compile(
            "(?:" + WEEKDAY + ",?\\s+)?\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M + ")\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + M + ")\\s*,?\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:" + WEEKDAY + ",?\\s+)?\\b(" + M + ")\\s+(\\d{1,2})" + ORD + "\\b(?![\\d:.,]\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?(" + M + ")(?!\\w)");
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "\\b(in|during|early|late|mid|last|this|next|of|since|until|till|by|from|before|after)(?:\\s+|-)(" + M
                    + ")(?!\\w)(?!\\.?\\s*\\d)");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(in|during|of|early|late|mid|the|since|until|till|by|from|before|after|through)(?:\\s+|-)((?:19|20)\\d{2})"
                    + "\\b(?![-,.]\\d|\\s*%)(?:\\s+(\\w+))?");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+(day|week|month|year|decade)s?\\s+ago\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "(?i)\\b(yesterday|today|tonight|tomorrow|last night|(?:earlier |early |late )?this (?:morning|afternoon|evening)"
                    + "|effective immediately|with immediate effect)\\b");
    /** A day named by reference to one the sentence has already given ("late Monday ... that morning"). */
    private static final Pattern SAME_DAY = Pattern.compile(
            "(?i)\\b(?:(?:earlier|later) )?(?:that (?:morning|afternoon|evening|night|day)|the same day)\\b");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?i)\\b(last|this|next|earlier this|later this|early this|late this|(?:over|at|on) the)\\s+(week|month|year|weekend)\\b");
    private static final Pattern WEEKDAY_PHRASE = Pattern.compile(
            "\\b(?:(last|this|next|on|late|early)\\s+)?" + WEEKDAY + "\\b");
    /** Weekday words that name something else: holidays, newspapers, programmes. */
    private static final Pattern NOT_A_WEEKDAY_BEFORE = Pattern.compile(
            "\\b(?:Black|Cyber|Super|Good|Ash|Bloody|Easter|Palm|Holy|Maundy|Shrove|Giving|Mail on|Business|Big)\\s+$");
    private static final Pattern NOT_A_WEEKDAY_AFTER = Pattern.compile(
            "^(?:'s)?\\s+(?:Times|Telegraph|Herald|Express|Mirror|Post|Mail|People|Independent|Night Football|"
                    + "Night Live|Sport|Star|Tribune|Morning Herald|Service|School|Show)\\b");
    private static final Pattern NOT_TODAY = Pattern.compile(
            "(?i)(?:USA\\s+$)|(?:^(?:'s)?\\s+(?:show|programme|program)\\b)");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));
    /** Nouns that "the 2024 ..." dates: plural words otherwise read as a count ("the 2000 troops"). */
    private static final Set<String> YEAR_PLURALS = Set.of("elections", "olympics", "games", "midterms", "polls",
            "finals", "playoffs", "protests", "riots", "talks", "awards", "oscars");

    /** Reads relative phrases when the article's date is unknown, to tell which words are a date at all. */
    private static final DateResolver STAND_IN = new DateResolver(LocalDate.of(2000, 1, 1));

    /** How an event's date was found ({@code nkg:dateMethod}): a date phrase in its own sentence. */
    public static final String STATED = "date:stated";
    /** The story's day: the day the sentences before gave, the news of the week of publication. */
    public static final String STORY_DAY = "date:story-day";
    /** A present perfect in the article's lead ("has been fired"): news of the day of publication. */
    public static final String NEWS_PERFECT = "date:news-perfect";
    /** How many days before publication a day may be and still be the story's day. */
    private static final int STORY_WEEK = 7;

    private final LocalDate published;
    /** The last day the text before this sentence gave, which "that morning" refers to; or {@code null}. */
    private final LocalDate antecedent;
    /**
     * The story's day at this sentence: the last date the sentences before gave, when it is a day of the week
     * before publication and no other date followed it; or {@code null}.
     */
    private final LocalDate storyDay;
    /**
     * The news day at this sentence: the first day the sentences before gave that is in the week before
     * publication, the day the article's news happened; or {@code null}.
     */
    private final LocalDate newsDay;
    /** Whether this sentence is in the article's lead, its first paragraph. */
    private final boolean lead;
    /** The sentence {@link #perSentence} made this resolver for, and its phrases (read once); or nulls. */
    private final String sentence;
    private final List<Phrase> sentencePhrases;

    /** @param published the article's publication date, or {@code null} when unknown */
    public DateResolver(LocalDate published) {
        this.published = published;
        this.antecedent = null;
        this.storyDay = null;
        this.newsDay = null;
        this.lead = false;
        this.sentence = null;
        this.sentencePhrases = null;
    }

    private DateResolver(LocalDate published, LocalDate antecedent, LocalDate storyDay, LocalDate newsDay,
                         boolean lead, String sentence) {
        this.published = published;
        this.antecedent = antecedent;
        this.storyDay = storyDay;
        this.newsDay = newsDay;
        this.lead = lead;
        this.sentence = sentence;
        this.sentencePhrases = List.copyOf(findPhrases(sentence));
    }

    /**
     * One resolver for each of {@code sentences} (an article's, in order), each knowing the last day the
     * sentences before it gave: "that morning" in a sentence without a day of its own is that day.
     */
    public List<DateResolver> perSentence(List<String> sentences) {
        return perSentence(sentences, 0, i -> false);
    }

    /**
     * As {@link #perSentence(List)}, each resolver knowing the story's day and the news day for
     * {@link #untold}: the first {@code leadSize} sentences are the article's lead, and {@code perfect} tells
     * which sentences report a happening in the present perfect ("has been fired"); a lead that does so
     * without a date phrase gives its news the day of publication, which later statements take as the news day.
     */
    public List<DateResolver> perSentence(List<String> sentences, int leadSize, IntPredicate perfect) {
        List<DateResolver> out = new ArrayList<>(sentences.size());
        LocalDate last = null;
        LocalDate story = null;
        LocalDate news = null;
        for (String sentence : sentences) {
            DateResolver here = new DateResolver(published, last, story, news, out.size() < leadSize, sentence);
            out.add(here);
            for (Phrase p : here.sentencePhrases) {
                if (p.bound()) {
                    continue;
                }
                if (p.date() instanceof LocalDate d) {
                    last = d;
                }
                story = p.date() instanceof LocalDate d && inWeekBefore(d) ? d : null;
                news = news == null ? story : news;
            }
            if (news == null && published != null && here.lead && here.sentencePhrases.isEmpty()
                    && perfect.test(out.size() - 1)) {
                news = published;
            }
        }
        return out;
    }

    /**
     * The date of a happening its sentence reports without any date phrase of its own, from how its verb
     * reports it ({@link VerbGroup}): a past or a present perfect, after sentences that gave the story's
     * day ("was sentenced Wednesday" ... "the judge said"), is of that day ({@link #STORY_DAY}); a present
     * perfect in the lead ("has been fired") is news of the day of publication ({@link #NEWS_PERFECT}).
     * Nothing else is dated this way: not a sentence with a date phrase of its own (even one that bounds a
     * span: "has served since 2019"), unless the phrase is in a clause of what will or would be ("has been
     * brought in and will take charge on Wednesday"); not a past perfect, a future or a present; nothing in
     * an article without a publication date. Only for a resolver {@link #perSentence} made.
     *
     * @param anchor the offset of the happening's verb in this resolver's sentence
     */
    public Optional<Dated> untold(VerbGroup.Aspect aspect, int anchor) {
        return untold(aspect, anchor, false);
    }

    /**
     * As {@link #untold(VerbGroup.Aspect, int)}, for a statement when {@code statement} is set: a report of
     * what someone said ("the judge said") is of the news day, the first day of the week before publication
     * the sentences before gave (or the day of publication after a lead in the present perfect), rather
     * than the last day they gave (a day the statement may speak of).
     */
    public Optional<Dated> untold(VerbGroup.Aspect aspect, int anchor, boolean statement) {
        if (sentencePhrases == null || published == null) {
            return Optional.empty();
        }
        for (Phrase p : sentencePhrases) {
            if (p.bound() || !conditional(sentence, p.start(), p.end())
                    || tense(sentence, anchor, anchor) != Tense.PAST) {
                return Optional.empty();
            }
        }
        LocalDate day = statement ? newsDay : storyDay;
        if (day != null && (aspect == VerbGroup.Aspect.PAST || aspect == VerbGroup.Aspect.PERFECT)) {
            return Optional.of(new Dated(day, STORY_DAY));
        }
        if (lead && aspect == VerbGroup.Aspect.PERFECT) {
            return Optional.of(new Dated(published, NEWS_PERFECT));
        }
        return Optional.empty();
    }

    /** Whether {@code d} is the day of publication or one of the week before it. */
    private boolean inWeekBefore(LocalDate d) {
        return published != null && !d.isAfter(published) && !d.isBefore(published.minusDays(STORY_WEEK));
    }

    /** An event's date and how it was found ({@link #STATED}, {@link #STORY_DAY}, {@link #NEWS_PERFECT}). */
    public record Dated(Temporal date, String method) {
        public Dated {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(method, "method");
        }
    }

    /** The date {@code text} (a sentence or clause) gives, if it gives one: its first date phrase. */
    public Optional<Temporal> resolve(String text) {
        return resolve(text, -1);
    }

    /**
     * The date {@code text} gives the happening at {@code anchor} (an offset in {@code text}, such as the
     * trigger word's): of several date phrases, the nearest to it.
     *
     * @param anchor an offset in {@code text}, or -1 for the first phrase
     */
    public Optional<Temporal> resolve(String text, int anchor) {
        List<Phrase> phrases = phrases(text);
        // a happening reported as past is not dated by a clause that speaks of what would or will be
        boolean past = anchor >= 0 && anchor <= text.length() && tense(text, anchor, anchor) == Tense.PAST;
        Phrase best = null;
        for (Phrase p : phrases) {
            if (p.bound() || past && conditional(text, p.start(), p.end())) {
                continue;
            }
            if (best == null || anchor >= 0 && p.distance(anchor) < best.distance(anchor)) {
                best = p;
            }
        }
        return best == null ? Optional.empty() : Optional.ofNullable(best.date());
    }

    /**
     * The date {@code text} gives, as precisely as it gives it, the bound of a span included: for a clause
     * that dates a change ("was appointed chair in May 2024") or states when a post was held ("since 2019",
     * "until March 2024"). A phrase that dates a happening is preferred to one that bounds a span.
     */
    public Optional<Temporal> resolveIn(String text) {
        return resolveIn(text, 0, text.length());
    }

    /**
     * As {@link #resolveIn(String)}, for the clause {@code [from, to)} of {@code sentence}: only phrases in
     * the clause count, but a phrase that refers to a day given earlier in the sentence ("that morning")
     * resolves against the whole sentence.
     */
    public Optional<Temporal> resolveIn(String sentence, int from, int to) {
        Phrase bound = null;
        for (Phrase p : phrases(sentence)) {
            if (p.start() < from || p.end() > to) {
                continue;
            }
            if (!p.bound()) {
                return Optional.ofNullable(p.date());
            }
            bound = bound == null ? p : bound;
        }
        return bound == null ? Optional.empty() : Optional.ofNullable(bound.date());
    }

    /**
     * A date phrase found: where it is, the date it gives ({@code null} when it gives none), whether it
     * bounds a span ("since 2019", "until Friday") rather than dates a happening, and whether it is a date
     * that cannot be told ("about 20 years ago"; "on Monday" in an article of unknown date): such a phrase
     * still dates what it is nearest to, as unknown, so that a farther phrase does not.
     */
    private record Phrase(int start, int end, Temporal date, boolean bound, boolean unknown) {
        int distance(int at) {
            return at < start ? start - at : at >= end ? at - end + 1 : 0;
        }

        int length() {
            return end - start;
        }
    }

    /** The date phrases of {@code text}: those read already when it is this resolver's sentence. */
    private List<Phrase> phrases(String text) {
        return text.equals(sentence) ? sentencePhrases : findPhrases(text);
    }

    private List<Phrase> findPhrases(String text) {
        Cues cues = Cues.of(text);
        if (!cues.any()) {
            return List.of();
        }
        // each pattern is tried only on a sentence that holds what it must match: most hold few of these
        boolean digit = cues.digit();
        boolean month = cues.month();
        String lower = cues.lower();
        boolean dayWord = lower.contains("day") || lower.contains("night") || lower.contains("morning")
                || lower.contains("afternoon") || lower.contains("evening");
        List<Phrase> found = new ArrayList<>();
        if (digit && month) {
            find(found, text, FULL_MDY, m -> day(m.group(4), m.group(2), m.group(3)));
            find(found, text, FULL_DMY, m -> day(m.group(4), m.group(3), m.group(2)));
            find(found, text, MONTH_YEAR, m -> Dates.month(m.group(1))
                    .map(mo -> YearMonth.of(num(m.group(2)), mo)).orElse(null));
        }
        if (digit) {
            find(found, text, ISO, m -> {
                try {
                    return LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            });
            find(found, text, YEAR, m -> {
                String next = m.group(3);
                if (m.group(1).equals("the") && next != null && !YEAR_PLURALS.contains(next.toLowerCase(Locale.ROOT))
                        && (Character.isUpperCase(next.charAt(0)) || next.endsWith("s"))) {
                    return null; // "the 2000 troops", "the 1500 Americans": a count
                }
                return Year.of(num(m.group(2)));
            });
        }
        // phrases relative to the publication date; without one, they are read against a stand-in date
        // to tell what is a date phrase at all, and kept as dates that cannot be told
        DateResolver relative = published != null ? this : STAND_IN;
        List<Phrase> relatives = new ArrayList<>();
        if (month) {
            if (digit) {
                find(relatives, text, MONTH_DAY, m -> relative.monthDay(text, m, m.group(2), m.group(3)));
                find(relatives, text, DAY_MONTH, m -> relative.monthDay(text, m, m.group(2), m.group(1)));
            }
            find(relatives, text, MONTH_ALONE, m -> relative.month(text, m));
        }
        if (lower.contains("ago")) {
            find(relatives, text, AGO, relative::ago);
        }
        if (dayWord || lower.contains("tomorrow") || lower.contains("immediate")) {
            find(relatives, text, RELATIVE_DAY, m -> relative.relativeDay(text, m));
        }
        if (lower.contains("week") || lower.contains("month") || lower.contains("year")) {
            find(relatives, text, RELATIVE_PERIOD, m -> relative.period(text, m));
        }
        if (text.contains("day")) {
            find(relatives, text, WEEKDAY_PHRASE, m -> relative.weekday(text, m));
        }
        for (Phrase p : relatives) {
            found.add(published != null || p.date() == null ? p : new Phrase(p.start(), p.end(), null, p.bound(), true));
        }
        if (dayWord) {
            findSameDay(found, text);
        }
        // the longest phrase wins where two overlap ("Friday, December 5, 2025" over "Friday")
        found.sort(Comparator.comparingInt(Phrase::length).reversed().thenComparingInt(Phrase::start));
        List<Phrase> kept = new ArrayList<>();
        for (Phrase p : found) {
            if (kept.stream().noneMatch(k -> k.start() < p.end() && p.start() < k.end())) {
                kept.add(p);
            }
        }
        kept.removeIf(p -> p.date() == null && !p.unknown());
        kept.sort(Comparator.comparingInt(Phrase::start));
        return kept;
    }

    /**
     * Adds "that morning", "the same day" ...: the day of the nearest day-precise phrase before it in the
     * text, else the day the sentences before gave ({@link #perSentence}), else no date (the phrase still
     * covers its words).
     */
    private void findSameDay(List<Phrase> found, String text) {
        Matcher m = SAME_DAY.matcher(text);
        while (m.find()) {
            Phrase antecedent = null;
            for (Phrase p : found) {
                if (p.end() <= m.start() && p.date() instanceof LocalDate && !p.bound()
                        && (antecedent == null || p.end() > antecedent.end())) {
                    antecedent = p;
                }
            }
            Temporal day = antecedent != null ? antecedent.date() : this.antecedent;
            found.add(new Phrase(m.start(), m.end(), day, false, false));
        }
    }

    /**
     * Whether {@code text} has a word that every date phrase needs: a digit, a capitalised month, a word
     * ending in "day" or "night", morning ... year, "ago", "immediate". Most sentences have none, and one look
     * for these is much cheaper than every pattern's search.
     */
    static boolean mayHoldDate(String text) {
        return Cues.of(text).any();
    }

    /** What a sentence holds that date patterns need, looked for once: a digit, a capitalised month, its lower case. */
    private record Cues(boolean digit, boolean month, String lower) {
        static Cues of(String text) {
            boolean digit = false;
            for (int i = 0; i < text.length() && !digit; i++) {
                digit = Character.isDigit(text.charAt(i));
            }
            return new Cues(digit, MONTH_STEMS.stream().anyMatch(text::contains), text.toLowerCase(Locale.ROOT));
        }

        boolean any() {
            return digit || month || DATE_STEMS.stream().anyMatch(lower::contains);
        }
    }

    /** Adds each match of {@code p}: an approximate phrase is kept as a date that cannot be told. */
    private static void find(List<Phrase> found, String text, Pattern p, Function<Matcher, Temporal> date) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 24), m.start());
            boolean bound = BOUND_BEFORE.matcher(before).find() || BOUNDS.contains(firstWord(m.group()));
            boolean approximate = APPROXIMATE_BEFORE.matcher(before).find();
            found.add(approximate ? new Phrase(m.start(), m.end(), null, bound, true)
                    : new Phrase(m.start(), m.end(), date.apply(m), bound, false));
        }
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return (sp < 0 ? s : s.substring(0, sp)).toLowerCase(Locale.ROOT);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static Temporal day(String year, String month, String day) {
        Optional<Month> mo = Dates.month(month);
        if (mo.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(num(year), mo.get(), num(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A month and day without a year: the year that fits the clause's tense, else the nearest. */
    private Temporal monthDay(String text, Matcher m, String month, String day) {
        Optional<Month> mo = Dates.month(month);
        if (mo.isEmpty()) {
            return null;
        }
        Tense tense = tense(text, m.start(), m.end());
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d;
            try {
                d = LocalDate.of(y, mo.get(), num(day));
            } catch (DateTimeException e) {
                continue;
            }
            if (tense == Tense.PAST && d.isAfter(published) || tense == Tense.FUTURE && d.isBefore(published)) {
                continue;
            }
            long gap = Math.abs(ChronoUnit.DAYS.between(published, d));
            long bestGap = best == null ? Long.MAX_VALUE : Math.abs(ChronoUnit.DAYS.between(published, best));
            if (gap < bestGap) {
                best = d;
            }
        }
        return best == null ? null : best;
    }

    /** A month alone ("in June", "last March"): the year that fits, as for a month and day. */
    private Temporal month(String text, Matcher m) {
        Optional<Month> mo = Dates.month(m.group(2));
        if (mo.isEmpty()) {
            return null;
        }
        String modifier = m.group(1).toLowerCase(Locale.ROOT);
        YearMonth now = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), mo.get());
        Tense tense = switch (modifier) {
            case "last" -> Tense.PAST;
            case "next" -> Tense.FUTURE;
            case "this" -> Tense.UNKNOWN;
            default -> tense(text, m.start(), m.end());
        };
        if (modifier.equals("last")) {
            return same.isBefore(now) ? same : same.minusYears(1);
        }
        if (modifier.equals("next")) {
            return same.isAfter(now) ? same : same.plusYears(1);
        }
        if (tense == Tense.PAST) {
            return same.isAfter(now) ? same.minusYears(1) : same;
        }
        if (tense == Tense.FUTURE) {
            return same.isBefore(now) ? same.plusYears(1) : same;
        }
        long gap = ChronoUnit.MONTHS.between(now, same);
        return gap > 6 ? same.minusYears(1) : gap < -6 ? same.plusYears(1) : same;
    }

    private Temporal ago(Matcher m) {
        String n = m.group(1).toLowerCase(Locale.ROOT);
        int count = Character.isDigit(n.charAt(0)) ? num(n) : NUMBERS.getOrDefault(n, -1);
        if (count < 0) {
            return null;
        }
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> published.minusDays(count);
            case "week" -> week(published.minusWeeks(count));
            case "month" -> YearMonth.from(published).minusMonths(count);
            case "year" -> Year.of(published.getYear() - count);
            default -> Year.of(published.getYear() - 10 * count);
        };
    }

    private Temporal relativeDay(String text, Matcher m) {
        String w = m.group(1).toLowerCase(Locale.ROOT);
        if (w.equals("today") && (NOT_TODAY.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                || NOT_TODAY.matcher(text.substring(m.end())).find())) {
            return null; // "USA Today", "the Today programme"
        }
        return switch (w) {
            case "yesterday", "last night" -> published.minusDays(1);
            case "tomorrow" -> published.plusDays(1);
            default -> published;
        };
    }

    private Temporal period(String text, Matcher m) {
        String which = m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        if (which.endsWith(" the")) {
            if (!unit.equals("weekend")) {
                return null; // "over the year": a span
            }
            shift = tense(text, m.start(), m.end()) == Tense.FUTURE ? 1 : -1;
        }
        return switch (unit) {
            case "year" -> Year.of(published.getYear() + shift);
            case "month" -> YearMonth.from(published).plusMonths(shift);
            case "week" -> week(published.plusWeeks(shift));
            default -> weekend(which, shift, text, m);
        };
    }

    /**
     * The most precise date that covers every day from {@code from} to {@code to}: the day when they are one,
     * their month or year when they share it, else {@code null} ("last week" across a new year).
     */
    private static Temporal covering(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return from;
        }
        if (YearMonth.from(from).equals(YearMonth.from(to))) {
            return YearMonth.from(from);
        }
        return from.getYear() == to.getYear() ? Year.of(from.getYear()) : null;
    }

    /** The month or year covering the Monday-to-Sunday week of {@code day}. */
    private static Temporal week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return covering(monday, monday.plusDays(6));
    }

    private Temporal weekend(String which, int shift, String text, Matcher m) {
        boolean future = which.equals("next") || which.equals("this") && tense(text, m.start(), m.end()) == Tense.FUTURE
                || shift > 0;
        LocalDate saturday = future ? published.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                : published.getDayOfWeek() == DayOfWeek.SUNDAY ? published.minusDays(1)
                : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (which.equals("last") && !saturday.plusDays(1).isBefore(published)) {
            saturday = saturday.minusWeeks(1);
        }
        return covering(saturday, saturday.plusDays(1));
    }

    private Temporal weekday(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        if (NOT_A_WEEKDAY_BEFORE.matcher(before).find() || NOT_A_WEEKDAY_AFTER.matcher(text.substring(m.end())).find()) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        if (modifier.equals("last")) {
            return published.with(TemporalAdjusters.previous(day));
        }
        if (modifier.equals("next") || tense(text, m.start(), m.end()) == Tense.FUTURE) {
            return published.with(TemporalAdjusters.next(day));
        }
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private enum Tense { PAST, FUTURE, UNKNOWN }

    /** How many words on each side of a date phrase are read for its tense. */
    private static final int CLAUSE_SIDE = 12;
    /** Clause words that end the stretch read for tense. */
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "when", "while",
            "because", "but", "although", "though", "and", "as", "where", "if", "after", "before", "since", "until");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "\u2019ll", "upcoming", "scheduled",
            "slated", "planned", "tomorrow", "next");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "must", "can");
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("due", "set", "expected", "plans", "plan", "planning",
            "going", "is", "are", "poised");
    private static final Set<String> PAST = Set.of("was", "were", "had", "did", "said", "told", "met", "went", "came",
            "took", "gave", "made", "won", "lost", "held", "left", "began", "saw", "spoke", "wrote", "sent", "shot",
            "led", "fell", "rose", "ran", "found", "brought", "struck", "sold", "paid", "kept", "became", "quit",
            "ago", "been", "thought", "knew", "got", "chose", "drew", "grew", "fought", "sought", "caught", "taught",
            "bought", "built", "meant", "felt", "heard", "stood", "swore", "sworn");
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "seed", "feed", "bed", "red", "indeed",
            "proceed", "exceed", "succeed", "breed", "greed", "shed", "hundred", "sacred", "naked", "wicked");
    private static final Pattern WORD = Pattern.compile("[\\p{L}'\u2019]+|[;:!?\u201C\u201D\"\u2014\u2013]");

    /**
     * The tense of the clause around {@code [start, end)}: up to twelve words before and after, up to a
     * clause boundary (punctuation, quotation marks, "that", "which", "and" ...). The marker nearest the
     * phrase decides: a future one ("will", "scheduled", "tomorrow") or a past form ("was", "said", a word in
     * -ed not after "be"); without one, an intention ("is due to", "plans to") makes it future.
     */
    private static Tense tense(String text, int start, int end) {
        return tense(text, start, end, false);
    }

    /** The tense, with "would", "could", "may" ... counted as future when {@code modals} is set. */
    private static Tense tense(String text, int start, int end, boolean modals) {
        List<String> left = side(backwards(tokens(text.substring(Math.max(0, start - 120), start))));
        List<String> right = side(tokens(text.substring(end, Math.min(text.length(), end + 120))));
        // the nearest marker decides: "said on Monday that it will", "On Monday, the council will vote"
        for (int d = 0; d < Math.max(left.size(), right.size()); d++) {
            for (List<String> side : List.of(left, right)) {
                if (d < side.size()) {
                    Tense t = marker(side, d, side == left, modals);
                    if (t != Tense.UNKNOWN) {
                        return t;
                    }
                }
            }
        }
        List<String> all = backwards(left);
        all.addAll(right);
        for (int i = 0; i + 1 < all.size(); i++) {
            if (FUTURE_BEFORE_TO.contains(all.get(i).toLowerCase(Locale.ROOT)) && all.get(i + 1).equals("to")) {
                return Tense.FUTURE; // "is due to vote on Tuesday"
            }
        }
        return Tense.UNKNOWN;
    }

    /** The tense word {@code i} of one side of a clause marks ({@code leftward}: the side read backwards). */
    private static Tense marker(List<String> side, int i, boolean leftward, boolean modals) {
        String w = side.get(i).toLowerCase(Locale.ROOT);
        if (FUTURE.contains(w) || w.endsWith("'ll") || w.endsWith("\u2019ll") || modals && MODALS.contains(w)) {
            return Tense.FUTURE;
        }
        if (PAST.contains(w) || w.length() > 4 && w.endsWith("ed") && !NOT_PAST.contains(w)) {
            // "will be replaced", "to be held": a participle after "be" is not a past tense
            int prev = leftward ? i + 1 : i - 1;
            String before = prev >= 0 && prev < side.size() ? side.get(prev).toLowerCase(Locale.ROOT) : "";
            return before.equals("be") || before.equals("being") ? Tense.UNKNOWN : Tense.PAST;
        }
        return Tense.UNKNOWN;
    }

    /** The words of one side of a clause, nearest first, up to a boundary, at most {@link #CLAUSE_SIDE}. */
    private static List<String> side(List<String> nearestFirst) {
        List<String> words = new ArrayList<>();
        for (String w : nearestFirst) {
            if (boundary(w) || words.size() == CLAUSE_SIDE) {
                break;
            }
            words.add(w);
        }
        return words;
    }

    /** Whether the clause around {@code [start, end)} speaks of what will, would or could be. */
    private static boolean conditional(String text, int start, int end) {
        return tense(text, start, end, true) == Tense.FUTURE;
    }

    private static boolean boundary(String w) {
        return w.length() == 1 && !Character.isLetter(w.charAt(0)) || CLAUSE_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static List<String> backwards(List<String> words) {
        List<String> copy = new ArrayList<>(words);
        Collections.reverse(copy);
        return copy;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
