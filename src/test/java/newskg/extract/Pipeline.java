package newskg.extract;

import java.time.LocalDate;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Annotator;
import newskg.nlp.NlpModels;
import newskg.resolve.EntityResolver;
import newskg.resolve.Resolution;
import newskg.source.Article;

/** Runs the real stages over text written for a test. */
final class Pipeline {
    private static final Extractor EXTRACTOR = Extractor.standard();

    private Pipeline() {
    }

    static Extraction extract(String text) {
        return extract(text, null);
    }

    static Extraction extract(String text, LocalDate published) {
        Article a = new Article("test.txt", "test.txt", "Test", published, text);
        AnnotatedText t = new Annotator(NlpModels.load()).annotate(text);
        return EXTRACTOR.extract(a, t);
    }

    static Resolution resolve(String text) {
        return resolve(text, null);
    }

    static Resolution resolve(String text, LocalDate published) {
        return new EntityResolver(Gazetteer.load()).resolve(extract(text, published));
    }
}
