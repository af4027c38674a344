package newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Context c = new Context(text, mentions, quoteSpans, roles);
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
            c.advanceTo(q.start());
            Attribution a = attribute(c, q, first, last);
            if (a == null && previous != null && adjacent(text, previous, q)) {
                a = new Attribution(previous.speaker(), "quote:continues-previous", 0.7);
            }
            if (a == null && first.index() > 0) {
                a = speakerOfSentence(c, text.sentences().get(first.index() - 1));
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
        quotes.addAll(blockQuotes(c));
        quotes.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return quotes;
    }

    /**
     * One article's mentions, quotes and roles, indexed so that every lookup is by offset, sentence or
     * name (no scan of the article per quote). Quotes are read in text order: {@link #advanceTo} keeps a
     * running count of the organisations named so far.
     */
    private static final class Context {
        final AnnotatedText text;
        final List<Mention> sorted;
        final List<TextSpan> quoted;
        final Map<Integer, Mention> byStart = new HashMap<>();
        final Map<Integer, List<Mention>> bySentence = new HashMap<>();
        final Map<String, Mention> personByText = new HashMap<>();
        /** Role holders by the last word of their title ("judge"), in text order. */
        final Map<String, List<Mention>> holdersByTitle = new HashMap<>();
        final List<Mention> orgsByEnd = new ArrayList<>();
        final Map<String, Integer> orgCounts = new HashMap<>();
        final Map<String, Mention> orgFirst = new HashMap<>();
        int orgCursor;
        String mostNamedOrg;

        Context(AnnotatedText text, List<Mention> mentions, List<TextSpan> quoted, List<Role> roles) {
            this.text = text;
            this.sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(m -> m.span().start()));
            this.quoted = new ArrayList<>(quoted);
            this.quoted.sort(Comparator.comparingInt(TextSpan::start));
            for (Mention m : sorted) {
                if (m.type() != EntityType.PLACE) {
                    byStart.putIfAbsent(m.span().start(), m);
                }
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
                if (m.type() == EntityType.PERSON) {
                    personByText.putIfAbsent(m.text(), m);
                }
                if (m.type() == EntityType.ORGANIZATION) {
                    orgsByEnd.add(m);
                }
            }
            orgsByEnd.sort(Comparator.comparingInt(m -> m.span().end()));
            List<Role> byOffset = new ArrayList<>(roles);
            byOffset.sort(Comparator.comparingInt(r -> r.person().span().end()));
            for (Role r : byOffset) {
                String[] title = r.title().toLowerCase(Locale.ROOT).split(" ");
                holdersByTitle.computeIfAbsent(title[title.length - 1], k -> new ArrayList<>()).add(r.person());
            }
        }

        /** Counts the organisations named before {@code offset} (offsets only grow). */
        void advanceTo(int offset) {
            while (orgCursor < orgsByEnd.size() && orgsByEnd.get(orgCursor).span().end() <= offset) {
                Mention m = orgsByEnd.get(orgCursor++);
                int n = orgCounts.merge(m.text(), 1, Integer::sum);
                orgFirst.putIfAbsent(m.text(), m);
                if (mostNamedOrg == null || n > orgCounts.get(mostNamedOrg)) {
                    mostNamedOrg = m.text();
                }
            }
        }

        Mention mostNamedOrganization() {
            return mostNamedOrg == null ? null : orgFirst.get(mostNamedOrg);
        }

        /** The last holder of a title ending in {@code noun} named before {@code offset}. */
        Mention holderBefore(String noun, int offset) {
            return MentionIndex.lastEndingBy(holdersByTitle.getOrDefault(noun, List.of()), offset);
        }

        List<Mention> inSentence(int index) {
            return bySentence.getOrDefault(index, List.of());
        }

        /** The mention, not a place, that starts at {@code offset}. */
        Mention speakerAt(int offset) {
            return byStart.get(offset);
        }

        /** Whether {@code span} lies inside a quotation (binary search over the quotes in text order). */
        boolean isQuoted(TextSpan span) {
            int lo = 0;
            int hi = quoted.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                TextSpan q = quoted.get(mid);
                if (q.start() > span.start()) {
                    hi = mid - 1;
                } else if (q.end() < span.end()) {
                    lo = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }

        /** The first index in {@link #sorted} of a mention starting at or after {@code offset}. */
        int firstFrom(int offset) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).span().start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private record Attribution(Mention speaker, String method, double confidence) {
    }

    private Attribution attribute(Context c, TextSpan q, Sentence first, Sentence last) {
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
        Attribution a = attributeClause(c, after, q);
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
            return attributeBefore(c, before, q);
        }
        return null;
    }

    private Attribution attributeClause(Context c, List<Token> clause, TextSpan q) {
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
                Mention m = c.speakerAt(clause.get(i + 1).start());
                if (m != null) {
                    return new Attribution(m, "quote:said-name", 0.9);
                }
                if (PRONOUNS.contains(clause.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    return pronoun(c, q);
                }
                // "said analyst Jane Roe", "said another panel member, Jane Roe": a title, then the name
                m = nameAfterTitle(c, clause, i + 1);
                if (m != null) {
                    return new Attribution(m, "quote:said-title-name", 0.85);
                }
                Mention org = nominalSpeaker(c, clause, i + 1, q);
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
                Mention org = nominalSpeaker(c, clause, i, q);
                if (org != null) {
                    return new Attribution(org, "quote:nominal-said", 0.6);
                }
            }
        }
        if (PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) && i + 1 < clause.size()
                && words.isSpeechVerb(clause.get(i + 1))) {
            return pronoun(c, q);
        }
        Mention m = c.speakerAt(t.start());
        if (m != null && m.type() != EntityType.PERSON) {
            // "Initech CEO Jane Roe said": the organisation owns the title of the one who speaks
            int j = past(clause, i, m);
            Mention holder = j < clause.size() && words.isTitleBeforeName(clause.get(j)) ? nameAfterTitle(c, clause, j)
                    : null;
            if (holder != null) {
                m = holder;
            }
        }
        if (m == null && (t.tag().equals("NOUN") || t.tag().equals("ADJ") || t.tag().equals("PROPN"))) {
            m = nameAfterTitle(c, clause, i); // "panel member Jane Roe said"
        }
        if (m == null && t.isCapitalized() && i + 1 < clause.size() && words.isSpeechVerb(clause.get(i + 1))) {
            m = c.personByText.get(t.text()); // "Haddad said" where the tagger missed the name: the article's Haddad
        }
        if (m != null) {
            int j = past(clause, i + 1, m);
            // "analyst Jane Roe of Brenwick Advisory Group wrote": past the organisation the speaker is of
            if (m.type() == EntityType.PERSON && j + 1 < clause.size()
                    && RoleExtractor.EMPLOYER_PREPOSITIONS.contains(clause.get(j).text().toLowerCase(Locale.ROOT))) {
                Mention of = c.speakerAt(clause.get(j + 1).start());
                if (of != null && of.type() == EntityType.ORGANIZATION) {
                    j = past(clause, j + 1, of);
                }
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
            Mention a = c.speakerAt(clause.get(i + 2).start());
            if (a != null) {
                return new Attribution(a, "quote:according-to", 0.85);
            }
        }
        return null;
    }

    /** A speech verb before the quote; the speaker is the last person or organisation named before it. */
    private Attribution attributeBefore(Context c, List<Token> before, TextSpan q) {
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
        Sentence sentence = c.text.sentenceAt(before.get(0).start());
        for (Mention m : sentence == null ? List.<Mention>of() : c.inSentence(sentence.index())) {
            if (m.type() != EntityType.PLACE && m.span().start() >= before.get(0).start()
                    && m.span().end() <= before.get(verb).start() && asides.stream().noneMatch(a -> a.contains(m.span()))
                    && !c.isQuoted(m.span())) {
                speaker = m; // not a name inside an earlier quote of the sentence
            }
        }
        if (speaker == null) {
            // "he said" before the verb, outside quotes: "“...,” he said, calling himself the victim of “...”"
            for (int i = 0; i + 1 <= verb; i++) {
                Token t = before.get(i);
                if (PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) && !c.isQuoted(t.span())
                        && (i == 0 || i + 1 < before.size() && words.isSpeechVerb(before.get(i + 1)))) {
                    return pronoun(c, q);
                }
            }
            return null;
        }
        return new Attribution(speaker, "quote:speech-verb-before", 0.8);
    }

    /** "Okafor told the Harbor Gazette she was worried ... 'Nobody asked us...'": the named subject of a speech verb. */
    private Attribution speakerOfSentence(Context c, Sentence s) {
        // "She said the country faces ...": the pronoun's person
        List<Token> toks = s.tokens();
        if (toks.size() > 1 && PRONOUNS.contains(toks.get(0).text().toLowerCase(Locale.ROOT))
                && words.isSpeechVerb(toks.get(1)) && !toks.get(1).text().endsWith("ing")) {
            Attribution a = pronoun(c, s.span());
            return a == null ? null : new Attribution(a.speaker(), "quote:previous-sentence-speaker", 0.6);
        }
        for (Mention m : c.inSentence(s.index())) {
            if (m.type() == EntityType.PLACE) {
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
    private Attribution pronoun(Context c, TextSpan q) {
        Sentence s = c.text.sentenceAt(q.start());
        if (s == null) {
            return null;
        }
        for (int i = s.index(); i >= 0 && i >= s.index() - 4; i--) {
            Sentence si = c.text.sentences().get(i);
            if (i < s.index() && startsWithPronoun(si)) {
                continue; // "He then railed against X": still about the one before
            }
            Mention said = i < s.index() ? reportedSpeaker(c, si, q) : null;
            if (said != null) {
                return new Attribution(said, "quote:pronoun", 0.7); // "X's actions, the judge said, ..." then "he said"
            }
            for (Mention m : c.inSentence(i)) {
                if (m.type() == EntityType.PERSON && !q.contains(m.span())
                        && m.span().start() < q.start() && !c.isQuoted(m.span())) {
                    return new Attribution(m, "quote:pronoun", 0.7);
                }
            }
        }
        return null;
    }

    /**
     * The person a sentence reports as saying something, outside quotes: "the judge said" (the holder of the
     * title), "Ada Pike said"; or {@code null}.
     */
    private Mention reportedSpeaker(Context c, Sentence s, TextSpan q) {
        List<Token> toks = s.tokens();
        for (int i = 1; i < toks.size(); i++) {
            Token verb = toks.get(i);
            if (!verb.tag().equals("VERB") || !words.isSpeechVerb(verb) || verb.text().endsWith("ing")
                    || c.isQuoted(verb.span())) {
                continue;
            }
            Mention named = c.speakerAt(toks.get(i - 1).start());
            if (named == null) {
                for (Mention m : c.inSentence(s.index())) {
                    if (m.span().end() == toks.get(i - 1).end()) {
                        named = m;
                    }
                }
            }
            if (named != null) {
                return named.type() == EntityType.PERSON ? named : null;
            }
            if (i >= 2) {
                Mention holder = nominalSpeaker(c, toks.subList(i - 2, toks.size()), 0, q);
                if (holder != null && holder.type() == EntityType.PERSON) {
                    return holder;
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

    /** The person named after a title within a few words: "analyst Jane Roe", "another panel member, Jane Roe". */
    /** The first token of {@code clause} from {@code from} on that ends after {@code m}. */
    private static int past(List<Token> clause, int from, Mention m) {
        int j = from;
        while (j < clause.size() && clause.get(j).end() <= m.span().end()) {
            j++;
        }
        return j;
    }

    private static Mention nameAfterTitle(Context c, List<Token> clause, int from) {
        for (int k = from; k < clause.size() && k < from + 6; k++) {
            Token t = clause.get(k);
            Mention m = c.speakerAt(t.start());
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
    private Mention nominalSpeaker(Context c, List<Token> clause, int from, TextSpan q) {
        if (from >= clause.size() || !clause.get(from).text().equalsIgnoreCase("the")) {
            return null;
        }
        // "the judge said": the person last given that title before the quote
        if (from + 1 < clause.size() && words.isRoleNoun(clause.get(from + 1).text())
                && clause.get(from + 1).tag().equals("NOUN")
                && !BODY_NOUNS.contains(clause.get(from + 1).text().toLowerCase(Locale.ROOT))) {
            return c.holderBefore(clause.get(from + 1).text().toLowerCase(Locale.ROOT), q.start());
        }
        int k = from + 1;
        while (k < clause.size() && k < from + 4 && !BODY_NOUNS.contains(clause.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k >= clause.size() || !BODY_NOUNS.contains(clause.get(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return c.mostNamedOrganization();
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
    private static List<Quote> blockQuotes(Context c) {
        AnnotatedText text = c.text;
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
                    for (int k = c.firstFrom(lineStart + 1); k < c.sorted.size()
                            && c.sorted.get(k).span().start() < lineStart + s.length(); k++) {
                        Mention m = c.sorted.get(k);
                        if (m.span().end() <= lineStart + s.length()
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

    /** Whether {@code span} lies inside one of the quoted stretches {@code quoted}. */
    static boolean inside(List<TextSpan> quoted, TextSpan span) {
        for (TextSpan q : quoted) {
            if (q.contains(span)) {
                return true;
            }
        }
        return false;
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
            // a closing mark typed for an opening one: "... the judge said. ”Somewhere along the way ..."
            boolean miscurled = c == '\u201D' && (i == from || Character.isWhitespace(text.charAt(i - 1)))
                    && i + 1 < to && Character.isLetter(text.charAt(i + 1));
            if (c == '\u201C' || (c == '"' && opens(text, i, from)) || miscurled) {
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
