package newskg.extract;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.Token;

/**
 * Finds events from trigger words (nouns and verbs, by lemma) with the people and organisations of the
 * sentence as participants, its place and its date; and a statement event for each named speaker's
 * quote or speech verb. Triggers inside quotations or after "if"/"whether" (hypothetical) are skipped.
 * Repeated mentions of one happening are merged later, in resolution.
 * <pre>
 *   List&lt;Event&gt; events = new EventDetector(words).find(text, mentions, quotes, quoted, dates);
 * </pre>
 * Thread-safe (stateless).
 */
public final class EventDetector {
    private static final Map<String, EventType> TRIGGERS = new HashMap<>();

    static {
        trigger(EventType.Attack, "shooting", "shoot", "shot", "killing", "kill", "murder", "stab", "stabbing",
                "assault", "attack", "bombing", "bomb", "gunfire", "slay", "massacre");
        trigger(EventType.Protest, "protest", "protester", "protestor", "demonstration", "demonstrator", "riot",
                "clash", "march", "sit-in", "walkout", "uprising");
        trigger(EventType.Meeting, "meet", "meeting", "talks", "summit", "negotiation", "negotiate", "rally",
                "conference", "visit");
        trigger(EventType.Arrest, "arrest", "detain", "detention", "raid", "apprehend", "custody");
        trigger(EventType.Deportation, "deport", "deportation", "expel", "expulsion");
        trigger(EventType.Directive, "direct", "directive", "order", "memo", "instruct", "quota", "mandate",
                "decree", "announce", "announcement");
        trigger(EventType.Deployment, "deploy", "deployment", "dispatch", "withdraw", "withdrawal", "send",
                "redeploy", "station");
        trigger(EventType.Poll, "poll", "survey");
        trigger(EventType.LegalAction, "lawsuit", "sue", "investigation", "investigate", "hearing", "hearings",
                "indictment", "indict", "trial", "probe", "subpoena", "prosecute", "prosecution", "litigation",
                "sentencing", "conviction", "convict", "acquit", "acquittal", "verdict");
        trigger(EventType.Ceremony, "parade", "commemorate", "commemoration", "ceremony", "inauguration",
                "funeral", "memorial", "celebration", "vigil");
    }

    /** Triggers only as verbs: "was sentenced" is a legal action, "the sentence" usually a grammatical one. */
    private static final Map<String, EventType> VERB_TRIGGERS = Map.of("sentence", EventType.LegalAction,
            "charge", EventType.LegalAction, "plead", EventType.LegalAction);

    private static void trigger(EventType type, String... lemmas) {
        for (String l : lemmas) {
            TRIGGERS.put(l, type);
        }
    }

