package newskg.nlp;

/**
 * Finds the syntactic heads and relations of a sentence's tokens, for the extractors to read roles and
 * personnel changes from their predicates.
 * <pre>
 *   DependencyParser p = OpenNlpDependencyParser.load();   // once per JVM
 *   DependencyTree t = p.parse(sentence);
 * </pre>
 * Implementations say whether they are thread-safe; {@link OpenNlpDependencyParser} is.
 */
public interface DependencyParser {
    /** The tree of {@code sentence}; never {@code null}. */
    DependencyTree parse(Sentence sentence);
}
