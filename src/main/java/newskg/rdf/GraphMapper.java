package newskg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newskg.extract.EntityType;
import newskg.extract.Event;
import newskg.extract.Evidence;
import newskg.extract.Mention;
import newskg.extract.Participant;
import newskg.extract.Quote;
import newskg.extract.Role;
import newskg.extract.RoleStatus;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.resolve.Entity;
import newskg.resolve.Resolution;
import newskg.source.Article;
import newskg.source.ArticleMetadata;
import newskg.source.PublicationDate;
import newskg.vocab.NKG;
import newskg.vocab.Time;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes one resolved article as RDF under the newskg ontology: the article, its sentences, the
 * entities with their mentions, and the roles, events and quotes, each with its evidence sentence,
 * offsets, method and confidence. The only code that knows how facts become triples.
 * <pre>
 *   Graph g = GraphFactory.createDefaultGraph();
 *   GraphMapper.map(resolution, StreamRDFLib.graph(g));
 * </pre>
 * Thread-safe (stateless); the destination receives {@code triple} calls only (the caller chooses the graph).
 */
public final class GraphMapper {
    private static final Node SKOS_PREF = SKOS.prefLabel.asNode();
    private static final Node SKOS_ALT = SKOS.altLabel.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private GraphMapper() {
    }

    /** Streams the triples of {@code r} to {@code out}, between {@code start()} and {@code finish()}. */
    public static void map(Resolution r, StreamRDF out) {
        out.start();
        new Writer(r, out).write();
        out.finish();
    }

    private static final class Writer {
        private final Resolution r;
        private final StreamRDF out;
        private final String articleIri;
        private final Node article;
        private final Map<Integer, Node> sentences = new HashMap<>();

        Writer(Resolution r, StreamRDF out) {
            this.r = r;
            this.out = out;
            this.articleIri = Iris.article(r.extraction().article().id());
            this.article = uri(articleIri);
        }

        void write() {
            Article a = r.extraction().article();
            add(article, TYPE, NKG.Nodes.Article);
            add(article, DCTerms.title.asNode(), text(a.title()));
            add(article, NKG.Nodes.sourceFile, text(a.id()));
            add(article, NKG.Nodes.text, text(a.text())); // the text every offset refers to
            metadata(a);
            entities();
            int i = 0;
            for (Role role : r.roles()) {
                role(role, i++);
            }
            i = 0;
            for (Event e : r.events()) {
                event(e, i++);
            }
            i = 0;
            for (Quote q : r.quotes()) {
                quote(q, i++);
            }
        }

        /** What the article's source says about it: date, address, publisher, authors, language. */
        private void metadata(Article a) {
            PublicationDate p = a.publication();
            if (p != null) {
                add(article, DCTerms.issued.asNode(),
                        NodeFactory.createLiteralDT(p.lexical(), p.hasTime() ? XSDDatatype.XSDdateTime : XSDDatatype.XSDdate));
                add(article, NKG.Nodes.dateSource, text(p.source().label()));
            }
            ArticleMetadata m = a.metadata();
            if (m.url() != null) {
                add(article, SchemaDO.url.asNode(), uri(m.url()));
            }
            if (m.publisher() != null) {
                add(article, DCTerms.source.asNode(), text(m.publisher()));
            }
            for (String author : m.authors()) {
                add(article, DCTerms.creator.asNode(), text(author));
            }
            if (m.language() != null) {
                add(article, DCTerms.language.asNode(), text(m.language()));
            }
        }

        /** A sentence node; its triples are written the first time something refers to it. */
        private Node sentence(int index) {
            return sentences.computeIfAbsent(index, i -> {
                Node n = uri(Iris.part(articleIri, "sentence", i));
                Sentence s = r.extraction().text().sentences().get(i);
                add(n, TYPE, NKG.Nodes.Sentence);
                add(n, NKG.Nodes.inArticle, article);
                add(n, NKG.Nodes.sentenceIndex, integer(i));
                add(n, NKG.Nodes.text, text(s.text()));
                offsets(n, s.span());
                return n;
            });
        }

        private void entities() {
            int m = 0;
            for (Entity e : r.entities()) {
                Node en = uri(Iris.entity(e));
                add(en, TYPE, typeNode(e.type()));
                add(en, SKOS_PREF, text(e.name()));
                for (String alias : e.aliases()) {
                    add(en, SKOS_ALT, text(alias));
                }
                add(en, NKG.Nodes.mentionedIn, article);
                for (Mention mention : e.mentions()) {
                    Node mn = uri(Iris.part(articleIri, "mention", m++));
                    add(mn, TYPE, NKG.Nodes.Mention);
                    add(mn, NKG.Nodes.mentionOf, en);
                    add(mn, NKG.Nodes.inSentence, sentence(mention.sentence()));
                    // as written, line breaks included ("Mary J.K.\n\nLowe"); the name is the label
                    add(mn, NKG.Nodes.anchorOf, text(mention.span().of(r.extraction().text().text())));
                    offsets(mn, mention.span());
                    add(mn, NKG.Nodes.method, text(mention.method()));
                    add(mn, NKG.Nodes.confidence, decimal(mention.confidence()));
                }
            }
        }

