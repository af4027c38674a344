package newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import newskg.nlp.AnnotatedText;
import newskg.nlp.OpenNlpDependencyParser;
import newskg.nlp.OpenNlpEntityRecognizer;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.WordNet;
import newskg.source.Article;

/**
 * The extraction stage: mentions, then roles, quotes and events over them.
 * <pre>
 *   Extraction x = Extractor.standard().extract(article, annotatedText);
 * </pre>
 * Thread-safe: every part is stateless over shared, immutable resources.
 */
public final class Extractor {
    private final MentionFinder mentions;
    private final RoleExtractor roles;
    private final QuoteFinder quotes;
    private final EventDetector events;
    private final PersonnelFinder personnel;

    public Extractor(MentionFinder mentions, RoleExtractor roles, QuoteFinder quotes, EventDetector events,
                     PersonnelFinder personnel) {
        this.mentions = mentions;
        this.roles = roles;
        this.quotes = quotes;
        this.events = events;
        this.personnel = personnel;
    }

    /** The standard extractor over the shipped gazetteer, WordNet and entity model. */
    public static Extractor standard() {
        Gazetteer gazetteer = Gazetteer.load();
        NameWords words = new NameWords(WordNet.load(), gazetteer);
        MentionFinder mentions = new MentionFinder(gazetteer, words, OpenNlpEntityRecognizer.load());
        return new Extractor(mentions, new RoleExtractor(words), new QuoteFinder(words), new EventDetector(words),
                new PersonnelFinder(words, OpenNlpDependencyParser::load));
    }

    /**
     * How many sentences the article's lead has: those of its first paragraph, a first line that is the
     * article's title left out.
     */
    static int leadSize(Article article, AnnotatedText text) {
        String body = text.text();
        int from = 0;
        while (from < body.length() && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        int end = paragraphEnd(body, from);
        if (body.substring(from, end).strip().equals(article.title().strip())) {
            from = end;
            while (from < body.length() && Character.isWhitespace(body.charAt(from))) {
                from++;
            }
            end = paragraphEnd(body, from);
        }
        int n = 0;
        for (Sentence s : text.sentences()) {
            if (s.span().start() < end) {
                n++;
            }
        }
        return n;
    }

    /** Whether a verb of {@code s} outside quotation marks is in the present perfect ("has been fired"). */
    private static boolean reportsInPerfect(Sentence s, List<TextSpan> quoted) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).tag().equals("VERB") && !QuoteFinder.inside(quoted, s.token(i).span())
                    && VerbGroup.aspect(s, i, UnaryOperator.identity()) == VerbGroup.Aspect.PERFECT) {
                return true;
            }
        }
        return false;
    }

    /** Where the paragraph starting at {@code from} ends: at its line break, or the text's end. */
    private static int paragraphEnd(String body, int from) {
        int nl = body.indexOf('\n', from);
        return nl < 0 ? body.length() : nl;
    }

    /** Everything the article states that newskg models. */
    public Extraction extract(Article article, AnnotatedText text) {
        List<Mention> ms = mentions.find(text);
        List<Role> rs = roles.find(text, ms);
        List<TextSpan> quoted = QuoteFinder.quoteSpans(text.text());
        List<Quote> qs = quotes.find(text, ms, quoted, rs);
        List<DateResolver> dates = new DateResolver(article.published())
                .perSentence(text.sentences().stream().map(Sentence::text).toList(), leadSize(article, text),
                        i -> reportsInPerfect(text.sentences().get(i), quoted));
        PersonnelFinder.Found changes = personnel.find(text, ms, rs, quoted, dates);
        List<Event> es = new ArrayList<>(events.find(text, ms, qs, quoted, dates));
        es.addAll(changes.events());
        List<Role> all = new ArrayList<>(rs);
        all.addAll(changes.roles());
        return new Extraction(article, text, ms, all, es, qs);
    }
}
