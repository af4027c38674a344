package newskg.nlp;

import java.util.Set;

/**
 * The lower-case particles that people's names carry between or before their capitalised words
 * ("Anne-Marie de la Tour", "Ludwig van Dyke", "Omar bin Said"): general knowledge of naming, shared by
 * the entity recognizer (where a name may start) and the mention rules (where one continues).
 * <pre>
 *   NameParticles.is("van");   // true
 * </pre>
 */
public final class NameParticles {
    /** The particles, as written in running text. */
    private static final Set<String> WORDS = Set.of(
            "de", "la", "le", "du", "des", "del", "della", "di", "da", "dos", "das", "van", "von", "der", "den",
            "ter", "bin", "ibn", "al", "el", "y");

    private NameParticles() {
    }

    /** Whether {@code word} is a name particle. */
    public static boolean is(String word) {
        return WORDS.contains(word);
    }
}