        private void role(Role role, int i) {
            Node n = uri(Iris.part(articleIri, "role", i));
            add(n, TYPE, NKG.Nodes.Role);
            add(n, ORG.member.asNode(), entityNode(role.person()));
            add(n, NKG.Nodes.title, text(role.title()));
            if (role.org() != null) {
                add(n, ORG.organization.asNode(), entityNode(role.org()));
            }
            if (role.place() != null) {
                add(n, NKG.Nodes.rolePlace, entityNode(role.place()));
            }
            add(n, NKG.Nodes.status, statusNode(role.status()));
            if (role.start() != null || role.end() != null) {
                // W3C ORG's membership time: an OWL-Time interval with an instant at each known end
                String iri = Iris.part(articleIri, "role", i);
                Node interval = uri(iri + "/time");
                add(n, ORG.memberDuring.asNode(), interval);
                add(interval, TYPE, Time.Nodes.Interval);
                if (role.start() != null) {
                    add(interval, Time.Nodes.hasBeginning, instant(uri(iri + "/start"), role.start()));
                }
                if (role.end() != null) {
                    add(interval, Time.Nodes.hasEnd, instant(uri(iri + "/end"), role.end()));
                }
            }
            evidence(n, role.evidence());
        }

        private void event(Event e, int i) {
            Node n = uri(Iris.part(articleIri, "event", i));
            add(n, TYPE, NKG.Nodes.Event);
            add(n, TYPE, NKG.Nodes.term(e.type().name()));
            if (e.type().isPersonnelChange()) {
                add(n, TYPE, NKG.PersonnelChange.asNode());
            }
            add(n, RDFS.label.asNode(), text(e.type().name() + ": " + e.trigger()));
            add(n, NKG.Nodes.trigger, text(e.trigger()));
            for (Participant p : e.participants()) {
                Node who = entityNode(p.mention());
                add(n, NKG.Nodes.participant, who);
                add(n, NKG.Nodes.term(p.part().name()), who);
            }
            if (e.place() != null) {
                add(n, NKG.Nodes.place, entityNode(e.place()));
            }
            if (e.date() != null) {
                add(n, NKG.Nodes.date, dateLiteral(e.date()));
                add(n, NKG.Nodes.dateMethod, text(e.dateMethod()));
            }
            evidence(n, e.evidence());
        }

        private void quote(Quote q, int i) {
            Node n = uri(Iris.part(articleIri, "quote", i));
            add(n, TYPE, NKG.Nodes.Quote);
            add(n, NKG.Nodes.quoteText, text(q.text()));
            add(n, NKG.Nodes.saidBy, entityNode(q.speaker()));
            evidence(n, q.evidence());
        }

        private void evidence(Node n, Evidence ev) {
            add(n, NKG.Nodes.evidence, sentence(ev.sentence()));
            add(n, NKG.Nodes.anchorOf, text(ev.span().of(r.extraction().text().text())));
            offsets(n, ev.span());
            add(n, NKG.Nodes.method, text(ev.method()));
            add(n, NKG.Nodes.confidence, decimal(ev.confidence()));
        }

        private Node instant(Node n, Temporal t) {
            add(n, TYPE, Time.Nodes.Instant);
            Node p = t instanceof Year ? Time.Nodes.inXSDgYear
                    : t instanceof YearMonth ? Time.Nodes.inXSDgYearMonth : Time.Nodes.inXSDDate;
            add(n, p, dateLiteral(t));
            return n;
        }

        private Node entityNode(Mention m) {
            Entity e = r.entity(m);
            if (e == null) {
                throw new IllegalStateException("fact refers to an unresolved mention: " + m);
            }
            return uri(Iris.entity(e));
        }

        private void offsets(Node n, TextSpan span) {
            add(n, NKG.Nodes.beginIndex, integer(span.start()));
            add(n, NKG.Nodes.endIndex, integer(span.end()));
        }

        private void add(Node s, Node p, Node o) {
            out.triple(Triple.create(s, p, o));
        }
    }

    private static Node typeNode(EntityType t) {
        return switch (t) {
            case PERSON -> NKG.Nodes.Person;
            case ORGANIZATION -> NKG.Nodes.Organization;
            case PLACE -> NKG.Nodes.Place;
        };
    }

    private static Node statusNode(RoleStatus s) {
        return switch (s) {
            case CURRENT -> NKG.Current.asNode();
            case FORMER -> NKG.Former.asNode();
            case FUTURE -> NKG.Future.asNode();
        };
    }

    /** A day as xsd:date, a month as xsd:gYearMonth, a year as xsd:gYear: as precise as the article. */
    static Node dateLiteral(Temporal t) {
        if (t instanceof Year) {
            return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDgYear);
        }
        if (t instanceof YearMonth) {
            return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDgYearMonth);
        }
        return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdate);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double v) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }

}
