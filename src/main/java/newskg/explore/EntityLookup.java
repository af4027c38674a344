package newskg.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What the entity page shows of one person, organization or place: its names and type, the roles it
 * holds (or that are of it), the events it takes part in or that happen there, in date order, its
 * quotes, the entities most often mentioned with it and the articles that mention it; every row with
 * its evidence passage.
 * <pre>
 *   EntityLookup.Info info = reader.read(r -&gt; EntityLookup.find(r, iri, 25));
 * </pre>
 * Thread-safe (stateless).
 */
final class EntityLookup {
    /** Evidence passages kept per grouped role. */
    static final int PASSAGES_PER_ROLE = 20;
    /** Most entities listed as often mentioned with it, whatever the limit: each needs a passage found. */
    static final int MAX_RELATED = 200;

    private static final String CO_MENTIONED = """
            SELECT ?other (COUNT(DISTINCT ?a) AS ?n) WHERE {
              GRAPH ?a { ?entity nkg:mentionedIn ?a . ?other nkg:mentionedIn ?a . FILTER (?other != ?entity) }
            } GROUP BY ?other ORDER BY DESC(?n) ?other
            """;
    /** Sentences naming the entity and another: offsets only; the texts of the few shown come after. */
    private static final String TOGETHER = """
            SELECT ?other ?a ?issued ?s ?b1 ?e1 ?b2 ?e2 WHERE {
              GRAPH ?a {
                ?m1 nkg:mentionOf ?entity ; nkg:inSentence ?s ; nkg:beginIndex ?b1 ; nkg:endIndex ?e1 .
                ?m2 nkg:inSentence ?s ; nkg:mentionOf ?other ; nkg:beginIndex ?b2 ; nkg:endIndex ?e2 .
                FILTER (?other != ?entity)
                OPTIONAL { ?a dcterms:issued ?issued }
              }
            }
            """;
    private static final String SENTENCES = """
            SELECT ?s ?a ?atitle ?stext ?sb WHERE {
              GRAPH ?a { ?s nkg:text ?stext ; nkg:beginIndex ?sb . OPTIONAL { ?a dcterms:title ?atitle } }
            }
            """;
    private static final String ARTICLES = """
            SELECT ?a ?atitle ?issued WHERE {
              GRAPH ?a {
                ?entity nkg:mentionedIn ?a .
                OPTIONAL { ?a dcterms:title ?atitle }
                OPTIONAL { ?a dcterms:issued ?issued }
              }
            }
            """;
    private static final String MENTION_COUNTS = """
            SELECT ?a (COUNT(?m) AS ?n) (MIN(?b) AS ?first) WHERE {
              GRAPH ?a { ?m nkg:mentionOf ?entity ; nkg:beginIndex ?b }
            } GROUP BY ?a
            """;
    private static final String FIRST_MENTIONS = """
            SELECT * WHERE {
              GRAPH ?a {
                ?m nkg:mentionOf ?entity ; nkg:beginIndex ?b ; nkg:endIndex ?end ; nkg:inSentence ?s .
                ?s nkg:text ?stext ; nkg:beginIndex ?sb .
                OPTIONAL { ?m nkg:method ?method }
                OPTIONAL { ?m nkg:confidence ?conf }
              }
            }
            """;

    private EntityLookup() {
    }

