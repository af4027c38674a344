package newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The SHACL shapes in {@code ontology/shapes.ttl}: the fixture conforms, and each kind of defect is caught. */
class ShapesTest {
    private static final String NKG = "https://w3id.org/newskg/ontology#";
    private static final Node A = NodeFactory.createURI(TestStores.ARTICLE_A);
    private static final Node B = NodeFactory.createURI(TestStores.ARTICLE_B);
    private static final Validator VALIDATOR = Validator.newskgShapes();

    private static Node iri(String s) {
        return NodeFactory.createURI(s.startsWith("http") ? s : s.startsWith("nkg:")
                ? NKG + s.substring(4) : "https://w3id.org/newskg/id/" + s);
    }

    private static List<Violation> validate(Consumer<DatasetGraph> change) {
        DatasetGraph data = TestStores.fixture();
        change.accept(data);
        return VALIDATOR.validate(data.getUnionGraph());
    }

    private static void replace(DatasetGraph d, Node g, String s, String p, Node newObject) {
        List<Quad> old = d.stream(g, iri(s), iri(p), Node.ANY).collect(Collectors.toList());
        assertEquals(1, old.size(), "fixture has one " + p + " on " + s);
        d.delete(old.get(0));
        if (newObject != null) {
            d.add(g, iri(s), iri(p), newObject);
        }
    }

    private static String messages(List<Violation> vs) {
        return vs.stream().map(v -> v.focusNode() + " " + v.path() + " " + v.message()).collect(Collectors.joining("\n"));
    }

    private static void assertOneViolation(List<Violation> vs, String focus, String messageStart) {
        assertEquals(1, vs.size(), messages(vs));
        Violation v = vs.get(0);
        assertEquals(iri(focus).getURI(), v.focusNode());
        assertTrue(v.isViolation());
        assertTrue(v.message().startsWith(messageStart), v.message());
    }

    @Test
    void fixtureConforms() {
        List<Violation> vs = validate(d -> { });
        assertTrue(vs.isEmpty(), messages(vs));
    }

