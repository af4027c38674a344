package newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void lineEndsBecomeNewlines() {
        assertEquals("a\nb\nc\nd\ne\n", TextNormalizer.normalize("a\r\nb\rc\u2028d\u000Ce\u0085"));
    }

    @Test
    void formatAndControlCharactersAreRemovedSpacesMadePlain() {
        assertEquals("Rosa Delgado said\tyes", TextNormalizer.normalize(
                "\uFEFFRo\u200Bsa\u00A0Del\u00ADga\u200Ddo\u2060 said\u0007\tyes\u200E"));
    }

    @Test
    void textIsInNfc() {
        assertEquals("Jos\u00E9 Mu\u00F1oz", TextNormalizer.normalize("Jose\u0301 Mun\u0303oz"));
    }

    @Test
    void lettersAreWhatMakesText() {
        assertTrue(TextNormalizer.hasLetters("42 \u00E9"));
        assertFalse(TextNormalizer.hasLetters("42 -- !"));
    }
}