    /**
     * The entity page's content, each list cut to {@code limit} rows (its total kept).
     *
     * @throws ExploreException 404 when the graph holds no person, organization or place with that IRI
     */
    static Info find(StoreReader.Reading reading, String iri, int limit) {
        Names.Described self = Names.describe(reading, iri);
        if (self == null) {
            throw new ExploreException(404, "the graph holds no person, organization or place with the IRI " + iri);
        }
        Node e = NodeFactory.createURI(iri);
        Map<String, Node> b = Map.of("entity", e);

        Facts facts = Facts.ofEntity(reading, iri);
        List<List<Facts.Fact>> roleGroups = groupRoles(facts.roles());
        List<List<Facts.Fact>> shownRoles = roleGroups.subList(0, Math.min(limit, roleGroups.size()));
        List<Facts.Fact> events = new ArrayList<>(facts.events());
        events.sort(Comparator.comparing((Facts.Fact f) -> f.text("date"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Facts.NEWEST_FIRST));
        List<Facts.Fact> shownEvents = events.subList(0, Math.min(limit, events.size()));
        List<Facts.Fact> quotes = new ArrayList<>(facts.quotes());
        quotes.sort(Facts.NEWEST_FIRST);
        List<Facts.Fact> shownQuotes = quotes.subList(0, Math.min(limit, quotes.size()));

        List<Facts.Fact> shown = new ArrayList<>();
        shownRoles.forEach(g -> shown.addAll(g.subList(0, Math.min(PASSAGES_PER_ROLE, g.size()))));
        shown.addAll(shownEvents);
        shown.addAll(shownQuotes);
        Facts.Details details = Facts.details(reading, shown);

        List<Binding> coMentioned = reading.select(CO_MENTIONED, b);
        List<Binding> related = coMentioned.subList(0, Math.min(Math.min(limit, MAX_RELATED), coMentioned.size()));
        List<Binding> articles = reading.select(ARTICLES, b);

        Set<String> iris = new LinkedHashSet<>(Facts.entityIris(shown));
        iris.addAll(details.participantIris());
        related.forEach(row -> iris.add(Rows.iri(row, "other")));
        iris.remove(iri);
        Map<String, EntityRef> refs = new HashMap<>(Names.refs(reading, iris));
        refs.put(iri, self.ref());

        List<RoleRow> roles = new ArrayList<>();
        for (List<Facts.Fact> group : shownRoles) {
            List<RoleStatement> statements = group.stream().limit(PASSAGES_PER_ROLE).map(f -> details.role(f, refs)).toList();
            Set<String> inArticles = new LinkedHashSet<>();
            group.forEach(f -> inArticles.add(f.article()));
            RoleStatement first = statements.get(0);
            roles.add(new RoleRow(first.iri(), first.person(), first.title(), first.org(), first.place(), first.status(),
                    first.start(), first.end(), group.size(), inArticles.size(),
                    statements.stream().map(RoleStatement::evidence).toList()));
        }
        return new Info(iri, self.ref().name(), self.ref().type(), self.otherNames(), articles.size(),
                new Listing<>(roleGroups.size(), roles),
                new Listing<>(events.size(), shownEvents.stream().map(f -> details.event(f, refs)).toList()),
                new Listing<>(quotes.size(), shownQuotes.stream().map(f -> details.quote(f, refs)).toList()),
                new Listing<>(coMentioned.size(), coMentions(reading, e, related, refs)),
                articleRows(reading, e, articles, limit));
    }

    /**
     * Statements of the same role (holder, title, organization, place) as one group, newest first; the
     * groups stated in most articles first.
     */
    static List<List<Facts.Fact>> groupRoles(List<Facts.Fact> statements) {
        Map<List<String>, List<Facts.Fact>> groups = new LinkedHashMap<>();
        for (Facts.Fact f : statements) {
            List<String> key = Arrays.asList(f.iriOf("person"), f.text("title"), f.iriOf("org"), f.iriOf("place"),
                    f.text("status"), f.text("start"), f.text("end"));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<List<Facts.Fact>> sorted = new ArrayList<>(groups.values());
        sorted.forEach(g -> g.sort(Facts.NEWEST_FIRST));
        sorted.sort(Comparator.comparingLong((List<Facts.Fact> g) -> -g.stream().map(Facts.Fact::article).distinct().count())
                .thenComparing(g -> g.get(0).text("title")));
        return sorted;
    }

    private static List<CoMention> coMentions(StoreReader.Reading reading, Node entity, List<Binding> related,
                                              Map<String, EntityRef> refs) {
        Set<String> wanted = new HashSet<>();
        related.forEach(row -> wanted.add(Rows.iri(row, "other")));
        Map<String, Binding> together = new HashMap<>();
        for (Binding row : reading.select(TOGETHER, Map.of("entity", entity))) {
            String other = Rows.iri(row, "other");
            if (wanted.contains(other)) {
                together.merge(other, row, EntityLookup::shownFirst);
            }
        }
        Map<String, Binding> sentences = new HashMap<>();
        List<Node> ss = together.values().stream().map(row -> Rows.node(row, "s")).distinct().toList();
        for (Binding row : reading.selectEach(SENTENCES, "s", ss, Map.of())) {
            sentences.putIfAbsent(Rows.iri(row, "s"), row);
        }
        List<CoMention> out = new ArrayList<>();
        for (Binding row : related) {
            EntityRef other = refs.get(Rows.iri(row, "other"));
            if (other == null) {
                continue;
            }
            Binding t = together.get(other.iri());
            Binding s = t == null ? null : sentences.get(Rows.iri(t, "s"));
            Passage p = s == null ? null : new Passage(Rows.iri(t, "a"), Rows.text(s, "atitle"), Rows.text(t, "issued"),
                    Rows.text(s, "stext"), Rows.integer(s, "sb"), sorted(
                    new Span(Rows.integer(t, "b1"), Rows.integer(t, "e1")),
                    new Span(Rows.integer(t, "b2"), Rows.integer(t, "e2"))), null, null);
            out.add(new CoMention(other, Rows.integer(row, "n"), p));
        }
        return out;
    }

    /** Of two sentences naming both, the one from the more recent article, or the earlier one in the same article. */
    private static Binding shownFirst(Binding a, Binding b) {
        int byDate = Comparator.nullsLast(Comparator.<String>reverseOrder())
                .compare(Rows.text(a, "issued"), Rows.text(b, "issued"));
        if (byDate != 0) {
            return byDate < 0 ? a : b;
        }
        int byArticle = Rows.iri(a, "a").compareTo(Rows.iri(b, "a"));
        if (byArticle != 0) {
            return byArticle < 0 ? a : b;
        }
        return Rows.integer(a, "b1") <= Rows.integer(b, "b1") ? a : b;
    }

    private static List<Span> sorted(Span a, Span b) {
        return a.begin() <= b.begin() ? List.of(a, b) : List.of(b, a);
    }

    private static Listing<ArticleRow> articleRows(StoreReader.Reading reading, Node entity, List<Binding> articles,
                                                   int limit) {
        List<Binding> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing((Binding row) -> Rows.text(row, "issued"),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(row -> Objects.requireNonNullElse(Rows.text(row, "atitle"), ""))
                .thenComparing(row -> Rows.iri(row, "a")));
        List<Binding> shown = sorted.subList(0, Math.min(limit, sorted.size()));
        Map<String, Binding> counts = new HashMap<>();
        List<Node> shownIris = shown.stream().map(row -> Rows.node(row, "a")).toList();
        for (Binding row : reading.selectEach(MENTION_COUNTS, "a", shownIris, Map.of("entity", entity))) {
            counts.put(Rows.iri(row, "a"), row);
        }
        List<List<Node>> firsts = new ArrayList<>();
        for (Binding row : counts.values()) {
            firsts.add(List.of(Rows.node(row, "a"),
                    NodeFactory.createLiteralDT(Integer.toString(Rows.integer(row, "first")), XSDDatatype.XSDinteger)));
        }
        Map<String, Binding> firstMention = new HashMap<>();
        for (Binding row : reading.selectEach(FIRST_MENTIONS, List.of("a", "b"), firsts, Map.of("entity", entity))) {
            firstMention.putIfAbsent(Rows.iri(row, "a"), row);
        }
        List<ArticleRow> out = new ArrayList<>();
        for (Binding row : shown) {
            String a = Rows.iri(row, "a");
            Binding m = firstMention.get(a);
            Binding n = counts.get(a);
            Passage p = m == null ? null : new Passage(a, Rows.text(row, "atitle"), Rows.text(row, "issued"),
                    Rows.text(m, "stext"), Rows.integer(m, "sb"),
                    List.of(new Span(Rows.integer(m, "b"), Rows.integer(m, "end"))),
                    Rows.text(m, "method"), Rows.decimal(m, "conf"));
            out.add(new ArticleRow(a, Rows.text(row, "atitle"), Rows.text(row, "issued"),
                    n == null ? 0 : Rows.integer(n, "n"), p));
        }
        return new Listing<>(articles.size(), out);
    }

    /**
     * The entity page's content.
     *
     * @param iri          the entity's IRI
     * @param name         its preferred name
     * @param type         {@code Person}, {@code Organization} or {@code Place}
     * @param otherNames   the other names articles give it
     * @param articleCount how many articles mention it
     * @param roles        roles it holds, or of it (grouped, most often stated first)
     * @param events       events it takes part in or that happen there, in date order
     * @param quotes       what it said, newest articles first
     * @param related      the entities most often mentioned in the same articles
     * @param articles     the articles that mention it, newest first
     */
    record Info(String iri, String name, String type, List<String> otherNames, int articleCount,
                Listing<RoleRow> roles, Listing<EventRow> events, Listing<QuoteRow> quotes,
                Listing<CoMention> related, Listing<ArticleRow> articles) {
    }

    /**
     * One role as the entity page lists it: the statements of the same holder, title, organization,
     * place, status and time, with the passages of the first {@value #PASSAGES_PER_ROLE}.
     *
     * @param iri        the IRI of one of the statements
     * @param statements how many statements there are
     * @param articles   in how many articles
     */
    record RoleRow(String iri, EntityRef person, String title, EntityRef org, EntityRef place, String status,
                   String start, String end, int statements, int articles, List<Passage> evidence) {
    }

    /**
     * An entity mentioned in the same articles.
     *
     * @param entity   which
     * @param articles in how many articles both are mentioned
     * @param evidence a sentence naming both, or null when none does
     */
    record CoMention(EntityRef entity, int articles, Passage evidence) {
    }

    /**
     * An article that mentions the entity.
     *
     * @param mentions how many times
     * @param evidence the sentence of the first mention
     */
    record ArticleRow(String iri, String title, String issued, int mentions, Passage evidence) {
    }

    /**
     * The first rows of a list and how many there are in all.
     *
     * @param total how many rows the full list has
     * @param items the first ones
     */
    record Listing<T>(int total, List<T> items) {
        Listing {
            items = List.copyOf(items);
        }

        static <T> Listing<T> of(List<T> all, int limit) {
            return new Listing<>(all.size(), all.subList(0, Math.min(limit, all.size())));
        }
    }
}
