package newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.Token;

/**
 * Finds direct quotations of five words or more and their speakers.
 * <ul>
 *   <li>Quotation marks: straight and curly, double and single; a closing single mark is told from an
 *       apostrophe ("rioters' veto") by what follows it.</li>
 *   <li>Speakers: "said X", "X said", "X wrote on Y", "according to X", a speech verb before the quote
 *       ("Varga framed the rules as '...'"), a pronoun ("he concluded") resolved to the person the
 *       previous sentences are about, a quote that continues the previous speaker's, and an attribution
 *       line after a block quote ("- X").</li>
 *   <li>Quotes whose speaker is not named ("one economist said") are left out.</li>
 * </ul>
 * Thread-safe (stateless).
 */
public final class QuoteFinder {
    private static final int MIN_WORDS = 5;
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final String DASHES = "-\u2013\u2014";

    private final NameWords words;
    /** The roles of the article being read, for "the judge said"; per thread, so the finder stays shareable. */
    private final ThreadLocal<List<Role>> roles = ThreadLocal.withInitial(List::of);

    public QuoteFinder(NameWords words) {
        this.words = words;
    }

    /**
     * The quotes of the text whose speaker is among {@code mentions}.
     *
     * @param quoteSpans every quoted stretch of the text, as {@link #quoteSpans(String)} finds them
     */
    public List<Quote> find(AnnotatedText text, List<Mention> mentions, List<TextSpan> quoteSpans) {
        return find(text, mentions, quoteSpans, List.of());
    }

    /**
     * The quotes of the text whose speaker is among {@code mentions}; {@code roles} name who "the judge"
     * or "the spokesman" in "the judge said" is.
     */
    public List<Quote> find(AnnotatedText text, List<Mention> mentions, List<TextSpan> quoteSpans, List<Role> roles) {
        this.roles.set(roles);
        try {
            return findQuotes(text, mentions, quoteSpans);
        } finally {
            this.roles.remove();
        }
    }

