package newskg.store;

import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF formats {@code newskg export} writes. Turtle, N-Triples and JSON-LD hold one graph (the
 * union of the article graphs, or one article's graph); TriG and N-Quads keep each article in its
 * own named graph.
 * <pre>
 *   ExportFormat f = ExportFormat.of("trig");   // f.keepsGraphs() is true
 * </pre>
 */
public enum ExportFormat {
    TTL(RDFFormat.TURTLE_PRETTY, false),
    TRIG(RDFFormat.TRIG_PRETTY, true),
    NT(RDFFormat.NTRIPLES, false),
    NQ(RDFFormat.NQUADS, true),
    JSONLD(RDFFormat.JSONLD, false);

    private final RDFFormat rdfFormat;
    private final boolean keepsGraphs;

    ExportFormat(RDFFormat rdfFormat, boolean keepsGraphs) {
        this.rdfFormat = rdfFormat;
        this.keepsGraphs = keepsGraphs;
    }

    /** The Jena writer format. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** True for the quad formats (TriG, N-Quads), which keep one named graph per article. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /**
     * Parses a user's format name, case-insensitive; {@code turtle}, {@code ntriples},
     * {@code nquads} and {@code json-ld} are accepted as well.
     *
     * @throws IllegalArgumentException naming the accepted formats
     */
    public static ExportFormat of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (n) {
            case "ttl", "turtle" -> TTL;
            case "trig" -> TRIG;
            case "nt", "ntriples" -> NT;
            case "nq", "nquads" -> NQ;
            case "jsonld" -> JSONLD;
            default -> throw new IllegalArgumentException("unknown export format '" + name
                    + "' (use ttl, trig, nt, nq or jsonld)");
        };
    }
}
