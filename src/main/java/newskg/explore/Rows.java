package newskg.explore;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reading values out of SPARQL result rows; an unbound variable gives null (or the default). */
final class Rows {
    private Rows() {
    }

    static Node node(Binding row, String var) {
        return row.get(Var.alloc(var));
    }

    /** The IRI bound to {@code var}, or null when unbound or not an IRI. */
    static String iri(Binding row, String var) {
        Node n = node(row, var);
        return n != null && n.isURI() ? n.getURI() : null;
    }

    /** The lexical form of the literal bound to {@code var} (an IRI's text), or null. */
    static String text(Binding row, String var) {
        Node n = node(row, var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }

    /** The integer bound to {@code var}, or 0 when unbound or not a number. */
    static int integer(Binding row, String var) {
        String s = text(row, var);
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The decimal bound to {@code var}, or null. */
    static Double decimal(Binding row, String var) {
        String s = text(row, var);
        if (s == null) {
            return null;
        }
        try {
            return Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
