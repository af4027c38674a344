package newskg.extract;

import java.util.ArrayList;
import java.util.List;
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

    /** Everything the article states that newskg models. */
    public Extraction extract(Article article, AnnotatedText text) {
        List<Mention> ms = mentions.find(text);
        List<Role> rs = roles.find(text, ms);
        List<TextSpan> quoted = QuoteFinder.quoteSpans(text.text());
        List<Quote> qs = quotes.find(text, ms, quoted, rs);
        List<DateResolver> dates = new DateResolver(article.published())
                .perSentence(text.sentences().stream().map(Sentence::text).toList());
        PersonnelFinder.Found changes = personnel.find(text, ms, rs, quoted, dates);
        List<Event> es = new ArrayList<>(events.find(text, ms, qs, quoted, dates));
        es.addAll(changes.events());
        List<Role> all = new ArrayList<>(rs);
        all.addAll(changes.roles());
        return new Extraction(article, text, ms, all, es, qs);
    }
}
