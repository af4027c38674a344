package newskg.extract;

import java.util.List;
import newskg.nlp.AnnotatedText;
import newskg.nlp.OpenNlpEntityRecognizer;
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

    public Extractor(MentionFinder mentions, RoleExtractor roles, QuoteFinder quotes, EventDetector events) {
        this.mentions = mentions;
        this.roles = roles;
        this.quotes = quotes;
        this.events = events;
    }

    /** The standard extractor over the shipped gazetteer, WordNet and entity model. */
    public static Extractor standard() {
        Gazetteer gazetteer = Gazetteer.load();
        NameWords words = new NameWords(WordNet.load(), gazetteer);
        MentionFinder mentions = new MentionFinder(gazetteer, words, OpenNlpEntityRecognizer.load());
        return new Extractor(mentions, new RoleExtractor(words),
                new QuoteFinder(words), new EventDetector(words));
    }

    /** Everything the article states that newskg models. */
    public Extraction extract(Article article, AnnotatedText text) {
        List<Mention> ms = mentions.find(text);
        List<Role> rs = roles.find(text, ms);
        List<TextSpan> quoted = QuoteFinder.quoteSpans(text.text());
        List<Quote> qs = quotes.find(text, ms, quoted);
        List<Event> es = events.find(text, ms, qs, quoted, new DateResolver(article.published()));
        return new Extraction(article, text, ms, rs, es, qs);
    }
}
