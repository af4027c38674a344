package newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import newskg.vocab.NKG;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The cross-article identity rule as pure functions: what links, and that it may be applied per surname. */
class SurnameLinksTest {
    private static String person(String key) {
        return NKG.ID + "person/" + key;
    }

    @Test
    void aLoneSurnameStandsForTheOneFullNameEndingInIt() {
        assertEquals(Map.of(person("quill"), person("ada-quill")),
                SurnameLinks.links(Set.of(person("quill"), person("ada-quill"), person("ben-stroud"))));
        assertEquals(Map.of(), SurnameLinks.links(Set.of(person("vint"), person("mara-vint"), person("otto-vint"))),
                "two full names: left alone");
        assertEquals(Map.of(), SurnameLinks.links(Set.of(person("vint"))), "no full name");
        assertEquals(Map.of(), SurnameLinks.links(Set.of(NKG.ID + "place/vint", person("mara-vint"))),
                "only people are linked");
        assertEquals(Map.of(person("vint"), person("mara-van-vint")),
                SurnameLinks.links(List.of(person("vint"), person("mara-van-vint"), person("mara-van-vint"))),
                "a name given twice is one full name");
        assertEquals("vint", SurnameLinks.surname(person("mara-van-vint")));
        assertEquals("vint", SurnameLinks.surname(person("vint")));
        assertNull(SurnameLinks.surname(NKG.ID + "place/vint"));
    }

    @Test
    void theRuleOverEachSurnameApartIsTheRuleOverAll() {
        String[] given = {"ada", "ben", "cleo", "dov"};
        String[] surnames = {"quill", "stroud", "vint", "marsh", "tarn", "oake"};
        Random random = new Random(12);
        for (int round = 0; round < 50; round++) {
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String s = surnames[random.nextInt(surnames.length)];
                people.add(random.nextInt(3) == 0 ? person(s) : person(given[random.nextInt(given.length)] + "-" + s));
            }
            Map<String, List<String>> bySurname = new HashMap<>();
            people.forEach(p -> bySurname.computeIfAbsent(SurnameLinks.surname(p), k -> new ArrayList<>()).add(p));
            Map<String, String> apart = new TreeMap<>();
            bySurname.values().forEach(group -> apart.putAll(SurnameLinks.links(group)));
            assertEquals(SurnameLinks.links(people), apart, people.toString());
        }
    }

    @Test
    void aRewrittenGraphKeepsTheLongestNameAsPreferredAndTheOthersAsOtherNames() {
        Node lone = NodeFactory.createURI(person("quill"));
        Node full = NodeFactory.createURI(person("ada-quill"));
        Node article = NodeFactory.createURI(NKG.ID + "article/a");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(lone, RDF.type.asNode(), NKG.Person.asNode());
        g.add(lone, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Quill"));
        g.add(lone, NKG.mentionedIn.asNode(), article);
        g.add(full, RDF.type.asNode(), NKG.Person.asNode());
        g.add(full, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Ada Quill"));
        Graph out = SurnameLinks.rewrite(g, Map.of(person("quill"), person("ada-quill")));
        assertTrue(out.find(lone, Node.ANY, Node.ANY).toList().isEmpty(), "the lone node is gone");
        assertEquals(List.of("Ada Quill"), out.find(full, SKOS.prefLabel.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
        assertEquals(List.of("Quill"), out.find(full, SKOS.altLabel.asNode(), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
        assertTrue(out.contains(full, NKG.mentionedIn.asNode(), article));
        assertEquals(4, out.size());
    }
}
