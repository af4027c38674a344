package newskg.store;

import java.util.Objects;

/**
 * One SHACL result: a node of the graph that breaks a shape.
 * <pre>
 *   Violation v = violations.get(0);
 *   System.out.println(v.focusNode() + " " + v.path() + ": " + v.message());
 * </pre>
 *
 * @param severity  {@code Violation}, {@code Warning} or {@code Info}
 * @param focusNode the node that breaks the shape, as an IRI (or a blank node label)
 * @param path      the property path, with the newskg prefixes ({@code org:member}); empty for node-level results
 * @param value     the offending value, in SPARQL syntax; empty when the problem is a missing value
 * @param message   what is wrong, in words a user understands (the shape's {@code sh:message}, filled in)
 * @param rule      the shape's message as written, with "…" for the parts filled in per node: the same for
 *                  every result of one constraint, so results can be counted by it
 */
public record Violation(String severity, String focusNode, String path, String value, String message,
                        String rule) {
    public Violation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focusNode, "focusNode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
    }

    /** True for results of severity {@code Violation}, the ones that make a graph non-conforming. */
    public boolean isViolation() {
        return "Violation".equals(severity);
    }
}
