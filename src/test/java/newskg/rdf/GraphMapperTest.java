package newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newskg.extract.Extractor;
import newskg.extract.Gazetteer;
import newskg.nlp.Annotator;
import newskg.nlp.NlpModels;
import newskg.resolve.EntityResolver;
import newskg.resolve.Resolution;
import newskg.source.Article;
import newskg.store.Validator;
import newskg.store.Violation;
import newskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The triples a resolved article maps to: roles with status and time, personnel changes, dates. */
class GraphMapperTest {
    private static final String TEXT = "Peter Lund resigned as chief executive of Globex Corp on Tuesday. "
            + "Jane Roe has served as director of Globex Corp since 2019.";

    private static Graph map(String text) {
        Article a = new Article("t.txt", "t.txt", "T", LocalDate.of(2025, 3, 14), text);
        Resolution r = new EntityResolver(Gazetteer.load()).resolve(
                Extractor.standard().extract(a, new Annotator(NlpModels.load()).annotate(text)));
        Graph g = GraphFactory.createDefaultGraph();
        GraphMapper.map(r, StreamRDFLib.graph(g));
        return g;
    }

    private static boolean ask(Graph g, String where) {
        try (var qe = QueryExecutionFactory.create(Prefixes.sparqlHeader() + "PREFIX time: <http://www.w3.org/2006/time#>\nASK { "
                + where + " }", ModelFactory.createModelForGraph(g))) {
            return qe.execAsk();
        }
    }

    @Test
    void formerRoleEndsWhenTheHolderResigned() {
        Graph g = map(TEXT);
        assertTrue(ask(g, "?r a nkg:Role ; org:member person:peter-lund ; nkg:title \"chief executive\" ; "
                + "nkg:status nkg:Former ; org:organization organization:globex-corp ; "
                + "org:memberDuring/time:hasEnd/time:inXSDDate \"2025-03-11\"^^xsd:date ."));
        assertTrue(ask(g, "?e a nkg:Event , nkg:PersonnelChange , nkg:Resignation ; nkg:holder person:peter-lund ; "
                + "nkg:participant person:peter-lund ; nkg:institution organization:globex-corp ; "
                + "nkg:date \"2025-03-11\"^^xsd:date ; nkg:dateMethod \"date:stated\" ; nkg:evidence ?s ; "
                + "nkg:method ?m ; nkg:confidence ?c ."));
    }

    @Test
    void aDateReadFromTheLeadsPerfectSaysSo() {
        Graph g = map("Globex Corp has fired its chief executive, Jane Roe.");
        assertTrue(ask(g, "?e a nkg:Dismissal ; nkg:holder person:jane-roe ; nkg:date \"2025-03-14\"^^xsd:date ; "
                + "nkg:dateMethod \"date:news-perfect\" ."));
        assertEquals(List.of(), Validator.newskgShapes().validate(g));
    }

    @Test
    void currentRoleWithAYearItBegan() {
        Graph g = map(TEXT);
        assertTrue(ask(g, "?r org:member person:jane-roe ; nkg:title \"director\" ; nkg:status nkg:Current ; "
                + "org:memberDuring ?t . ?t a time:Interval ; time:hasBeginning ?b . "
                + "?b a time:Instant ; time:inXSDgYear \"2019\"^^xsd:gYear . FILTER NOT EXISTS { ?t time:hasEnd ?e }"));
    }

    @Test
    void graphConformsToTheShapes() {
        List<Violation> vs = Validator.newskgShapes().validate(map(TEXT));
        assertEquals(List.of(), vs);
    }
}
