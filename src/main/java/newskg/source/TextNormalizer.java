package newskg.source;

import java.text.Normalizer;

/**
 * Brings article text to the one form the graph stores, so that offsets counted in it are the offsets a
 * reader finds and names are never split by invisible characters:
 * <ul>
 *   <li>line ends {@code \r\n}, {@code \r}, form feeds, vertical tabs, U+0085, U+2028 and U+2029 become {@code \n};</li>
 *   <li>format characters (Unicode category Cf: byte-order marks, zero-width space, joiner and non-joiner,
 *       word joiner, bidirectional marks) and the soft hyphen are removed;</li>
 *   <li>other control characters, except tab, are removed;</li>
 *   <li>space separators (no-break space, thin and narrow spaces, U+3000) become a plain space;</li>
 *   <li>the result is in Unicode NFC ({@code e} + combining acute becomes {@code é}).</li>
 * </ul>
 * <pre>
 *   String stored = TextNormalizer.normalize(decoded);
 * </pre>
 * Design decision: the text is cleaned before anything is stored or counted, rather than keeping the raw text
 * and mapping offsets, because then the stored text and every offset agree by construction. Removing the
 * zero-width joiners changes the rendering of some emoji and scripts that use them (Persian, Indic); news
 * names in them stay readable. Thread-safe (stateless).
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** {@code text} in the stored form described above. */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    sb.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> sb.append('\n');
                case '\t' -> sb.append('\t');
                case '\u00AD' -> {
                    // a soft hyphen is invisible unless the line breaks there
                }
                default -> {
                    int type = Character.getType(c);
                    if (type == Character.SPACE_SEPARATOR) {
                        sb.append(' ');
                    } else if (type != Character.CONTROL && type != Character.FORMAT) {
                        sb.append(c);
                    }
                }
            }
        }
        String s = sb.toString();
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Whether {@code text} has at least one letter: a text without any is not an article. */
    public static boolean hasLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
