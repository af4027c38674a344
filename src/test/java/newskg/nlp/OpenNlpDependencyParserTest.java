package newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shipped parser on invented sentences: the relations that role and personnel extraction read. */
class OpenNlpDependencyParserTest {
    private static DependencyTree parse(String text) {
        List<Sentence> ss = new Annotator(NlpModels.load()).annotate(text).sentences();
        assertEquals(1, ss.size(), text);
        return OpenNlpDependencyParser.load().parse(ss.get(0));
    }

    /** The index of the only token written {@code word}. */
    private static int at(DependencyTree t, String word) {
        int found = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.sentence().token(i).text().equals(word)) {
                assertEquals(-1, found, "two tokens " + word);
                found = i;
            }
        }
        assertTrue(found >= 0, "no token " + word);
        return found;
    }

    private static String word(DependencyTree t, OptionalInt i) {
        return i.isPresent() ? t.sentence().token(i.getAsInt()).text() : "(none)";
    }

    private static String describe(DependencyTree t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            int h = t.head(i);
            b.append(t.sentence().token(i).text()).append('<').append(t.label(i)).append('-')
                    .append(h < 0 ? "ROOT" : t.sentence().token(h).text()).append(' ');
        }
        return b.toString();
    }

    /** The verb's index, after checking that {@code subject} is its subject in a passive. */
    private static int passive(DependencyTree t, String verb, String subject) {
        int v = at(t, verb);
        assertEquals(subject, word(t, t.subject(v)), describe(t));
        assertTrue(t.isPassive(v), describe(t));
        return v;
    }

    @Test
    void readsTheSubjectAppositionAndPossessorOfAnApposedPost() {
        DependencyTree t = parse("Maria Okafor, the company's finance director, resigned on Tuesday.");
        int resigned = at(t, "resigned");
        assertEquals("Okafor", word(t, t.subject(resigned)), describe(t));
        assertTrue(t.appositions(at(t, "Okafor")).contains(at(t, "director")), describe(t));
        assertEquals("company", word(t, t.possessor(at(t, "director"))), describe(t));
        assertEquals(at(t, "Maria"), t.phraseStart(at(t, "Okafor")), describe(t));
    }

    @Test
    void readsAPassiveAppointmentAndTheOrganisationOfThePost() {
        DependencyTree t = parse("Tomas Lind was appointed chief executive of Brenwick Foods.");
        int appointed = passive(t, "appointed", "Lind");
        int executive = at(t, "executive");
        assertEquals(appointed, t.head(executive), describe(t));
        assertEquals("Foods", word(t, t.prepositionalObject(executive, "of")), describe(t));
    }

    @Test
    void readsWhoNamesWhomAndTheAsPhrase() {
        // "The board named Ada Velasquez as ..." without "has" the teacher, and so the model, reads as a noun
        // phrase ("the board [that was] named"): the extractors cannot count on its subject
        DependencyTree t = parse("The board has named Ada Velasquez as interim chair.");
        int named = at(t, "named");
        assertEquals("board", word(t, t.subject(named)), describe(t));
        assertEquals("Velasquez", word(t, t.object(named)), describe(t));
        assertEquals("chair", word(t, t.prepositionalObject(named, "as")), describe(t));
        assertTrue(!t.isPassive(named), describe(t));
    }

    @Test
    void readsWhoDismissesInAPassive() {
        DependencyTree t = parse("Priya Ramadan was dismissed by the city council on Friday.");
        int dismissed = passive(t, "dismissed", "Ramadan");
        assertEquals("council", word(t, t.prepositionalObject(dismissed, "by")), describe(t));
    }

    @Test
    void sharesThePassiveSubjectOfCoordinatedNames() {
        DependencyTree t = parse("Sofia Brandt and Omar Haddad were elected to the council.");
        int elected = at(t, "elected");
        OptionalInt subject = t.subject(elected);
        assertEquals("Brandt", word(t, subject), describe(t));
        assertEquals(DependencyTree.NSUBJPASS, t.label(subject.getAsInt()), describe(t));
        assertEquals(List.of(at(t, "Haddad")), t.conjuncts(subject.getAsInt()), describe(t));
    }

    @Test
    void theModelIsLoadedOnceAndSharedByThreads() throws Exception {
        Sentence s = new Annotator(NlpModels.load()).annotate("Lena Moritz, a former mayor of Ostrava, "
                + "said on Friday that she would stand again.").sentences().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<DependencyTree> loadAndParse = () -> OpenNlpDependencyParser.load().parse(s);
            List<Future<DependencyTree>> trees = pool.invokeAll(List.of(loadAndParse, loadAndParse));
            assertEquals(trees.get(0).get(), trees.get(1).get());
            assertSame(OpenNlpDependencyParser.load(), OpenNlpDependencyParser.load());
        } finally {
            pool.shutdown();
        }
    }
}
