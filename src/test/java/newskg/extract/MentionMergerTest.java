package newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Annotator;
import newskg.nlp.EntityRecognizer;
import newskg.nlp.EntitySpan;
import newskg.nlp.NlpModels;
import newskg.nlp.Sentence;
import newskg.nlp.WordNet;
import org.junit.jupiter.api.Test;

/** The rules and a learned recognizer combined; the recognizer is a stand-in that finds given words. */
class MentionMergerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final NameWords WORDS = new NameWords(WordNet.load(), GAZETTEER);

    /** A recognizer that "finds" the given names with the given type and probability. */
    private static EntityRecognizer finding(Map<String, String> typeByName, double probability) {
        return text -> {
            List<EntitySpan> out = new ArrayList<>();
            for (Sentence s : text.sentences()) {
                for (var e : typeByName.entrySet()) {
                    int at = s.text().indexOf(e.getKey());
                    if (at < 0) {
                        continue;
                    }
                    int start = s.span().start() + at;
                    int end = start + e.getKey().length();
                    int first = -1;
                    int last = -1;
                    for (int i = 0; i < s.size(); i++) {
                        if (s.token(i).start() == start) {
                            first = i;
                        }
                        if (s.token(i).end() == end) {
                            last = i;
                        }
                    }
                    out.add(new EntitySpan(s.index(), first, last + 1,
                            new newskg.nlp.TextSpan(start, end), e.getValue(), probability));
                }
            }
            return out;
        };
    }

    private static List<Mention> find(String text, EntityRecognizer recognizer) {
        AnnotatedText t = new Annotator(NlpModels.load()).annotate(text);
        return new MentionFinder(GAZETTEER, WORDS, recognizer).find(t);
    }

    private static Mention named(List<Mention> ms, String name) {
        return ms.stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + ms));
    }

    @Test
    void aNameBothFindSaysSoAndIsSurer() {
        String text = "Yesterday Governor Maria Ostrowski met reporters.";
        Mention rule = named(find(text, EntityRecognizer.none()), "Maria Ostrowski");
        Mention both = named(find(text, finding(Map.of("Maria Ostrowski", "person"), 0.9)), "Maria Ostrowski");
        assertEquals("mention:title-before-name", rule.method());
        assertEquals("mention:model+title-before-name", both.method());
        assertEquals(EntityType.PERSON, both.type());
        assertTrue(both.confidence() > rule.confidence(), both.toString());
    }

    @Test
    void aNameOnlyTheModelFindsIsKeptWithItsProbability() {
        List<Mention> ms = find("Shares of zelvaCorp fell sharply on Tuesday.",
                finding(Map.of("zelvaCorp", "organization"), 0.85));
        Mention m = named(ms, "zelvaCorp");
        assertEquals("mention:model", m.method());
        assertEquals(EntityType.ORGANIZATION, m.type());
        assertEquals(0.85, m.confidence(), 1e-9);
    }

    @Test
    void anUnsureModelNameAloneIsDropped() {
        List<Mention> ms = find("Shares of zelvaCorp fell sharply on Tuesday.",
                finding(Map.of("zelvaCorp", "organization"), 0.3));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("zelvaCorp")), ms.toString());
    }

    @Test
    void aNameOnlyTheRulesFindKeepsTheRule() {
        List<Mention> ms = find("Officials from the Federal Bureau of Investigation arrived in Denver.",
                finding(Map.of("Denver", "place"), 0.9));
        assertEquals("mention:gazetteer", named(ms, "Federal Bureau of Investigation").method());
        assertEquals("mention:model+gazetteer", named(ms, "Denver").method());
    }

    @Test
    void theGazetteerOutweighsTheModelOnTheSameWords() {
        List<Mention> ms = find("Officials in Denver said nothing.", finding(Map.of("Denver", "person"), 0.95));
        Mention m = named(ms, "Denver");
        assertEquals(EntityType.PLACE, m.type());
        assertEquals("mention:gazetteer", m.method());
    }

    @Test
    void theModelsLongerNameReplacesShapeOnlyPieces() {
        String text = "The case went to Harlan Q. Vostrikov before noon.";
        List<Mention> ms = find(text, finding(Map.of("Harlan Q. Vostrikov", "person"), 0.9));
        assertEquals(List.of("Harlan Q. Vostrikov"), ms.stream().map(Mention::text).toList());
    }

    @Test
    void titlesStaySplitOffWhenTheModelKeepsThemIn() {
        List<Mention> ms = find("Yesterday Governor Maria Ostrowski met reporters.",
                finding(Map.of("Governor Maria Ostrowski", "person"), 0.9));
        assertEquals(List.of("Maria Ostrowski"), ms.stream().map(Mention::text).toList());
        assertEquals("mention:model+title-before-name", ms.get(0).method());
    }

    @Test
    void aPossessiveLeavesTheModelsNameUnlessItIsPartOfIt() {
        String store = "Shoppers crowded into Brantley's on Friday, and Brantley's said sales rose.";
        List<Mention> a = find(store, finding(Map.of("Brantley's", "organization"), 0.9));
        assertTrue(a.stream().anyMatch(m -> m.text().equals("Brantley's") && m.type() == EntityType.ORGANIZATION), a.toString());
        String possessive = "Zanderfield said on Friday that Zanderfield's profits rose.";
        List<Mention> b = find(possessive, finding(Map.of("Zanderfield's", "organization"), 0.9));
        assertTrue(b.stream().noneMatch(m -> m.text().endsWith("'s")), b.toString());
    }
}
