package newskg.nlp;

import java.util.List;

/**
 * Finds the names of people, organizations and places in annotated text with a learned model. The
 * extraction stage combines what it finds with its rules.
 * <pre>
 *   EntityRecognizer r = OpenNlpEntityRecognizer.load();
 *   List&lt;EntitySpan&gt; names = r.recognize(annotatedText);
 * </pre>
 * Implementations say whether they are thread-safe; {@link OpenNlpEntityRecognizer} is.
 */
public interface EntityRecognizer {
    /** Names of {@link #PERSON}, {@link #ORGANIZATION} and {@link #PLACE}. */
    String PERSON = "person";
    String ORGANIZATION = "organization";
    String PLACE = "place";

    /**
     * Every name in the article, in text order. One call is one document: what the recognizer learns
     * from earlier sentences of this text does not carry over to the next call.
     */
    List<EntitySpan> recognize(AnnotatedText text);

    /** A recognizer that finds nothing (rules only). */
    static EntityRecognizer none() {
        return text -> List.of();
    }
}
