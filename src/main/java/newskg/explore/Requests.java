package newskg.explore;

import jakarta.servlet.http.HttpServletRequest;
import newskg.vocab.Prefixes;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Reading an explorer request's parameters; a missing or malformed one is an {@link ExploreException}
 * with status 400 and a message that says what was expected.
 */
final class Requests {
    /** Longest IRI or search text accepted. */
    static final int MAX_LENGTH = 2000;

    private Requests() {
    }

    /** The parameter's value, stripped, or null when absent or blank. */
    static String optional(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_LENGTH) {
            throw new ExploreException(400, "the parameter " + name + " is longer than " + MAX_LENGTH + " characters");
        }
        return v.strip();
    }

    /** The parameter's value; 400 when absent. */
    static String required(HttpServletRequest request, String name) {
        String v = optional(request, name);
        if (v == null) {
            throw new ExploreException(400, "the parameter " + name + " is missing");
        }
        return v;
    }

    /** The IRI in parameter {@code name}: a full IRI, or a prefixed name with one of the project's prefixes. */
    static String iri(HttpServletRequest request, String name) {
        return iri(required(request, name));
    }

    /**
     * A full IRI from {@code text}: an absolute IRI as it is, {@code <...>} unwrapped, a prefixed name such
     * as {@code person:alice-example} expanded.
     *
     * @throws ExploreException 400 when it is neither
     */
    static String iri(String text) {
        String s = text.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        String expanded = Prefixes.MAPPING.expandPrefix(s);
        try {
            IRIx iri = IRIx.create(expanded);
            if (iri.isRelative() || expanded.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
                throw new ExploreException(400, "not a full IRI: " + s);
            }
            return expanded;
        } catch (IRIException e) {
            throw new ExploreException(400, "not an IRI: " + s + " (" + e.getMessage() + ")");
        }
    }

    /** True when {@code text} looks like an IRI or a prefixed name rather than a name to search for. */
    static boolean looksLikeIri(String text) {
        String s = text.strip();
        if (s.startsWith("<") || s.matches("(?i)(https?|urn|file):\\S*")) {
            return true;
        }
        int colon = s.indexOf(':');
        return colon > 0 && !s.contains(" ") && Prefixes.MAPPING.getNsPrefixURI(s.substring(0, colon)) != null;
    }

    /** An integer parameter between {@code min} and {@code max}, or {@code dflt} when absent. */
    static int integer(HttpServletRequest request, String name, int dflt, int min, int max) {
        String v = optional(request, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new ExploreException(400, "the parameter " + name + " must be between " + min + " and " + max
                        + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ExploreException(400, "the parameter " + name + " must be a whole number: " + v);
        }
    }
}
