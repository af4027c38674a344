package newskg.extract;

import java.util.List;
import java.util.Objects;
import newskg.nlp.AnnotatedText;
import newskg.source.Article;

/**
 * Everything extracted from one article, before entity resolution: facts refer to {@link Mention}s.
 */
public record Extraction(Article article, AnnotatedText text, List<Mention> mentions, List<Role> roles,
                         List<Event> events, List<Quote> quotes) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }
}
