package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newskg.vocab.Prefixes;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.junit.jupiter.api.Test;

class TableRendererTest {
    private static final Var WHO = Var.alloc("who");
    private static final Var MENTIONS = Var.alloc("mentions");
    private static final Var NOTE = Var.alloc("note");

    private static Binding row(Node who, Node mentions, Node note) {
        BindingBuilder b = BindingBuilder.create();
        b.add(WHO, who);
        if (mentions != null) {
            b.add(MENTIONS, mentions);
        }
        if (note != null) {
            b.add(NOTE, note);
        }
        return b.build();
    }

    @Test
    void alignsColumnsShortensIrisAndRightAlignsNumbers() {
        List<Binding> rows = List.of(
                row(NodeFactory.createURI("https://w3id.org/newskg/id/person/alice"),
                        NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
                        NodeFactory.createLiteralLang("Mayor of\nthe city", "en")),
                row(NodeFactory.createURI("http://example.org/x"),
                        NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger), null),
                row(NodeFactory.createURI("https://w3id.org/newskg/id/person/bob"), null,
                        NodeFactory.createLiteralString("a very long note that goes on")));

        String table = new TableRenderer(Prefixes.MAPPING, 22).render(List.of(WHO, MENTIONS, NOTE), rows);

        assertEquals("""
                 who                    | mentions | note
                ------------------------+----------+------------------------
                 person:alice           |       12 | Mayor of the city
                 <http://example.org/x> |        3 |
                 person:bob             |          | a very long note that…
                """, table);
    }

    @Test
    void noRowsStillShowsTheHeader() {
        String table = new TableRenderer(Prefixes.MAPPING, 80).render(List.of(WHO), List.of());

        assertEquals(" who\n-----\n", table);
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        List<Binding> rows = List.of(
                row(NodeFactory.createLiteralString("東京"), NodeFactory.createLiteralString("x"), null),
                row(NodeFactory.createLiteralString("Paris"), NodeFactory.createLiteralString("y"), null));

        String table = new TableRenderer(Prefixes.MAPPING, 80).render(List.of(WHO, MENTIONS), rows);

        assertEquals("""
                 who   | mentions
                -------+----------
                 東京  | x
                 Paris | y
                """, table);
    }
}
