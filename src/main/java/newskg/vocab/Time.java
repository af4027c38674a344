package newskg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The W3C OWL-Time terms newskg uses for the time a role was held ({@code org:memberDuring} an
 * interval whose beginning and end are instants with a date, a month or a year).
 * <pre>
 *   out.triple(Triple.create(interval, Time.Nodes.hasBeginning, instant));
 * </pre>
 */
public final class Time {
    public static final String NS = "http://www.w3.org/2006/time#";

    private Time() {
    }

    /** The terms as graph nodes. */
    public static final class Nodes {
        private Nodes() {
        }

        public static final Node Interval = uri("Interval");
        public static final Node Instant = uri("Instant");
        public static final Node hasBeginning = uri("hasBeginning");
        public static final Node hasEnd = uri("hasEnd");
        public static final Node inXSDDate = uri("inXSDDate");
        public static final Node inXSDgYearMonth = uri("inXSDgYearMonth");
        public static final Node inXSDgYear = uri("inXSDgYear");

        private static Node uri(String local) {
            return NodeFactory.createURI(NS + local);
        }
    }
}
