package newskg.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into characters: UTF-8, or UTF-16 or UTF-32 when a byte-order mark says
 * so. Anything else is refused with a message that says what it looks like (binary, UTF-16 without a mark,
 * another 8-bit encoding).
 * <pre>
 *   String text = TextDecoder.decode(Files.readAllBytes(file), file.toString());
 * </pre>
 * Thread-safe (stateless).
 */
public final class TextDecoder {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** How many leading bytes are looked at to tell UTF-16 without a byte-order mark from binary data. */
    private static final int SNIFF = 4096;

    private TextDecoder() {
    }

    /**
     * The text of {@code bytes}, without its byte-order mark.
     *
     * @param origin names the file in messages
     * @throws ArticleException when the bytes are binary or not text in one of the encodings above
     */
    public static String decode(byte[] bytes, String origin) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = UTF_32BE;
            skip = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = UTF_32LE;
            skip = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (looksLikeUtf16(bytes)) {
            throw new ArticleException(origin + ": UTF-16 text without a byte-order mark; save it as UTF-8");
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            if (charset == StandardCharsets.UTF_8 && hasNul(bytes)) {
                throw new ArticleException(origin + ": binary file, not a text article");
            }
            throw new ArticleException(origin + ": not valid " + charset.name() + " text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ArticleException(origin + ": binary file, not a text article");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** ASCII text in UTF-16: a zero byte in every other position, on one side only. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF) & ~1;
        if (n < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return (evenZeros > pairs * 0.9 && oddZeros == 0) || (oddZeros > pairs * 0.9 && evenZeros == 0);
    }
}
