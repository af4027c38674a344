package newskg.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newskg.vocab.NKG;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The roles, events and quotes of one entity (those it takes part in) or of one article, with their
 * evidence passages. Reads in two steps, so that a page listing the first N of many facts fetches
 * sentences for those N only: first what every fact is (who, what, where, when: enough to sort and
 * group), then, for the facts a page shows, their passages and an event's participants
 * ({@link #details}).
 * <pre>
 *   Facts facts = Facts.ofEntity(reading, iri);
 *   List&lt;Facts.Fact&gt; shown = facts.events().subList(0, 25);
 *   Facts.Details d = Facts.details(reading, shown);
 * </pre>
 * Thread-safe (stateless); {@link Facts} itself is immutable.
 *
 * @param roles  every role, in no particular order
 * @param events every event, one row each
 * @param quotes every quote
 */
record Facts(List<Fact> roles, List<Fact> events, List<Fact> quotes) {
    private static final String ROLES = """
            SELECT ?f ?a ?issued ?b ?person ?title ?org ?place ?status ?start ?end WHERE {
              GRAPH ?a {
                %s
                ?f a nkg:Role ; org:member ?person ; nkg:title ?title ; nkg:beginIndex ?b .
                OPTIONAL { ?f org:organization ?org }
                OPTIONAL { ?f nkg:rolePlace ?place }
                OPTIONAL { ?f nkg:status ?statusTerm }
                OPTIONAL { ?f org:memberDuring/time:hasBeginning/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?start }
                OPTIONAL { ?f org:memberDuring/time:hasEnd/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?end }
                OPTIONAL { ?a dcterms:issued ?issued }
              }
              BIND (LCASE(STRAFTER(STR(?statusTerm), "#")) AS ?status)
            }
            """;
    private static final String EVENTS = """
            SELECT ?f ?a ?issued ?b ?type ?date ?dateMethod ?place ?trigger WHERE {
              GRAPH ?a {
                %s
                ?f a nkg:Event , ?type ; nkg:beginIndex ?b . FILTER (?type NOT IN (nkg:Event, nkg:PersonnelChange))
                OPTIONAL { ?f nkg:date ?date }
                OPTIONAL { ?f nkg:dateMethod ?dateMethod }
                OPTIONAL { ?f nkg:place ?place }
                OPTIONAL { ?f nkg:trigger ?trigger }
                OPTIONAL { ?a dcterms:issued ?issued }
              }
            }
            """;
    private static final String QUOTES = """
            SELECT ?f ?a ?issued ?b ?text ?speaker WHERE {
              GRAPH ?a {
                %s
                ?f a nkg:Quote ; nkg:quoteText ?text ; nkg:saidBy ?speaker ; nkg:beginIndex ?b .
                OPTIONAL { ?a dcterms:issued ?issued }
              }
            }
            """;
    private static final String ENTITY_ROLES = "{ ?f org:member ?entity } UNION { ?f org:organization ?entity }"
            + " UNION { ?f nkg:rolePlace ?entity }";
    private static final String ENTITY_EVENTS = "{ ?f nkg:participant ?entity } UNION { ?f nkg:place ?entity }";
    private static final String ENTITY_QUOTES = "?f nkg:saidBy ?entity .";

    private static final String PASSAGES = """
            SELECT ?f ?a ?atitle ?issued ?stext ?sb ?b ?end ?method ?conf WHERE {
              GRAPH ?a {
                ?f nkg:evidence ?s ; nkg:beginIndex ?b ; nkg:endIndex ?end .
                ?s nkg:text ?stext ; nkg:beginIndex ?sb .
                OPTIONAL { ?f nkg:method ?method }
                OPTIONAL { ?f nkg:confidence ?conf }
                OPTIONAL { ?a dcterms:title ?atitle }
                OPTIONAL { ?a dcterms:issued ?issued }
              }
            }
            """;
    private static final String PARTICIPANTS = """
            SELECT ?f ?p ?part WHERE {
              ?f nkg:participant ?p .
              OPTIONAL { ?f ?part ?p .
                FILTER (?part IN (nkg:agent, nkg:victim, nkg:speaker, nkg:attendee, nkg:target, nkg:holder, nkg:institution)) }
            }
            """;
    private static final String TEXTS = "SELECT ?a ?text WHERE { GRAPH ?a { ?a nkg:text ?text } }";

    /** Facts in text order: by article (newest first), then where they stand. */
    static final Comparator<Fact> NEWEST_FIRST = Comparator
            .comparing(Fact::issued, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Fact::article)
            .thenComparingInt(Fact::begin);

    Facts {
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
    }

    /** The facts the entity takes part in: as a role's holder, organization or place, as a participant or place, as a speaker. */
    static Facts ofEntity(StoreReader.Reading reading, String entityIri) {
        Map<String, Node> b = Map.of("entity", NodeFactory.createURI(entityIri));
        return new Facts(facts(reading.select(ROLES.formatted(ENTITY_ROLES), b)),
                facts(reading.select(EVENTS.formatted(ENTITY_EVENTS), b)),
                facts(reading.select(QUOTES.formatted(ENTITY_QUOTES), b)));
    }

    /** The facts an article states. */
    static Facts ofArticle(StoreReader.Reading reading, String articleIri) {
        Map<String, Node> b = Map.of("a", NodeFactory.createURI(articleIri));
        return new Facts(facts(reading.select(ROLES.formatted(""), b)), facts(reading.select(EVENTS.formatted(""), b)),
                facts(reading.select(QUOTES.formatted(""), b)));
    }

    /** One row per fact (an event of two event classes gives two rows; the first is kept). */
    private static List<Fact> facts(List<Binding> rows) {
        Map<String, Fact> byIri = new LinkedHashMap<>();
        for (Binding row : rows) {
            Fact f = new Fact(Rows.iri(row, "f"), Rows.iri(row, "a"), Rows.text(row, "issued"), Rows.integer(row, "b"), row);
            byIri.putIfAbsent(f.iri(), f);
        }
        return new ArrayList<>(byIri.values());
    }

    /** Every entity the facts refer to: holders, organizations, places, speakers (participants: see {@link Details}). */
    static Set<String> entityIris(Collection<Fact> facts) {
        Set<String> iris = new LinkedHashSet<>();
        for (Fact f : facts) {
            for (String v : new String[] {"person", "org", "place", "speaker"}) {
                String iri = Rows.iri(f.row(), v);
                if (iri != null) {
                    iris.add(iri);
                }
            }
        }
        return iris;
    }

    /**
     * The passages of {@code facts} and the participants of those that are events, in two queries.
     * A fact whose words reach past its sentence (a quote that runs on) gets the stretch of the
     * article's text from the earlier start to the later end.
     */
    static Details details(StoreReader.Reading reading, Collection<Fact> facts) {
        List<Node> iris = facts.stream().map(f -> NodeFactory.createURI(f.iri())).distinct().toList();
        Map<String, Passage> passages = new HashMap<>();
        for (Binding row : reading.selectEach(PASSAGES, "f", iris, Map.of())) {
            passages.putIfAbsent(Rows.iri(row, "f"), new Passage(Rows.iri(row, "a"), Rows.text(row, "atitle"),
                    Rows.text(row, "issued"), Rows.text(row, "stext"), Rows.integer(row, "sb"),
                    List.of(new Span(Rows.integer(row, "b"), Rows.integer(row, "end"))),
                    Rows.text(row, "method"), Rows.decimal(row, "conf")));
        }
        Set<String> widen = new LinkedHashSet<>();
        passages.values().stream().filter(p -> !inside(p)).forEach(p -> widen.add(p.article()));
        if (!widen.isEmpty()) {
            Map<String, String> texts = texts(reading, widen);
            passages.replaceAll((f, p) -> inside(p) || !texts.containsKey(p.article()) ? p
                    : widened(p, texts.get(p.article())));
        }
        Map<String, Map<String, String>> participants = new HashMap<>();
        for (Binding row : reading.selectEach(PARTICIPANTS, "f", iris, Map.of())) {
            String part = Rows.iri(row, "part");
            String name = part == null ? "participant" : part.substring(NKG.NS.length());
            // A participant with a named part keeps it; the plain nkg:participant row comes too.
            participants.computeIfAbsent(Rows.iri(row, "f"), k -> new LinkedHashMap<>())
                    .merge(Rows.iri(row, "p"), name, (old, now) -> old.equals("participant") ? now : old);
        }
        return new Details(passages, participants);
    }

    /** True when every mark lies within the passage's text. */
    static boolean inside(Passage p) {
        int end = p.sentenceBegin() + p.sentence().length();
        return p.marks().stream().allMatch(m -> m.begin() >= p.sentenceBegin() && m.end() <= end);
    }

    /** The passage stretched over its marks, cut from the article's whole text. */
    static Passage widened(Passage p, String text) {
        int begin = p.sentenceBegin();
        int end = begin + p.sentence().length();
        for (Span m : p.marks()) {
            begin = Math.min(begin, m.begin());
            end = Math.max(end, m.end());
        }
        begin = Math.max(0, begin);
        end = Math.min(text.length(), end);
        return new Passage(p.article(), p.articleTitle(), p.articleIssued(), text.substring(begin, end), begin,
                p.marks(), p.method(), p.confidence());
    }

    /** The whole texts of the articles. */
    static Map<String, String> texts(StoreReader.Reading reading, Collection<String> articles) {
        Map<String, String> texts = new HashMap<>();
        for (Binding row : reading.selectEach(TEXTS, "a", Names.nodes(articles), Map.of())) {
            texts.put(Rows.iri(row, "a"), Rows.text(row, "text"));
        }
        return texts;
    }

    /**
     * What one fact is, before its passage is read.
     *
     * @param iri     the fact's IRI
     * @param article the article (graph) that states it
     * @param issued  the article's publication date, or null
     * @param begin   where its words begin
     * @param row     the query's row: {@code person}, {@code title}, {@code org}, {@code place},
     *                {@code status}, {@code start}, {@code end} for a role;
     *                {@code type}, {@code date}, {@code dateMethod}, {@code place}, {@code trigger} for an event;
     *                {@code text}, {@code speaker} for a quote
     */
    record Fact(String iri, String article, String issued, int begin, Binding row) {
        String text(String var) {
            return Rows.text(row, var);
        }

        String iriOf(String var) {
            return Rows.iri(row, var);
        }
    }

    /**
     * The passages and participants of some facts, and the rows built from them.
     *
     * @param passages     by fact IRI
     * @param participants by event IRI: participant IRI to part
     */
    record Details(Map<String, Passage> passages, Map<String, Map<String, String>> participants) {
        /** Every participant's IRI. */
        Set<String> participantIris() {
            Set<String> iris = new LinkedHashSet<>();
            participants.values().forEach(p -> iris.addAll(p.keySet()));
            return iris;
        }

        RoleStatement role(Fact f, Map<String, EntityRef> refs) {
            String status = f.text("status");
            return new RoleStatement(f.iri(), refs.get(f.iriOf("person")), f.text("title"), ref(refs, f.iriOf("org")),
                    ref(refs, f.iriOf("place")), status == null || status.isEmpty() ? null : status, f.text("start"),
                    f.text("end"), passages.get(f.iri()));
        }

        EventRow event(Fact f, Map<String, EntityRef> refs) {
            List<EventRow.Participant> who = new ArrayList<>();
            participants.getOrDefault(f.iri(), Map.of()).forEach((p, part) -> {
                EntityRef r = refs.get(p);
                if (r != null) {
                    who.add(new EventRow.Participant(r, part));
                }
            });
            String type = f.iriOf("type");
            return new EventRow(f.iri(), type.startsWith(NKG.NS) ? type.substring(NKG.NS.length()) : type,
                    f.text("trigger"), f.text("date"), f.text("dateMethod"), ref(refs, f.iriOf("place")), who,
                    passages.get(f.iri()));
        }

        QuoteRow quote(Fact f, Map<String, EntityRef> refs) {
            return new QuoteRow(f.iri(), f.text("text"), ref(refs, f.iriOf("speaker")), passages.get(f.iri()));
        }

        private static EntityRef ref(Map<String, EntityRef> refs, String iri) {
            return iri == null ? null : refs.get(iri);
        }
    }
}
