package newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.Token;

/**
 * Finds the roles people hold, from four patterns around a person's name:
 * <ul>
 *   <li>title before the name: "Water Czar Lena Hart", "Oregon Governor Ken Abara",
 *       "Pentagon spokeswoman Lia Brenner", "ICE's acting director Jane Roe";</li>
 *   <li>apposition after: "Omar Haddad, director of the Civic Data Project";</li>
 *   <li>apposition before: "an ER nurse, Carla Mendes".</li>
 * </ul>
 * A title ends in a role noun (WordNet {@code noun.person}, not a relation such as "mother" or "ally");
 * rank words ("senior", "acting") and noun modifiers ("media", "ICU") before it belong to it; a place
 * or organisation named right before it is what the role is of. Thread-safe (stateless).
 */
public final class RoleExtractor {
    /**
     * Adjectives of opinion, not rank: left out of a title ("controversial commander", "close ally");
     * other adjectives belong to it ("senior official", "chief financial officer").
     */
    private static final Set<String> OPINION_WORDS = Set.of(
            "controversial", "close", "longtime", "long-time", "prominent", "outspoken", "embattled", "beleaguered",
            "popular", "unpopular", "famous", "powerful", "influential", "respected", "well-known", "notorious",
            "disgraced", "fiery", "key", "leading", "staunch", "vocal", "firebrand", "celebrated", "beloved",
            "young", "old", "elderly", "late", "veteran", "seasoned", "top-rated", "brave", "loyal");
    private static final int MAX_TITLE_WORDS = 4;

    private final NameWords words;

    public RoleExtractor(NameWords words) {
        this.words = words;
    }