    private static final Set<String> HYPOTHETICAL = Set.of("if", "whether", "unless");
    /** Verbs that comment on a happening rather than do it: "confirmed the arrest", "condemned the attack". */
    private static final Set<String> COMMENT_VERBS = Set.of("confirm", "denounce", "condemn", "praise", "welcome",
            "criticize", "criticise", "applaud", "hail", "decry", "defend", "mourn", "describe", "call", "deny",
            "question", "dismiss", "celebrate", "lament", "blame");
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "must", "will",
            "can", "wo", "shall");
    /** Words of intent before "to": "plans to deport" is not a deportation ("decision to deploy" is). */
    private static final Set<String> INTENTIONS = Set.of("plan", "plans", "planned", "planning", "want", "wants",
            "wanted", "threaten", "threatens", "threatened", "vow", "vows", "vowed", "hope", "hopes", "hoped", "seek",
            "seeks", "sought", "aim", "aims", "aimed", "intend", "intends", "intended", "promise", "promised",
            "promises", "expect", "expects", "expected", "try", "tries", "tried", "need", "needs", "propose",
            "proposed", "consider", "considering", "urged", "urge", "asked", "likely", "ready", "prepared");
    /** How far from its trigger (in tokens) a participant may stand: "the shooting of X", "X met Y". */
    private static final int BEFORE_WINDOW = 10;
    private static final int AFTER_WINDOW = 10;
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "across", "outside", "near");

    private final NameWords words;

    public EventDetector(NameWords words) {
        this.words = words;
    }

    /**
     * Events reported by the text.
     *
     * @param quoted the quoted stretches of the text ({@link QuoteFinder#quoteSpans}): triggers there are
     *               someone's words, not the article's report
     * @param dates  one date resolver per sentence ({@link DateResolver#perSentence})
     */
    public List<Event> find(AnnotatedText text, List<Mention> mentions, List<Quote> quotes, List<TextSpan> quoted,
                            List<DateResolver> dates) {
        List<Event> events = new ArrayList<>();
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Sentence s : text.sentences()) {
            List<Mention> here = bySentence.getOrDefault(s.index(), List.of());
            Map<EventType, Boolean> seen = new EnumMap<>(EventType.class);
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                EventType type = typeOf(t);
                if (type == null || seen.containsKey(type) || QuoteFinder.inside(quoted, t.span()) || hypothetical(s, i)) {
                    continue;
                }
                seen.put(type, true);
                Event e = event(s, i, type, here, quoted, dates.get(s.index()));
                if (e != null) {
                    events.add(e);
                }
            }
        }
        for (Quote q : quotes) {
            if (q.evidence().method().equals("quote:attribution-line")) {
                continue; // an epigram under a block quote is not a statement the article reports
            }
            if (q.evidence().method().equals("quote:continues-previous")) {
                continue; // the rest of a statement already reported with its first part
            }
            Sentence s = text.sentences().get(q.evidence().sentence());
            List<Participant> ps = new ArrayList<>();
            ps.add(new Participant(q.speaker(), Part.speaker));
            for (Mention m : bySentence.getOrDefault(s.index(), List.of())) {
                if (m.type() != EntityType.PLACE && !m.equals(q.speaker()) && !QuoteFinder.inside(quoted, m.span())) {
                    ps.add(new Participant(m, Part.target));
                }
            }
            Temporal stated = dates.get(s.index()).resolve(s.text(), q.span().start() - s.span().start()).orElse(null);
            DateResolver.Dated date = stated != null ? new DateResolver.Dated(stated, DateResolver.STATED)
                    : untoldQuoteDate(text, q, quoted, dates);
            events.add(new Event(EventType.Statement, "quote", ps, null, date,
                    new Evidence(s.index(), q.span(), "event:quote-statement", 0.8)));
        }
        return events;
    }

    /**
     * The date of a quoted statement whose sentence states none ({@link DateResolver#untold}), from the tense
     * of its speech verb: in the sentence where the quote ends ("..., said another panel member, Ada Pike"),
     * else in the one where it starts.
     */
    private DateResolver.Dated untoldQuoteDate(AnnotatedText text, Quote q, List<TextSpan> quoted,
                                               List<DateResolver> dates) {
        // the sentence holding the quote's last character, or the one starting at its closing mark
        Sentence last = text.sentenceAt(q.span().end() - 1);
        last = last != null ? last : text.sentenceAt(q.span().end());
        if (last != null) {
            OptionalInt v = speechVerb(last, q.span(), quoted);
            if (v.isPresent()) {
                return untold(last, v.getAsInt(), dates);
            }
        }
        Sentence first = text.sentences().get(q.evidence().sentence());
        OptionalInt v = speechVerb(first, q.span(), quoted);
        return v.isEmpty() ? null : untold(first, v.getAsInt(), dates);
    }

    private DateResolver.Dated untold(Sentence s, int verb, List<DateResolver> dates) {
        return dates.get(s.index()).untold(VerbGroup.aspect(s, verb, words.wordNet()::verbLemma),
                s.token(verb).start() - s.span().start(), true).orElse(null);
    }

    /** The speech verb outside quotation marks nearest to {@code quote} in {@code s} ("..., she said"), if any. */
    private OptionalInt speechVerb(Sentence s, TextSpan quote, List<TextSpan> quoted) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.tag().equals("VERB") || QuoteFinder.inside(quoted, t.span()) || !words.isSpeechVerb(t)) {
                continue;
            }
            int d = t.start() >= quote.end() ? t.start() - quote.end() : Math.max(0, quote.start() - t.end());
            if (d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private EventType typeOf(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (t.tag().equals("NOUN")) {
            EventType type = TRIGGERS.get(w);
            return type != null ? type : TRIGGERS.get(words.wordNet().nounLemma(w));
        }
        if (t.tag().equals("VERB")) {
            String lemma = words.wordNet().verbLemma(w);
            EventType type = TRIGGERS.getOrDefault(lemma, VERB_TRIGGERS.get(lemma));
            if (type == null && words.isSpeechVerb(t)) {
                return EventType.Statement;
            }
            return type;
        }
        return null;
    }

    /**
     * A conditional ("if Ostrowski were to back down") anywhere before the trigger in the sentence, or a modal
     * or infinitive right before a verb trigger ("could deport", "plans to deport"): not a happening.
     */
    private static boolean hypothetical(Sentence s, int trigger) {
        for (int i = Math.max(0, trigger - 12); i < trigger; i++) {
            if (HYPOTHETICAL.contains(s.token(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // "vowed to hold hearings", "plans to launch an investigation"
        for (int i = Math.max(1, trigger - 4); i < trigger; i++) {
            if (s.token(i).text().equals("to") && INTENTIONS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        if (s.token(trigger).tag().equals("VERB")) {
            for (int i = Math.max(0, trigger - 2); i < trigger; i++) {
                String w = s.token(i).text().toLowerCase(Locale.ROOT);
                if (MODALS.contains(w) || (i == trigger - 1 && w.equals("to") && i > 0
                        && INTENTIONS.contains(s.token(i - 1).text().toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code m} is who reports the sentence rather than who takes part in what it reports: the
     * speaker of "..., Riverton Police Chief Ana Ruiz said", "..., said Ruiz", "according to Ruiz".
     */
    private boolean reporter(Sentence s, Mention m) {
        int first = RoleExtractor.tokenAt(s, m.span().start());
        int last = RoleExtractor.tokenEndingAt(s, m.span().end());
        if (first < 0 || last < 0) {
            return false;
        }
        int k = beforePhrase(s, first);
        int after = last + 1;
        while (after < s.size() && s.token(after).isCapitalized() && !s.token(after).isPunctuation()) {
            after++;
        }
        boolean commaBefore = k >= 0 && s.token(k).text().equals(",");
        if (commaBefore && after < s.size() && s.token(after).tag().equals("VERB") && words.isSpeechVerb(s.token(after))) {
            return true; // "..., Riverton Police Chief Ana Ruiz said."
        }
        if (k >= 1 && s.token(k).tag().equals("VERB") && words.isSpeechVerb(s.token(k)) && s.token(k - 1).text().equals(",")) {
            return true; // "..., said Governor Ana Ruiz."
        }
        return k >= 1 && s.token(k).text().equalsIgnoreCase("to") && s.token(k - 1).text().equalsIgnoreCase("according");
    }

    /**
     * The verb of comment whose object the event noun at {@code trigger} is ("confirmed the arrest",
     * "denounced the attack", "praised the raid"), or -1. Not "announced": who announces an arrest or an
     * order often made it.
     */
    private int commentingVerb(Sentence s, int trigger) {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 4; k--) {
            Token t = s.token(k);
            if (t.tag().equals("VERB")) {
                return COMMENT_VERBS.contains(words.wordNet().verbLemma(t.text().toLowerCase(Locale.ROOT))) ? k : -1;
            }
            if (!(t.tag().equals("DET") || t.tag().equals("ADJ") || t.tag().equals("PRON"))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a mention stands near enough to the trigger to take part in its event. */
    private static boolean nearTrigger(Sentence s, Mention m, int trigger) {
        int first = RoleExtractor.tokenAt(s, m.span().start());
        int last = RoleExtractor.tokenEndingAt(s, m.span().end());
        if (first < 0 || last < 0) {
            return false;
        }
        int from = last < trigger ? last : trigger;
        int to = last < trigger ? trigger : first;
        for (int i = from; i < to; i++) {
            if (s.token(i).text().equals(";")) {
                return false;
            }
        }
        return last < trigger ? trigger - last <= BEFORE_WINDOW : first - trigger <= AFTER_WINDOW;
    }

    private Event event(Sentence s, int trigger, EventType type, List<Mention> here, List<TextSpan> quoted,
                        DateResolver dates) {
        Token t = s.token(trigger);
        List<Participant> ps = new ArrayList<>();
        Mention place = null;
        int clauseEnd = relativeClauseEnd(s, trigger);
        List<TextSpan> asides = asides(s, trigger);
        boolean passive = t.tag().equals("VERB") && VerbGroup.isPassive(s, trigger);
        int reportedBy = type != EventType.Statement && type != EventType.Directive && t.tag().equals("NOUN")
                ? commentingVerb(s, trigger) : -1;
        for (Mention m : here) {
            if (QuoteFinder.inside(quoted, m.span())) {
                continue;
            }
            if (clauseEnd >= 0 && m.span().start() >= s.token(clauseEnd).end()) {
                continue; // "The board, which met on Friday, named Ada Pike": Pike is not at the meeting
            }
            if (m.type() == EntityType.PLACE) {
                int k = RoleExtractor.tokenAt(s, m.span().start());
                if (place == null && k > 0 && PLACE_PREPOSITIONS.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
                    place = m;
                }
                continue;
            }
            if (type != EventType.Statement && (!nearTrigger(s, m, trigger) || reporter(s, m))) {
                continue;
            }
            if (QuoteFinder.inside(asides, m.span())) {
                continue; // "Ada Pike, who was an attorney for Tom Hale, announced the arrest": not Hale
            }
            if (reportedBy >= 0 && m.span().end() <= s.token(reportedBy).start()) {
                continue; // "Governor Ana Ruiz confirmed the arrest": Ruiz reports it, she did not make it
            }
            // in the passive the subject undergoes it: "Ivo Brandt was arrested"; "by" names the doer
            boolean beforeTrigger = m.span().end() <= t.start();
            boolean doer = passive ? !beforeTrigger && byBefore(s, m) : beforeTrigger;
            ps.add(new Participant(m, partOf(type, doer)));
        }
        if (type == EventType.Statement) {
            // a statement needs a named speaker right before the verb: "Ostrowski told reporters"
            Mention speaker = speakerBefore(s, trigger, here);
            if (speaker == null) {
                return null;
            }
            ps.removeIf(p -> p.mention().equals(speaker));
            ps.add(0, new Participant(speaker, Part.speaker));
        }
        // without a named participant, only a gathering in a named place is reported specifically enough
        if (ps.isEmpty() && (place == null || type != EventType.Protest)) {
            return null;
        }
        Temporal stated = dates.resolve(without(s, asides), t.start() - s.span().start()).orElse(null);
        DateResolver.Dated date = stated != null ? new DateResolver.Dated(stated, DateResolver.STATED)
                : t.tag().equals("VERB") ? dates.untold(VerbGroup.aspect(s, trigger, words.wordNet()::verbLemma),
                        t.start() - s.span().start(), type == EventType.Statement).orElse(null)
                : null;
        return new Event(type, t.text(), ps, place, date,
                new Evidence(s.index(), t.span(), "event:trigger-" + type.name().toLowerCase(Locale.ROOT), 0.6));
    }

    /**
     * The comma that closes the relative clause {@code trigger} stands in (", which met on Friday,"), or
     * -1 when it stands in none.
     */
    /**
     * The asides of {@code s} the trigger is not in: relative or participle clauses between commas
     * (", who was named in 2019,", ", fired last year,"). They have their own time and their own people,
     * not those of the clause around them ("Tom Hale, fired last year, sued on Monday"; "Ada Pike, who was
     * an attorney for Tom Hale, announced the arrest"), unless the aside is about the trigger itself ("the
     * memo, which was dated Sunday,").
     */
    private List<TextSpan> asides(Sentence s, int trigger) {
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (!s.token(i).text().equals(",") || !opensAside(s.token(i + 1))) {
                continue;
            }
            int close = -1;
            for (int k = i + 2; k < s.size() && k <= i + 16; k++) {
                if (s.token(k).text().equals(",")) {
                    close = k;
                    break;
                }
            }
            if (close < 0 || trigger > i && trigger < close || i == trigger + 1) {
                continue; // the trigger's own clause, or an aside about the trigger
            }
            out.add(new TextSpan(s.token(i).start(), s.token(close).end()));
            i = close - 1;
        }
        return out;
    }

    /** The sentence's text with {@code asides} blanked out, offsets kept. */
    private static String without(Sentence s, List<TextSpan> asides) {
        if (asides.isEmpty()) {
            return s.text();
        }
        char[] text = s.text().toCharArray();
        for (TextSpan a : asides) {
            for (int c = a.start(); c < a.end(); c++) {
                text[c - s.span().start()] = ' ';
            }
        }
        return new String(text);
    }

    /** Whether a clause between commas starting with {@code t} is an aside: "who ...", "which ...", "hired ...". */
    private boolean opensAside(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.equals("who") || w.equals("which") || w.equals("whom") || w.equals("whose")) {
            return true;
        }
        return t.tag().equals("VERB") && (w.endsWith("ing") || VerbGroup.isPastForm(w, words.wordNet()::verbLemma));
    }

    static int relativeClauseEnd(Sentence s, int trigger) {
        int r = -1;
        for (int k = trigger - 1; k > 0 && k >= trigger - 6; k--) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (w.equals(",")) {
                break;
            }
            if ((w.equals("which") || w.equals("who")) && s.token(k - 1).text().equals(",")) {
                r = k;
                break;
            }
        }
        if (r < 0) {
            return -1;
        }
        for (int k = trigger + 1; k < s.size(); k++) {
            if (s.token(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    private static Mention speakerBefore(Sentence s, int verb, List<Mention> here) {
        for (Mention m : here) {
            if (m.type() != EntityType.PLACE && RoleExtractor.verbAfter(s, m) == verb) {
                return m.type() == EntityType.ORGANIZATION ? personOf(s, m, here) : m;
            }
        }
        return null;
    }

    /** "Jane Roe of Brenwick Advisory Group wrote": the person the organisation right before the verb is of, else it. */
    private static Mention personOf(Sentence s, Mention org, List<Mention> here) {
        int first = RoleExtractor.tokenAt(s, org.span().start());
        if (first < 2 || !RoleExtractor.EMPLOYER_PREPOSITIONS.contains(s.token(first - 1).text().toLowerCase(Locale.ROOT))) {
            return org;
        }
        for (Mention m : here) {
            if (m.type() == EntityType.PERSON && m.span().end() == s.token(first - 2).end()) {
                return m;
            }
        }
        return org;
    }

    /** The part a participant takes: the doer ({@code doer}) or the one it is done to. */
    private static Part partOf(EventType type, boolean doer) {
        return switch (type) {
            case Attack, Arrest, Deportation -> doer ? Part.agent : Part.victim;
            case Meeting, Protest, Ceremony -> Part.attendee;
            case Statement -> Part.target;
            default -> doer ? Part.agent : Part.target;
        };
    }

    /** Whether "by" stands right before {@code m}'s phrase: the doer of a passive ("arrested by the FBI"). */
    private static boolean byBefore(Sentence s, Mention m) {
        int k = beforePhrase(s, RoleExtractor.tokenAt(s, m.span().start()));
        return k >= 0 && s.token(k).text().equalsIgnoreCase("by");
    }

    /**
     * The token before the phrase a name at token {@code first} stands in: past its determiner, title and
     * organisation ("the Harbor Guard", "Police Chief Ana Ruiz"); -1 at the sentence's start.
     */
    private static int beforePhrase(Sentence s, int first) {
        int k = first - 1;
        while (k >= 0 && (s.token(k).tag().equals("DET") || s.token(k).isCapitalized() && !s.token(k).isPunctuation())) {
            k--;
        }
        return k;
    }
}