    @Test
    void roleWithoutMemberIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/role/0",
                "http://www.w3.org/ns/org#member", null));
        assertOneViolation(vs, "article/100_fixture0000000a/role/0", "A role must name exactly one person");
        assertEquals("org:member", vs.get(0).path());
    }

    @Test
    void roleHeldByAPlaceIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/role/0",
                "http://www.w3.org/ns/org#member", iri("place/riverton")));
        assertOneViolation(vs, "article/100_fixture0000000a/role/0", "A role must name exactly one person");
    }

    @Test
    void offsetTypedIntInsteadOfIntegerIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/mention/6", "nkg:beginIndex",
                NodeFactory.createLiteralDT("213", XSDDatatype.XSDint)));
        assertOneViolation(vs, "article/100_fixture0000000a/mention/6", "A mention must have exactly one begin offset");
        assertEquals("\"213\"^^xsd:int", vs.get(0).value());
    }

    @Test
    void confidenceAboveOneIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/quote/0", "nkg:confidence",
                NodeFactory.createLiteralDT("1.5", XSDDatatype.XSDdecimal)));
        assertOneViolation(vs, "article/100_fixture0000000a/quote/0", "A fact must have exactly one confidence");
    }

    @Test
    void factWithoutEvidenceIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, B, "article/101_fixture0000000b/event/2", "nkg:evidence", null));
        assertTrue(messages(vs).contains("A fact must have exactly one evidence sentence"), messages(vs));
    }

    @Test
    void eventWithTwoTypesIsAViolation() {
        List<Violation> vs = validate(d -> d.add(A, iri("article/100_fixture0000000a/event/3"), RDF.Nodes.type,
                iri("nkg:Protest")));
        assertOneViolation(vs, "article/100_fixture0000000a/event/3", "An event must have exactly one event type");
    }

    @Test
    void eventTypedOnlyByItsSubclassIsAViolation() {
        List<Violation> vs = validate(d -> d.delete(B, iri("article/101_fixture0000000b/event/1"), RDF.Nodes.type,
                iri("nkg:Event")));
        assertOneViolation(vs, "article/101_fixture0000000b/event/1", "An event must be typed nkg:Event");
    }

    @Test
    void partWithoutParticipantIsAViolation() {
        List<Violation> vs = validate(d -> d.delete(B, iri("article/101_fixture0000000b/event/0"),
                iri("nkg:participant"), iri("person/ben-okafor")));
        assertOneViolation(vs, "article/101_fixture0000000b/event/0",
                "The event names this entity as its nkg:agent but not as its nkg:participant");
    }

    @Test
    void anchorThatIsNotTheTextAtItsOffsetsIsAViolation() {
        List<Violation> vs = validate(d -> {
            replace(d, A, "article/100_fixture0000000a/mention/5", "nkg:beginIndex", NodeFactory.createLiteralDT("131", XSDDatatype.XSDinteger));
            replace(d, A, "article/100_fixture0000000a/mention/5", "nkg:endIndex", NodeFactory.createLiteralDT("140", XSDDatatype.XSDinteger));
        });
        assertOneViolation(vs, "article/100_fixture0000000a/mention/5",
                "The anchor is not the text of its sentence at its offsets: the sentence has \"arl Dunn \" at 131..140");
    }

    @Test
    void anchorLongerThanItsOffsetsIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/role/1", "nkg:anchorOf",
                NodeFactory.createLiteralString("Governor  Ben Okafor")));
        assertOneViolation(vs, "article/100_fixture0000000a/role/1",
                "The anchor is not the text of its sentence at its offsets: endIndex - beginIndex is 19 but the anchor has 20 characters");
    }

    @Test
    void anchorWithEmojiIsNotCheckedAgainstOffsets() {
        // STRLEN counts code points and offsets are UTF-16 units: the check stands aside.
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/role/1", "nkg:anchorOf",
                NodeFactory.createLiteralString("Governor Ben \uD83D\uDE00kafor")));
        assertTrue(vs.isEmpty(), messages(vs));
    }

    @Test
    void sentenceWhoseOffsetsDoNotFitItsTextIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/sentence/3", "nkg:endIndex",
                NodeFactory.createLiteralDT("271", XSDDatatype.XSDinteger)));
        assertTrue(messages(vs).contains("The sentence's offsets do not fit its text: endIndex - beginIndex is 46 but the text has 47 characters"),
                messages(vs));
    }

    @Test
    void entityWithTwoPreferredNamesIsAViolation() {
        List<Violation> vs = validate(d -> d.add(B, iri("person/ben-okafor"), SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralString("Benjamin Okafor")));
        assertOneViolation(vs, "person/ben-okafor", "In each article's graph an entity must have exactly one preferred name");
    }

    @Test
    void entityMentionedWithoutMentionedInIsAViolation() {
        List<Violation> vs = validate(d -> d.delete(B, iri("place/riverton"), iri("nkg:mentionedIn"), B));
        assertEquals(2, vs.size(), messages(vs));
        assertTrue(vs.stream().allMatch(v -> v.message().startsWith("The entity this mention names has no nkg:mentionedIn")),
                messages(vs));
        assertEquals("place:riverton", vs.get(0).value());
    }

    @Test
    void entityThatIsBothPersonAndPlaceIsAViolation() {
        List<Violation> vs = validate(d -> d.add(A, iri("person/carl-dunn"), RDF.Nodes.type, iri("nkg:Place")));
        assertOneViolation(vs, "person/carl-dunn", "An entity must be exactly one of");
    }

    @Test
    void quoteWithoutSpeakerIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/quote/0", "nkg:saidBy", null));
        assertOneViolation(vs, "article/100_fixture0000000a/quote/0", "A quote must name exactly one speaker");
    }

    @Test
    void eventDateThatIsNotAnXsdDateIsAViolation() {
        List<Violation> vs = validate(d -> replace(d, A, "article/100_fixture0000000a/event/0", "nkg:date",
                NodeFactory.createLiteralString("Monday")));
        assertOneViolation(vs, "article/100_fixture0000000a/event/0", "An event has at most one date");
    }

    @Test
    void datesAtTheirPrecisionConform() {
        List<Violation> vs = validate(d -> {
            replace(d, A, "article/100_fixture0000000a/event/0", "nkg:date",
                    NodeFactory.createLiteralDT("2026-03", XSDDatatype.XSDgYearMonth));
            replace(d, A, "article/100_fixture0000000a", "http://purl.org/dc/terms/issued",
                    NodeFactory.createLiteralDT("2026-03-02T09:30:00Z", XSDDatatype.XSDdateTime));
            d.add(A, A, iri("nkg:dateSource"), NodeFactory.createLiteralString("metadata"));
        });
        assertTrue(vs.isEmpty(), messages(vs));
    }

    @Test
    void unknownDateSourceIsAViolation() {
        List<Violation> vs = validate(d -> d.add(A, A, iri("nkg:dateSource"), NodeFactory.createLiteralString("guess")));
        assertOneViolation(vs, "article/100_fixture0000000a", "An article's date source (nkg:dateSource)");
    }

    @Test
    void articleWebAddressThatIsNotAnIriIsAViolation() {
        List<Violation> vs = validate(d -> d.add(A, A, iri("https://schema.org/url"),
                NodeFactory.createLiteralString("https://news.example.org/1")));
        assertOneViolation(vs, "article/100_fixture0000000a", "An article has at most one web address");
    }

    @Test
    void resultsCarryTheUnfilledRuleForCounting() {
        List<Violation> vs = validate(d -> d.delete(B, iri("article/101_fixture0000000b/event/0"),
                iri("nkg:participant"), iri("person/ben-okafor")));
        assertEquals("The event names this entity as its \u2026 but not as its nkg:participant; every participant is "
                + "written with nkg:participant as well as its part.", vs.get(0).rule());
    }
}
