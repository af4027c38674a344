package newskg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newskg.vocab.NKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * What the article page shows: the article's title, date, source and URL when known, its whole text
 * with every mention (offsets, entity, how it was found), and the roles, events and quotes it states.
 * An IRI of a part of an article (a sentence, mention, role, event or quote) gives its article, with
 * the part's words as the place to show first.
 * <pre>
 *   ArticleLookup.Info info = reader.read(r -&gt; ArticleLookup.find(r, iri, null));
 * </pre>
 * Thread-safe (stateless).
 */
final class ArticleLookup {
    private static final String IS_ARTICLE = "ASK { GRAPH ?article { ?article a nkg:Article } }";
    private static final String PART = """
            SELECT ?a ?b ?end WHERE { GRAPH ?a { ?x nkg:beginIndex ?b ; nkg:endIndex ?end . ?a a nkg:Article } }
            """;
    private static final String METADATA = "SELECT ?p ?o WHERE { GRAPH ?article { ?article ?p ?o } }";
    private static final String MENTIONS = """
            SELECT * WHERE {
              GRAPH ?article {
                ?m a nkg:Mention ; nkg:mentionOf ?entity ; nkg:beginIndex ?b ; nkg:endIndex ?end .
                OPTIONAL { ?m nkg:method ?method }
                OPTIONAL { ?m nkg:confidence ?conf }
              }
            }
            """;

    private ArticleLookup() {
    }

    /**
     * The article page's content for an article's IRI or the IRI of one of its parts.
     *
     * @param focus the words to show first, or null (a part's IRI gives its own)
     * @throws ExploreException 404 when the IRI is neither an article nor a part of one; 400 when the
     *                          focus lies outside the text
     */
    static Info find(StoreReader.Reading reading, String iri, Span focus) {
        Node node = NodeFactory.createURI(iri);
        String article = iri;
        if (!reading.ask(IS_ARTICLE, Map.of("article", node))) {
            List<Binding> part = reading.select(PART, Map.of("x", node), 1);
            if (part.isEmpty()) {
                throw new ExploreException(404, "the graph holds no article, nor a part of one, with the IRI " + iri);
            }
            article = Rows.iri(part.get(0), "a");
            if (focus == null) {
                focus = new Span(Rows.integer(part.get(0), "b"), Rows.integer(part.get(0), "end"));
            }
        }
        Node a = NodeFactory.createURI(article);
        Map<String, String> meta = new HashMap<>();
        List<String> creators = new ArrayList<>();
        for (Binding row : reading.select(METADATA, Map.of("article", a))) {
            String p = Rows.iri(row, "p");
            meta.putIfAbsent(p, Rows.text(row, "o"));
            if (DCTerms.creator.getURI().equals(p)) {
                creators.add(Rows.text(row, "o"));
            }
        }
        creators.sort(null);
        String text = meta.getOrDefault(NKG.text.getURI(), "");
        if (focus != null && focus.end() > text.length()) {
            throw new ExploreException(400, "the words to show (" + focus.begin() + ".." + focus.end()
                    + ") lie outside the article's text, which has " + text.length() + " characters");
        }

        List<Binding> mentionRows = reading.select(MENTIONS, Map.of("article", a));
        Facts facts = Facts.ofArticle(reading, article);
        List<Facts.Fact> all = new ArrayList<>(facts.roles());
        all.addAll(facts.events());
        all.addAll(facts.quotes());
        Facts.Details details = Facts.details(reading, all);
        Set<String> iris = new LinkedHashSet<>(Facts.entityIris(all));
        iris.addAll(details.participantIris());
        mentionRows.forEach(row -> iris.add(Rows.iri(row, "entity")));
        Map<String, EntityRef> refs = Names.refs(reading, iris);

        List<MentionMark> mentions = new ArrayList<>();
        Set<String> entities = new LinkedHashSet<>();
        for (Binding row : mentionRows) {
            EntityRef e = refs.get(Rows.iri(row, "entity"));
            if (e != null) {
                mentions.add(new MentionMark(Rows.iri(row, "m"), new Span(Rows.integer(row, "b"), Rows.integer(row, "end")),
                        e, Rows.text(row, "method"), Rows.decimal(row, "conf")));
                entities.add(e.iri());
            }
        }
        mentions.sort(Comparator.comparingInt((MentionMark m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        Comparator<Facts.Fact> inText = Comparator.comparingInt(Facts.Fact::begin);
        List<RoleStatement> roles = facts.roles().stream().sorted(inText).map(f -> details.role(f, refs)).toList();
        List<EventRow> events = facts.events().stream().sorted(inText).map(f -> details.event(f, refs)).toList();
        List<QuoteRow> quotes = facts.quotes().stream().sorted(inText).map(f -> details.quote(f, refs)).toList();

        String source = meta.getOrDefault(DCTerms.source.getURI(), meta.get(SchemaDO.publisher.getURI()));
        return new Info(article, meta.get(DCTerms.title.getURI()), meta.get(DCTerms.issued.getURI()), source,
                webAddress(meta.get(SchemaDO.url.getURI())), creators.isEmpty() ? null : String.join(", ", creators),
                meta.get(NKG.sourceFile.getURI()), text, mentions, entities.size(), roles, events, quotes, focus);
    }

    /** The URL when it is a web address (http or https), so that a page may link to it; else null. */
    static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8) ? u : null;
    }

    /**
     * One mention in the article's text.
     *
     * @param iri        the mention's IRI
     * @param span       where its words are
     * @param entity     the entity it names
     * @param method     how it was found, or null
     * @param confidence how sure, or null
     */
    record MentionMark(String iri, Span span, EntityRef entity, String method, Double confidence) {
    }

    /**
     * The article page's content.
     *
     * @param iri        the article's IRI
     * @param title      its title, or null
     * @param issued     its publication date, or null
     * @param source     its source or publisher, or null
     * @param url        its web address (http or https only), or null
     * @param creator    its authors, or null
     * @param sourceFile the file it was read from, or null
     * @param text       its whole text, that every offset refers to
     * @param mentions   every mention, in text order
     * @param entities   how many entities the mentions name
     * @param roles      its roles, in text order
     * @param events     its events, in text order
     * @param quotes     its quotes, in text order
     * @param focus      the words to show first, or null
     */
    record Info(String iri, String title, String issued, String source, String url, String creator,
                String sourceFile, String text, List<MentionMark> mentions, int entities, List<RoleStatement> roles,
                List<EventRow> events, List<QuoteRow> quotes, Span focus) {
    }
}