    /** The roles stated in the text about the people among {@code mentions}. */
    public List<Role> find(AnnotatedText text, List<Mention> mentions) {
        MentionIndex names = new MentionIndex(mentions);
        List<Role> roles = new ArrayList<>();
        for (Mention person : mentions) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            Sentence s = text.sentences().get(person.sentence());
            int first = tokenAt(s, person.span().start());
            int last = tokenEndingAt(s, person.span().end());
            if (first < 0 || last < 0) {
                continue;
            }
            Role before = titleBefore(s, first, person, names);
            if (before != null) {
                roles.add(before);
            }
            Role after = appositionAfter(s, last, person, names);
            if (after != null) {
                roles.add(after);
            }
            Role lead = appositionBefore(s, first, person, names);
            if (lead != null) {
                roles.add(lead);
            }
        }
        return roles;
    }

    /** "Oregon Governor Ken Abara", "Pentagon spokeswoman Lia Brenner". */
    private Role titleBefore(Sentence s, int nameStart, Mention person, MentionIndex names) {
        int head = nameStart - 1;
        while (head >= 0 && NameWords.HONORIFICS.contains(s.token(head).text())) {
            head--; // "manager Sir Alex Reid": the title stands before the honorific
        }
        if (head < 0 || !isRoleHead(s.token(head)) || isPlural(s.token(head))) {
            return null;
        }
        int start = modifiersBefore(s, head, names);
        Mention org = null;
        Mention place = null;
        int from = start;
        // a place or organisation right before the title, maybe possessive: "ICE's acting director"
        int k = start - 1;
        if (k >= 0 && s.token(k).tag().equals("PART") && s.token(k).text().endsWith("s")) {
            k--;
        }
        Mention owner = k >= 0 ? names.endingAt(s.token(k).end()) : null;
        if (owner != null && owner.type() != EntityType.PERSON) {
            if (owner.type() == EntityType.PLACE) {
                place = owner;
            } else {
                org = owner;
            }
            from = tokenAt(s, owner.span().start());
        }
        String title = titleText(s, start, head);
        TextSpan span = new TextSpan(s.token(Math.max(0, from)).start(), person.span().end());
        return new Role(person, title, org, place, new Evidence(s.index(), span, "role:title-before-name",
                org != null || place != null ? 0.85 : 0.8));
    }

    /** "Omar Haddad, director of the Civic Data Project", "Priya Nair, a conservative media personality". */
    private Role appositionAfter(Sentence s, int nameEnd, Mention person, MentionIndex names) {
        int i = nameEnd + 1;
        if (i >= s.size() || !s.token(i).text().equals(",")) {
            return null;
        }
        i++;
        if (i < s.size() && isArticle(s.token(i))) {
            i++;
        }
        int start = i;
        // an organisation or place as owner first: "Jane Roe, the ICE director"
        Mention owner = null;
        Mention m = i < s.size() ? names.startingAt(s.token(i).start()) : null;
        if (m != null && m.type() != EntityType.PERSON) {
            owner = m;
            i = tokenEndingAt(s, m.span().end()) + 1;
            if (i < s.size() && s.token(i).tag().equals("PART")) {
                i++;
            }
            start = i;
        }
        int head = -1;
        for (int j = i; j < s.size() && j < i + MAX_TITLE_WORDS; j++) {
            Token t = s.token(j);
            if (isRoleHead(t)) {
                head = j;
                if (j + 1 < s.size() && isRoleHead(s.token(j + 1))) {
                    continue;
                }
                break;
            }
            if (!isModifier(t)) {
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        int titleStart = firstKeptModifier(s, start, head);
        String title = titleText(s, titleStart, head);
        int end = head;
        if (owner == null && head + 1 < s.size() && Set.of("of", "at", "for", "with", "in").contains(s.token(head + 1).text())) {
            int j = head + 2;
            if (j < s.size() && isArticle(s.token(j))) {
                j++;
            }
            Mention of = j < s.size() ? names.startingAt(s.token(j).start()) : null;
            // "in ICE's Homeland Security Investigations unit": the unit named last is the one meant
            if (of != null && of.type() == EntityType.ORGANIZATION) {
                int after = tokenEndingAt(s, of.span().end()) + 1;
                if (after < s.size() && s.token(after).tag().equals("PART") && after + 1 < s.size()) {
                    Mention inner = names.startingAt(s.token(after + 1).start());
                    if (inner != null && inner.type() == EntityType.ORGANIZATION) {
                        of = inner;
                    }
                }
            }
            if (of != null && of.type() != EntityType.PERSON) {
                owner = of;
                end = tokenEndingAt(s, of.span().end());
            } else if (s.token(head + 1).text().equals("of")) {
                return null; // "the architect of many actions": a description, not a post
            }
        }
        Mention org = owner != null && owner.type() == EntityType.ORGANIZATION ? owner : null;
        Mention place = owner != null && owner.type() == EntityType.PLACE ? owner : null;
        TextSpan span = new TextSpan(person.span().start(), s.token(Math.max(end, head)).end());
        return new Role(person, title, org, place, new Evidence(s.index(), span, "role:apposition-after", 0.75));
    }

    /** "an ER nurse, Carla Mendes". */
    private Role appositionBefore(Sentence s, int nameStart, Mention person, MentionIndex names) {
        int comma = nameStart - 1;
        int head = comma - 1;
        if (head < 1 || !s.token(comma).text().equals(",") || !isRoleHead(s.token(head))) {
            return null;
        }
        int start = modifiersBefore(s, head, names);
        if (start == 0 || !isArticle(s.token(start - 1))) {
            return null;
        }
        String title = titleText(s, start, head);
        TextSpan span = new TextSpan(s.token(start - 1).start(), person.span().end());
        return new Role(person, title, null, null, new Evidence(s.index(), span, "role:apposition-before", 0.7));
    }

    /** The first token of the title whose head is at {@code head}: rank words and noun modifiers before it. */
    private int modifiersBefore(Sentence s, int head, MentionIndex names) {
        int start = head;
        while (start - 1 >= 0 && head - (start - 1) < MAX_TITLE_WORDS) {
            Token t = s.token(start - 1);
            if (names.endingAt(t.end()) != null) {
                break; // a name: the owner, not part of the title
            }
            if (isModifier(t) || isRoleHead(t)) {
                start--;
            } else {
                break;
            }
        }
        return firstKeptModifier(s, start, head);
    }

    /** Opinion adjectives at the front of a title are left out ("controversial commander"). */
    private int firstKeptModifier(Sentence s, int start, int head) {
        while (start < head && s.token(start).tag().equals("ADJ")
                && OPINION_WORDS.contains(s.token(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        return start;
    }

    private boolean isModifier(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        return switch (t.tag()) {
            case "ADJ" -> true;
            case "NOUN" -> true;
            case "PROPN" -> t.isCapitalized() && !NameWords.CALENDAR.contains(w);
            default -> false;
        };
    }

    /** "stars", "sprinters": a plural before a name describes a group, not the post of one person. */
    private boolean isPlural(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.endsWith("s") && !words.wordNet().nounLemma(w).equals(w);
    }

    private boolean isRoleHead(Token t) {
        String w = t.text();
        if (NameWords.HONORIFICS.contains(w)) {
            return false; // "Sir", "Lord", "Dame" name no post
        }
        if (NameWords.TITLE_ABBREVIATIONS.containsKey(w)) {
            return true;
        }
        return (t.tag().equals("NOUN") || t.tag().equals("PROPN")) && words.isRoleNoun(w);
    }

    private static boolean isArticle(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || w.equals("the");
    }

    private static String titleText(Sentence s, int start, int head) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i <= head; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(NameWords.expandTitle(s.token(i).text()));
        }
        return sb.toString();
    }

    static int tokenAt(Sentence s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    static int tokenEndingAt(Sentence s, int offset) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).end() == offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the verb a mention is the subject of, right after it ("Ostrowski told", "Hart has
     * said", "X also wrote"): the first token after the name past auxiliaries, adverbs and particles;
     * -1 when the mention is not a whole-token name of the sentence or the sentence ends.
     */
    static int verbAfter(Sentence s, Mention m) {
        int end = tokenEndingAt(s, m.span().end());
        if (end < 0) {
            return -1;
        }
        int k = end + 1;
        while (k < s.size() && Set.of("AUX", "ADV", "PART").contains(s.token(k).tag())) {
            k++;
        }
        return k < s.size() ? k : -1;
    }

    /** The article's mentions by where they start and end (offsets are the article's, so unique to a sentence). */
    private static final class MentionIndex {
        private final Map<Integer, Mention> byStart = new HashMap<>();
        private final Map<Integer, Mention> byEnd = new HashMap<>();

        MentionIndex(List<Mention> mentions) {
            for (Mention m : mentions) {
                byStart.putIfAbsent(m.span().start(), m);
                byEnd.putIfAbsent(m.span().end(), m);
            }
        }

        Mention startingAt(int offset) {
            return byStart.get(offset);
        }

        Mention endingAt(int offset) {
            return byEnd.get(offset);
        }
    }
}
