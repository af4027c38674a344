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

    public QuoteFinder(NameWords words) {
        this.words = words;
    }

    /**
     * The quotes of the text whose speaker is among {@code mentions}.
     *
     * @param quoteSpans every quoted stretch of the text, as {@link #quoteSpans(String)} finds them
     */
    public List<Quote> find(AnnotatedText text, List<Mention> mentionList, List<TextSpan> quoteSpans) {
        Mentions mentions = new Mentions(mentionList);
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
            Attribution a = attribute(text, q, first, last, mentions);
            if (a == null && previous != null && adjacent(text, previous, q)) {
                a = new Attribution(previous.speaker(), "quote:continues-previous", 0.7);
            }
            if (a == null && first.index() > 0) {
                a = speakerOfSentence(text.sentences().get(first.index() - 1), mentions);
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
                                  Mentions mentions) {
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
        Attribution a = attributeClause(text, after, mentions, q, true);
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
            return attributeBefore(text, before, mentions, q);
        }
        return null;
    }

    private Attribution attributeClause(AnnotatedText text, List<Token> clause, Mentions mentions, TextSpan q,
                                        boolean after) {
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
                Mention m = mentions.speakerAt(clause.get(i + 1).start());
                if (m != null) {
                    return new Attribution(m, "quote:said-name", 0.9);
                }
                if (PRONOUNS.contains(clause.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                    return pronoun(text, q, mentions);
                }
            }
            return null;
        }
        if (PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) && i + 1 < clause.size()
                && words.isSpeechVerb(clause.get(i + 1))) {
            return pronoun(text, q, mentions);
        }
        Mention m = mentions.speakerAt(t.start());
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
            Mention a = mentions.speakerAt(clause.get(i + 2).start());
            if (a != null) {
                return new Attribution(a, "quote:according-to", 0.85);
            }
        }
        return null;
    }

    /** A speech verb before the quote; the speaker is the last person or organisation named before it. */
    private Attribution attributeBefore(AnnotatedText text, List<Token> before, Mentions mentions, TextSpan q) {
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
        Mention speaker = mentions.lastWithin(before.get(0).start(), before.get(verb).start());
        if (speaker == null) {
            String subject = before.get(0).text().toLowerCase(Locale.ROOT);
            return PRONOUNS.contains(subject) ? pronoun(text, q, mentions) : null;
        }
        return new Attribution(speaker, "quote:speech-verb-before", 0.8);
    }

    /** "Haddad told the Daily Mail he was concerned ... 'Any time...'": the named subject of a speech verb. */
    private Attribution speakerOfSentence(Sentence s, Mentions mentions) {
        for (Mention m : mentions.inSentence(s.index())) {
            if (m.type() == EntityType.PLACE) {
                continue;
            }
            int k = RoleExtractor.verbAfter(s, m);
            if (k >= 0 && words.isSpeechVerb(s.token(k)) && !s.token(k).text().endsWith("ing")) {
                return new Attribution(m, "quote:previous-sentence-speaker", 0.65);
            }
            return null; // only the sentence's subject counts
        }
        return null;
    }

    /** "he said": the first person named in the nearest earlier sentence that names one. */
    private static Attribution pronoun(AnnotatedText text, TextSpan q, Mentions mentions) {
        Sentence s = text.sentenceAt(q.start());
        if (s == null) {
            return null;
        }
        for (int i = s.index(); i >= 0 && i >= s.index() - 3; i--) {
            for (Mention m : mentions.inSentence(i)) {
                if (m.type() == EntityType.PERSON && !q.contains(m.span())
                        && m.span().start() < q.start()) {
                    return new Attribution(m, "quote:pronoun", 0.7);
                }
            }
        }
        return null;
    }

    /**
     * The mentions indexed by start offset and by sentence, so that each lookup costs a binary search
     * instead of a pass over every mention of the article. Lookups answer as a pass in list order would.
     */
    private static final class Mentions {
        private final List<Mention> list;
        private final Integer[] byStart; // indexes into list, by start offset, ties in list order
        private final java.util.Map<Integer, List<Mention>> bySentence = new java.util.HashMap<>();

        Mentions(List<Mention> list) {
            this.list = list;
            byStart = new Integer[list.size()];
            for (int i = 0; i < byStart.length; i++) {
                byStart[i] = i;
                bySentence.computeIfAbsent(list.get(i).sentence(), k -> new ArrayList<>()).add(list.get(i));
            }
            java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt((Integer i) -> list.get(i).span().start()));
        }

        /** The position in {@link #byStart} of the first mention starting at or after {@code offset}. */
        private int firstFrom(int offset) {
            int lo = 0;
            int hi = byStart.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (list.get(byStart[mid]).span().start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The first mention, in list order, that starts at {@code start} and is not a place. */
        Mention speakerAt(int start) {
            for (int k = firstFrom(start); k < byStart.length && list.get(byStart[k]).span().start() == start; k++) {
                if (list.get(byStart[k]).type() != EntityType.PLACE) {
                    return list.get(byStart[k]);
                }
            }
            return null;
        }

        /** The last mention, in list order, within [from, to) that is not a place. */
        Mention lastWithin(int from, int to) {
            int best = -1;
            for (int k = firstFrom(from); k < byStart.length && list.get(byStart[k]).span().start() < to; k++) {
                Mention m = list.get(byStart[k]);
                if (m.type() != EntityType.PLACE && m.span().end() <= to) {
                    best = Math.max(best, byStart[k]);
                }
            }
            return best < 0 ? null : list.get(best);
        }

        /** The first person, in list order, starting after {@code from} and ending by {@code to}. */
        Mention firstPersonWithin(int from, int to) {
            int best = Integer.MAX_VALUE;
            for (int k = firstFrom(from + 1); k < byStart.length && list.get(byStart[k]).span().start() < to; k++) {
                Mention m = list.get(byStart[k]);
                if (m.type() == EntityType.PERSON && m.span().end() <= to) {
                    best = Math.min(best, byStart[k]);
                }
            }
            return best == Integer.MAX_VALUE ? null : list.get(best);
        }

        /** The mentions of sentence {@code index}, in list order. */
        List<Mention> inSentence(int index) {
            return bySentence.getOrDefault(index, List.of());
        }
    }

    private static boolean adjacent(AnnotatedText text, Quote previous, TextSpan q) {
        // from the previous quote's closing mark to this one's opening mark, both left out
        String between = text.text().substring(Math.min(previous.span().end() + 1, q.start() - 1), q.start() - 1);
        // nothing but the previous quote's attribution and one line break between them
        return between.length() < 200 && between.chars().filter(c -> c == '\n').count() <= 1
                && between.chars().noneMatch(c -> c == '"' || c == '\u201C' || c == '\u2018');
    }

    private static boolean endsSentence(List<Token> before) {
        String last = before.get(before.size() - 1).text();
        return last.equals(".") || last.equals("!") || last.equals("?");
    }

    /** A paragraph followed by an attribution line "- Name": a block quote. */
    private static List<Quote> blockQuotes(AnnotatedText text, Mentions mentions) {
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
                    Mention m = prev.split("\\s+").length >= MIN_WORDS
                            ? mentions.firstPersonWithin(lineStart, lineStart + s.length()) : null;
                    if (m != null) {
                        TextSpan span = new TextSpan(prevStart, prevStart + prev.length());
                        Sentence sent = text.sentenceAt(prevStart);
                        if (sent != null) {
                            out.add(new Quote(prev, span, m,
                                    new Evidence(sent.index(), span, "quote:attribution-line", 0.75)));
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
