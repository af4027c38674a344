package newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences and UD-tagged tokens with OpenNLP, mending the models' known slips:
 * curly quotes that stick to words, possessive {@code 's} left on the name, and sentences broken after
 * title and month abbreviations ({@code Gov.}, {@code Jan.}) or initials ({@code H.W.}), and middle
 * initials split from their period ({@code H .}).
 * <pre>
 *   AnnotatedText t = new Annotator(NlpModels.load()).annotate(article.text());
 * </pre>
 * Not thread-safe (OpenNLP's ME classes keep per-call state): use one per thread.
 */
public final class Annotator {
    /** Abbreviations after which a sentence does not end when a capitalised word follows. */
    private static final Set<String> NON_FINAL = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "gov.", "sen.", "rep.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.",
            "maj.", "cmdr.", "pres.", "sec.", "atty.", "supt.", "insp.", "det.", "prof.", "rev.", "hon.", "st.",
            "jr.", "sr.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
            "dec.", "no.", "vs.", "ft.", "mt.", "u.s.", "inc.", "corp.", "co.", "reps.", "sens.", "govs.", "gens.",
            "drs.", "profs.", "sgts.", "lts.", "messrs.");

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public Annotator(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new POSTaggerME(models.pos, POSTagFormat.UD);
    }

    /** Sentences and tokens of {@code text}; never {@code null}, empty for blank text. */
    public AnnotatedText annotate(String text) {
        String plain = straightenQuotes(text);
        List<TextSpan> spans = mergeBrokenSentences(plain, sentenceSpans(plain));
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (TextSpan span : spans) {
            List<Token> tokens = tag(plain, text, span);
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), span, span.of(text), tokens));
            }
        }
        return new AnnotatedText(text, sentences);
    }

    /** Curly quotes become straight ones, one character for one, so offsets stay valid. */
    static String straightenQuotes(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> c[i] = '"';
                case '\u2018', '\u2019', '\u201A', '\u201B' -> c[i] = '\'';
                default -> {
                }
            }
        }
        return new String(c);
    }

    /** Sentence spans, paragraph by paragraph (a line is never part of two sentences' middles). */
    private List<TextSpan> sentenceSpans(String text) {
        List<TextSpan> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : sentenceDetector.sentPosDetect(line)) {
                    TextSpan t = trim(text, lineStart + s.getStart(), lineStart + s.getEnd());
                    if (t.length() > 0) {
                        spans.add(t);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    /**
     * Joins a sentence that ends in a title, month or initial abbreviation with the next one when that
     * starts with a capital or a digit (the detector splits {@code Gov. | Abara}; a page layout may split
     * {@code Mary J.K. | Lowe} across a paragraph break).
     */
    private static List<TextSpan> mergeBrokenSentences(String text, List<TextSpan> spans) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : spans) {
            if (!out.isEmpty()) {
                TextSpan prev = out.get(out.size() - 1);
                if (endsWithAbbreviation(prev.of(text)) && startsLikeContinuation(s.of(text))
                        && gapIsShort(text, prev.end(), s.start())) {
                    out.set(out.size() - 1, new TextSpan(prev.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        int space = Math.max(sentence.lastIndexOf(' '), sentence.lastIndexOf('\n'));
        String last = sentence.substring(space + 1);
        if (NON_FINAL.contains(last.toLowerCase())) {
            return true;
        }
        // initials: "H.W." or "J."
        return last.matches("(?:[A-Z]\\.){1,3}") && !last.equals("U.S.");
    }

    private static boolean startsLikeContinuation(String next) {
        // a lower-case start never opens a sentence ("Kennedy Jr. | said"); a capital or digit may continue one
        return !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0));
    }

    private static boolean gapIsShort(String text, int from, int to) {
        return to - from <= 3 && text.substring(from, to).isBlank();
    }

    private static TextSpan trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(start, end);
    }

    private List<Token> tag(String plain, String original, TextSpan sentence) {
        String s = unglueDashes(sentence.of(plain));
        Span[] spans = tokenizer.tokenizePos(s);
        if (spans.length == 0) {
            return List.of();
        }
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(s).toString();
        }
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(spans.length + 4);
        for (int i = 0; i < spans.length; i++) {
            int start = sentence.start() + spans[i].getStart();
            int end = sentence.start() + spans[i].getEnd();
            addToken(tokens, original, plain, start, end, tags[i]);
        }
        joinInitials(tokens, original);
        return tokens;
    }

    /**
     * A middle initial or a title abbreviation split from its period ("Mara J . Okafor", "Lt. Col .
     * Ana Ruiz") becomes one proper-noun token again ("H.", "Col."), so that names and titles stay whole.
     */
    private static void joinInitials(List<Token> tokens, String original) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token letter = tokens.get(i);
            Token dot = tokens.get(i + 1);
            boolean initial = letter.text().length() == 1 && Character.isUpperCase(letter.text().charAt(0))
                    && i > 0 && tokens.get(i - 1).isCapitalized();
            String lower = letter.text().toLowerCase(java.util.Locale.ROOT);
            // singular title abbreviations only: plural ones ("Reps" ".") are read split by role extraction
            boolean abbreviation = letter.isCapitalized() && NON_FINAL.contains(lower + ".")
                    && !(lower.endsWith("s") && NON_FINAL.contains(lower.substring(0, lower.length() - 1) + "."));
            if ((initial || abbreviation) && dot.text().equals(".") && letter.end() == dot.start()
                    && tokens.get(i + 2).isCapitalized()) {
                TextSpan span = new TextSpan(letter.start(), dot.end());
                tokens.set(i, new Token(span.of(original), "PROPN", span));
                tokens.remove(i + 1);
            }
        }
    }

    /**
     * A dash between two words ("Chicago—places") is read as a space by the tokenizer, which would
     * otherwise keep the three as one token; offsets do not change.
     */
    static String unglueDashes(String s) {
        char[] c = s.toCharArray();
        for (int i = 1; i < c.length - 1; i++) {
            if ((c[i] == '\u2014' || c[i] == '\u2013') && !Character.isWhitespace(c[i - 1])
                    && !Character.isWhitespace(c[i + 1])) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /**
     * Adds one token, splitting a possessive {@code 's} (tagged {@code X+PART}) off its word and reducing
     * other combined UD tags to their first part.
     */
    private static void addToken(List<Token> tokens, String original, String plain, int start, int end, String tag) {
        String word = plain.substring(start, end);
        String first = tag.contains("+") ? tag.substring(0, tag.indexOf('+')) : tag;
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("'S"))
                && Character.isLetterOrDigit(word.charAt(word.length() - 3))) {
            String baseTag = first;
            if (Character.isUpperCase(word.charAt(0)) && !first.equals("PROPN") && !first.equals("NOUN")) {
                baseTag = "PROPN"; // "Ostrowski's" at the start of a sentence comes out as VERB
            }
            tokens.add(new Token(original.substring(start, end - 2), baseTag, new TextSpan(start, end - 2)));
            tokens.add(new Token(original.substring(end - 2, end), "PART", new TextSpan(end - 2, end)));
            return;
        }
        if (word.length() > 2 && word.endsWith("s'") && Character.isUpperCase(word.charAt(0))) {
            // "Phillips' remarks": the plural-style possessive of a name ending in s
            tokens.add(new Token(original.substring(start, end - 1), "PROPN", new TextSpan(start, end - 1)));
            tokens.add(new Token(original.substring(end - 1, end), "PART", new TextSpan(end - 1, end)));
            return;
        }
        tokens.add(new Token(original.substring(start, end), first, new TextSpan(start, end)));
    }
}
