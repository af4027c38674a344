package newskg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes newskg writes and reads everywhere: export, the query command, the console and the server.
 * <pre>
 *   model.setNsPrefixes(Prefixes.MAPPING);
 *   String q = Prefixes.sparqlHeader() + "SELECT ...";
 * </pre>
 */
public final class Prefixes {
    /** The prefix mapping; locked, so it can be shared. */
    public static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix("nkg", NKG.NS)
            .setNsPrefix("article", NKG.ID + "article/")
            .setNsPrefix("person", NKG.ID + "person/")
            .setNsPrefix("organization", NKG.ID + "organization/")
            .setNsPrefix("place", NKG.ID + "place/")
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("time", Time.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL.NS)
            .setNsPrefix("xsd", XSD.NS)
            .lock();

    private Prefixes() {
    }

    /** {@code PREFIX} lines for every prefix, to put before a SPARQL query. */
    public static String sparqlHeader() {
        StringBuilder sb = new StringBuilder();
        MAPPING.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