    private List<Quote> findQuotes(AnnotatedText text, List<Mention> mentions, List<TextSpan> quoteSpans) {
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        for (TextSpan q : quoteSpans) {
            String quoted = q.of(text.text()).strip();
            if (quoted.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            Sentence first = text.sentenceAt(q.start());
            Sentence last = text.sentenceAt(Math.max(q.start(), q.end() - 1));
            if (first == null || last == null) {
                continue;
            }
            Attribution a = attribute(text, q, first, last, mentions, quoteSpans);
            if (a == null && previous != null && adjacent(text, previous, q)) {
                a = new Attribution(previous.speaker(), "quote:continues-previous", 0.7);
            }
            if (a == null && first.index() > 0) {
                a = speakerOfSentence(text, text.sentences().get(first.index() - 1), mentions, quoteSpans);
            }
            if (a == null) {
                previous = null;
                continue;
            }
            Quote quote = new Quote(quoted, q, a.speaker,
                    new Evidence(first.index(), q, a.method, a.confidence));
            quotes.add(quote);
            previous = quote;
        }
        quotes.addAll(blockQuotes(text, mentions));
        quotes.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return quotes;
    }

    private record Attribution(Mention speaker, String method, double confidence) {
    }

    private Attribution attribute(AnnotatedText text, TextSpan q, Sentence first, Sentence last,
                                  List<Mention> mentions, List<TextSpan> quoted) {
        // after the quote: "..., said Omar Haddad" / "..., Hart wrote on X" / "..., he concluded"
        List<Token> after = new ArrayList<>();
        for (Token t : last.tokens()) {
            if (t.start() >= q.end() + 1 && after.size() < 12) {
                if (isQuoteMark(t.text()) && !after.isEmpty()) {
                    break;
                }
                after.add(t);
            }
        }
        Attribution a = attributeClause(text, after, mentions, q, quoted);
        if (a != null) {
            return a;
        }
        // before the quote: "Varga framed the new rules as '...'", "Ostrowski said, '...'"
        List<Token> before = new ArrayList<>();
        for (Token t : first.tokens()) {
            if (t.end() <= q.start() - 1) {
                before.add(t);
            }
        }
        if (!before.isEmpty() && !endsSentence(before)) {
            return attributeBefore(text, before, mentions, q, quoted);
        }
        return null;
    }

    private Attribution attributeClause(AnnotatedText text, List<Token> clause, List<Mention> mentions, TextSpan q,
                                        List<TextSpan> quoted) {
        int i = 0;
        while (i < clause.size() && (clause.get(i).isPunctuation() || isQuoteMark(clause.get(i).text()))) {
            i++;
        }
        if (i >= clause.size()) {
            return null;
        }
        Token t = clause.get(i);
        if (words.isSpeechVerb(t) && !t.text().endsWith("ing")) {
            // "said Omar Haddad"; "said one economist" names nobody; "accusing Ostrowski" names the accused
            if (i + 1 < clause.size()) {
                Mention m = speakerAt(mentions, clause.get(i + 1).start());
                if (m != null) {
                    return new Attribution(m, "quote:said-name", 0.9);
                }
                if (PRONOUNS.contains(clause.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    return pronoun(text, q, mentions, quoted);
                }
                // "said analyst Jane Roe", "said another panel member, Jane Roe": a title, then the name
                m = nameAfterTitle(clause, i + 1, mentions);
                if (m != null) {
                    return new Attribution(m, "quote:said-title-name", 0.85);
                }
                Mention org = nominalSpeaker(text, clause, i + 1, q, mentions);
                if (org != null) {
                    return new Attribution(org, "quote:said-nominal", 0.6);
                }
            }
            return null;
        }
        // "the club said", "the company said in a statement": the organization the article is about
        if (t.text().equalsIgnoreCase("the")) {
            int j = i + 1;
            while (j < clause.size() && j < i + 8 && !words.isSpeechVerb(clause.get(j))) {
                j++;
            }
            if (j < clause.size() && words.isSpeechVerb(clause.get(j)) && !clause.get(j).text().endsWith("ing")) {
                Mention org = nominalSpeaker(text, clause, i, q, mentions);
                if (org != null) {
                    return new Attribution(org, "quote:nominal-said", 0.6);
                }
            }
        }
        if (PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) && i + 1 < clause.size()
                && words.isSpeechVerb(clause.get(i + 1))) {
            return pronoun(text, q, mentions, quoted);
        }
        Mention m = speakerAt(mentions, t.start());
        if (m == null && (t.tag().equals("NOUN") || t.tag().equals("ADJ") || t.tag().equals("PROPN"))) {
            m = nameAfterTitle(clause, i, mentions); // "panel member Jane Roe said"
        }
        if (m == null && t.isCapitalized() && i + 1 < clause.size() && words.isSpeechVerb(clause.get(i + 1))) {
            m = sameName(mentions, t.text()); // "Haddad said" where the tagger missed the name: the article's Haddad
        }
        if (m != null) {
            int j = i + 1;
            while (j < clause.size() && clause.get(j).end() <= m.span().end()) {
                j++;
            }
            // skip an apposition or auxiliary: "Hart, the border czar, said", "X has said"
            while (j < clause.size() && (clause.get(j).tag().equals("AUX") || clause.get(j).tag().equals("ADV"))) {
                j++;
            }
            if (j < clause.size() && words.isSpeechVerb(clause.get(j))) {
                return new Attribution(m, "quote:name-said", 0.9);
            }
        }
        if (t.text().equalsIgnoreCase("according") && i + 2 < clause.size()) {
            Mention a = speakerAt(mentions, clause.get(i + 2).start());
            if (a != null) {
                return new Attribution(a, "quote:according-to", 0.85);
            }
        }
        return null;
    }

    /** A speech verb before the quote; the speaker is the last person or organisation named before it. */
    private Attribution attributeBefore(AnnotatedText text, List<Token> before, List<Mention> mentions, TextSpan q,
                                        List<TextSpan> quoted) {
        int verb = -1;
        for (int i = before.size() - 1; i >= 0; i--) {
            if (words.isSpeechVerb(before.get(i))) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        // names inside ", who was an attorney for X," or ", the X adviser," are not the subject
        List<TextSpan> asides = new ArrayList<>();
        for (int i = 0; i < verb; i++) {
            if (before.get(i).text().equals(",")) {
                int close = i + 1;
                while (close < verb && !before.get(close).text().equals(",")) {
                    close++;
                }
                if (close < verb && close > i + 1) {
                    asides.add(new TextSpan(before.get(i).start(), before.get(close).end()));
                    i = close - 1;
                }
            }
        }
        Mention speaker = null;
        for (Mention m : mentions) {
            if (m.type() != EntityType.PLACE && m.span().start() >= before.get(0).start()
                    && m.span().end() <= before.get(verb).start() && !insideAny(asides, m.span())) {
                speaker = m;
            }
        }
        if (speaker == null) {
            String subject = before.get(0).text().toLowerCase(Locale.ROOT);
            return PRONOUNS.contains(subject) ? pronoun(text, q, mentions, quoted) : null;
        }
        return new Attribution(speaker, "quote:speech-verb-before", 0.8);
    }

    /** "Haddad told the Daily Mail he was concerned ... 'Any time...'": the named subject of a speech verb. */
    private Attribution speakerOfSentence(AnnotatedText text, Sentence s, List<Mention> mentions,
                                          List<TextSpan> quoted) {
        // "She said the country faces ...": the pronoun's person
        List<Token> toks = s.tokens();
        if (toks.size() > 1 && PRONOUNS.contains(toks.get(0).text().toLowerCase(Locale.ROOT))
                && words.isSpeechVerb(toks.get(1)) && !toks.get(1).text().endsWith("ing")) {
            Attribution a = pronoun(text, s.span(), mentions, quoted);
            return a == null ? null : new Attribution(a.speaker(), "quote:previous-sentence-speaker", 0.6);
        }
        for (Mention m : mentions) {
            if (m.sentence() != s.index() || m.type() == EntityType.PLACE) {
                continue;
            }
            int k = RoleExtractor.verbAfter(s, m);
            if (k >= 0 && words.isSpeechVerb(s.token(k)) && !s.token(k).text().endsWith("ing")) {
                return new Attribution(m, "quote:previous-sentence-speaker", 0.65);
            }
            if (m.type() == EntityType.PERSON) {
                return null; // only the sentence's first person counts ("Chair of the X Committee Jane Roe said")
            }
        }
        return null;
    }

    /**
     * "he said": the person the text is about at that point. Sentence by sentence backwards: one whose
     * subject is "he" or "she" passes the question on to the one before; otherwise its first person,
     * outside quotes, is the one meant.
     */
    private static Attribution pronoun(AnnotatedText text, TextSpan q, List<Mention> mentions, List<TextSpan> quoted) {
        Sentence s = text.sentenceAt(q.start());
        if (s == null) {
            return null;
        }
        for (int i = s.index(); i >= 0 && i >= s.index() - 4; i--) {
            Sentence si = text.sentences().get(i);
            if (i < s.index() && startsWithPronoun(si)) {
                continue; // "He then railed against X": still about the one before
            }
            for (Mention m : mentions) {
                if (m.sentence() == i && m.type() == EntityType.PERSON && !q.contains(m.span())
                        && m.span().start() < q.start() && !insideAny(quoted, m.span())) {
                    return new Attribution(m, "quote:pronoun", 0.7);
                }
            }
        }
        return null;
    }

    private static boolean startsWithPronoun(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.isPunctuation() || isQuoteMark(t.text())) {
                continue;
            }
            return PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static boolean insideAny(List<TextSpan> spans, TextSpan s) {
        for (TextSpan q : spans) {
            if (q.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The person named after a title within a few words: "analyst Jane Roe", "another panel member, Jane Roe". */
    private static Mention nameAfterTitle(List<Token> clause, int from, List<Mention> mentions) {
        for (int k = from; k < clause.size() && k < from + 6; k++) {
            Token t = clause.get(k);
            Mention m = speakerAt(mentions, t.start());
            if (m != null) {
                return m.type() == EntityType.PERSON ? m : null;
            }
            String tag = t.tag();
            if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")
                    || t.text().equals(",") || t.text().equals("-"))) {
                return null;
            }
        }
        return null;
    }

    /** Head nouns that stand for the organization an article is about: "the club said", "the company said". */
    private static final Set<String> BODY_NOUNS = Set.of("company", "club", "firm", "group", "team", "union",
            "ministry", "department", "agency", "board", "party", "bank", "airline", "retailer", "carrier",
            "organization", "organisation", "charity", "network", "league", "federation", "council", "court");

    /**
     * "the company" in "the company said": the organization most named before the quote, when the words
     * after "the" end in a noun for a body ("the Premier club"). {@code null} when none is named.
     */
    private Mention nominalSpeaker(AnnotatedText text, List<Token> clause, int from, TextSpan q,
                                   List<Mention> mentions) {
        if (from >= clause.size() || !clause.get(from).text().equalsIgnoreCase("the")) {
            return null;
        }
        // "the judge said": the person last given that title before the quote
        if (from + 1 < clause.size() && words.isRoleNoun(clause.get(from + 1).text())
                && clause.get(from + 1).tag().equals("NOUN")
                && !BODY_NOUNS.contains(clause.get(from + 1).text().toLowerCase(Locale.ROOT))) {
            String noun = clause.get(from + 1).text().toLowerCase(Locale.ROOT);
            Mention holder = null;
            for (Role r : roles.get()) {
                String[] title = r.title().toLowerCase(Locale.ROOT).split(" ");
                if (title[title.length - 1].equals(noun) && r.person().span().end() <= q.start()) {
                    holder = r.person();
                }
            }
            return holder;
        }
        int k = from + 1;
        while (k < clause.size() && k < from + 4 && !BODY_NOUNS.contains(clause.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k >= clause.size() || !BODY_NOUNS.contains(clause.get(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Mention> first = new java.util.HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.span().end() <= q.start()) {
                counts.merge(m.text(), 1, Integer::sum);
                first.putIfAbsent(m.text(), m);
            }
        }
        String best = null;
        for (var e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? null : first.get(best);
    }

    /** A person the article names elsewhere with exactly this word, or {@code null}. */
    private static Mention sameName(List<Mention> mentions, String word) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().equals(word)) {
                return m;
            }
        }
        return null;
    }

    private static Mention speakerAt(List<Mention> mentions, int start) {
        for (Mention m : mentions) {
            if (m.span().start() == start && m.type() != EntityType.PLACE) {
                return m;
            }
        }
        return null;
    }

    private static boolean adjacent(AnnotatedText text, Quote previous, TextSpan q) {
        String t = text.text();
        int end = previous.span().end();
        if (end >= t.length() || t.charAt(end) == '\n') {
            // a quote left open at the end of its paragraph goes on in the next one that opens a quote
            String gap = t.substring(end, Math.max(end, q.start() - 1));
            if (gap.isBlank()) {
                return true;
            }
        }
        // from the previous quote's closing mark to this one's opening mark, both left out
        String between = text.text().substring(Math.min(previous.span().end() + 1, q.start() - 1), q.start() - 1);
        // nothing but the previous quote's attribution and one line break between them
        return between.length() < 200 && between.chars().filter(c -> c == '\n').count() <= 2
                && between.chars().noneMatch(c -> c == '"' || c == '\u201C' || c == '\u2018');
    }

    private static boolean endsSentence(List<Token> before) {
        String last = before.get(before.size() - 1).text();
        return last.equals(".") || last.equals("!") || last.equals("?");
    }

    /** A paragraph followed by an attribution line "- Name": a block quote. */
    private static List<Quote> blockQuotes(AnnotatedText text, List<Mention> mentions) {
        List<Quote> out = new ArrayList<>();
        String t = text.text();
        String[] lines = t.split("\n", -1);
        int offset = 0;
        int prevStart = -1;
        String prev = null;
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty()) {
                if (prev != null && DASHES.indexOf(s.charAt(0)) >= 0 && s.length() < 80) {
                    int lineStart = offset + line.indexOf(s);
                    for (Mention m : mentions) {
                        if (m.span().start() > lineStart && m.span().end() <= lineStart + s.length()
                                && m.type() == EntityType.PERSON && prev.split("\\s+").length >= MIN_WORDS) {
                            TextSpan span = new TextSpan(prevStart, prevStart + prev.length());
                            Sentence sent = text.sentenceAt(prevStart);
                            if (sent != null) {
                                out.add(new Quote(prev, span, m,
                                        new Evidence(sent.index(), span, "quote:attribution-line", 0.75)));
                            }
                            break;
                        }
                    }
                }
                prev = s;
                prevStart = offset + line.indexOf(s);
            }
            offset += line.length() + 1;
        }
        return out;
    }

    private static boolean isQuoteMark(String s) {
        return s.equals("\"") || s.equals("'") || s.equals("\u201C") || s.equals("\u201D") || s.equals("\u2018")
                || s.equals("\u2019");
    }

    /** The spans of quoted text (without the marks), paragraph by paragraph, whatever their length. */
    public static List<TextSpan> quoteSpans(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            quotesInParagraph(text, lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private static void quotesInParagraph(String text, int from, int to, List<TextSpan> spans) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\u201C' || (c == '"' && opens(text, i, from))) {
                int close = findDoubleClose(text, i + 1, to);
                spans.add(new TextSpan(i + 1, close));
                i = close + 1;
            } else if ((c == '\u2018' || c == '\'') && opens(text, i, from)) {
                int close = findSingleClose(text, i + 1, to);
                if (close < 0) {
                    i++;
                    continue;
                }
                spans.add(new TextSpan(i + 1, close));
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    private static boolean opens(String text, int i, int paragraphStart) {
        boolean startOk = i == paragraphStart || " \t([\u2014\u2013-:,".indexOf(text.charAt(i - 1)) >= 0;
        return startOk && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static int findDoubleClose(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == '\u201D' || c == '"') {
                return j;
            }
        }
        return to; // runs to the end of the paragraph
    }

    /**
     * The closing single mark: one after punctuation ("agenda.'") is sure; one between a word and a
     * lower-case word ("rioters' veto") is taken only when no sure one follows in the paragraph.
     */
    private static int findSingleClose(String text, int from, int to) {
        int weak = -1;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c != '\u2019' && c != '\'') {
                continue;
            }
            char before = text.charAt(j - 1);
            char after = j + 1 < to ? text.charAt(j + 1) : ' ';
            if (Character.isLetter(before) && Character.isLetter(after)) {
                continue; // an apostrophe inside a word
            }
            if (".,!?;:".indexOf(before) >= 0) {
                return j;
            }
            if (!Character.isLetterOrDigit(after)) {
                int k = j + 1;
                while (k < to && text.charAt(k) == ' ') {
                    k++;
                }
                boolean lowerNext = k < to && Character.isLowerCase(text.charAt(k));
                if (!lowerNext) {
                    return j;
                }
                if (weak < 0) {
                    weak = j;
                }
            }
        }
        return weak;
    }
}
