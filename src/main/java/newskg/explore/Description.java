package newskg.explore;

import java.util.List;
import java.util.Map;
import newskg.vocab.NKG;
import newskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The RDF a linked-data IRI answers with ({@code GET /id/...} as Turtle, JSON-LD or N-Triples), from all
 * article graphs: for an entity, its own triples, its mentions with their sentences, the roles, events
 * and quotes it takes part in with their evidence sentences, the names and types of the entities those
 * link, and the title and date of the articles that mention it; for an article, its whole graph; for a
 * part of an article (a sentence, mention, role, event or quote), its triples, its sentence and the
 * entities it links.
 * <pre>
 *   Description d = reader.read(r -&gt; Description.of(r, iri));
 *   RDFDataMgr.write(out, d.graph(), Lang.TURTLE);
 * </pre>
 * Thread-safe (stateless).
 *
 * @param graph     the triples, with the project's prefixes
 * @param truncated true when some part reached the row cap, so that triples are missing
 */
record Description(Graph graph, boolean truncated) {
    /** What an IRI names, by its classes. */
    enum Kind { ENTITY, ARTICLE, PART }

    private static final String TYPES = "SELECT DISTINCT ?t WHERE { ?x a ?t }";

    private static final String SELF = "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }";
    private static final String MENTIONS = """
            CONSTRUCT {
              ?m a nkg:Mention ; nkg:mentionOf ?x ; nkg:inSentence ?s ; nkg:anchorOf ?w ;
                 nkg:beginIndex ?b ; nkg:endIndex ?e ; nkg:method ?method ; nkg:confidence ?c .
              ?s a nkg:Sentence ; nkg:inArticle ?a ; nkg:sentenceIndex ?i ; nkg:text ?st ;
                 nkg:beginIndex ?sb ; nkg:endIndex ?se .
            } WHERE {
              ?m nkg:mentionOf ?x ; nkg:inSentence ?s ; nkg:beginIndex ?b ; nkg:endIndex ?e .
              OPTIONAL { ?m nkg:anchorOf ?w } OPTIONAL { ?m nkg:method ?method } OPTIONAL { ?m nkg:confidence ?c }
              ?s nkg:inArticle ?a ; nkg:text ?st ; nkg:beginIndex ?sb ; nkg:endIndex ?se .
              OPTIONAL { ?s nkg:sentenceIndex ?i }
            }
            """;
    private static final String FACT_OF = """
            { ?f org:member ?x } UNION { ?f org:organization ?x } UNION { ?f nkg:rolePlace ?x }
              UNION { ?f nkg:participant ?x } UNION { ?f nkg:place ?x } UNION { ?f nkg:saidBy ?x }
            """;
    private static final String FACTS = "CONSTRUCT { ?f ?p ?o } WHERE { " + FACT_OF + " ?f ?p ?o }";
    private static final String SENTENCE = """
              ?s a nkg:Sentence ; nkg:inArticle ?a ; nkg:text ?st ; nkg:beginIndex ?sb ; nkg:endIndex ?se .
              OPTIONAL { ?s nkg:sentenceIndex ?i }
            """;
    private static final String SENTENCE_TEMPLATE = """
              ?s a nkg:Sentence ; nkg:inArticle ?a ; nkg:sentenceIndex ?i ; nkg:text ?st ;
                 nkg:beginIndex ?sb ; nkg:endIndex ?se .
            """;
    private static final String FACT_SENTENCES = "CONSTRUCT {" + SENTENCE_TEMPLATE + "} WHERE { " + FACT_OF
            + " ?f nkg:evidence ?s . " + SENTENCE + "}";
    private static final String LINKED_NAMES = "CONSTRUCT { ?y a ?t ; skos:prefLabel ?l } WHERE { " + FACT_OF
            + " ?f ?p ?y . ?y a ?t . FILTER (?t IN (nkg:Person, nkg:Organization, nkg:Place)) ?y skos:prefLabel ?l }";
    private static final String ARTICLES = """
            CONSTRUCT { ?a a nkg:Article ; dcterms:title ?t ; dcterms:issued ?d ; nkg:sourceFile ?f } WHERE {
              ?x nkg:mentionedIn ?a .
              OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a dcterms:issued ?d } OPTIONAL { ?a nkg:sourceFile ?f }
            }
            """;
    private static final String ARTICLE = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?x { ?s ?p ?o } }";
    private static final String PART_SENTENCE = "CONSTRUCT {" + SENTENCE_TEMPLATE
            + "} WHERE { ?x nkg:evidence|nkg:inSentence ?s . " + SENTENCE + "}";
    private static final String PART_NAMES = """
            CONSTRUCT { ?y a ?t ; skos:prefLabel ?l . ?a a nkg:Article ; dcterms:title ?title } WHERE {
              { ?x ?p ?y . ?y a ?t . FILTER (?t IN (nkg:Person, nkg:Organization, nkg:Place)) ?y skos:prefLabel ?l }
              UNION { GRAPH ?a { ?x ?p ?o } ?a a nkg:Article . OPTIONAL { ?a dcterms:title ?title } }
            }
            """;

    /**
     * What {@code iri} names.
     *
     * @throws ExploreException 404 when the graph holds nothing with that IRI
     */
    static Kind kind(StoreReader.Reading reading, String iri) {
        Kind kind = kindOrNull(reading, iri);
        if (kind == null) {
            throw new ExploreException(404, "the graph holds nothing with the IRI " + iri);
        }
        return kind;
    }

    /** What {@code iri} names, or null when the graph holds nothing with it. */
    static Kind kindOrNull(StoreReader.Reading reading, String iri) {
        List<String> types = reading.select(TYPES, Map.of("x", NodeFactory.createURI(iri))).stream()
                .map(row -> Rows.iri(row, "t")).toList();
        if (types.stream().anyMatch(Names.ENTITY_TYPES::containsKey)) {
            return Kind.ENTITY;
        }
        if (types.contains(NKG.Article.getURI())) {
            return Kind.ARTICLE;
        }
        return types.isEmpty() ? null : Kind.PART;
    }

    /**
     * The description of {@code iri}.
     *
     * @throws ExploreException 404 when the graph holds nothing with that IRI
     */
    static Description of(StoreReader.Reading reading, String iri) {
        Node x = NodeFactory.createURI(iri);
        List<String> queries = switch (kind(reading, iri)) {
            case ENTITY -> List.of(SELF, MENTIONS, FACTS, FACT_SENTENCES, LINKED_NAMES, ARTICLES);
            case ARTICLE -> List.of(ARTICLE);
            case PART -> List.of(SELF, PART_SENTENCE, PART_NAMES);
        };
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
        boolean truncated = false;
        for (String q : queries) {
            StoreReader.Constructed part = reading.construct(q, "x", x);
            truncated |= part.capped();
            part.graph().find().forEachRemaining(graph::add);
        }
        return new Description(graph, truncated);
    }
}
