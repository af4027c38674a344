package newskg.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newskg.nlp.Sentence;
import newskg.nlp.Token;

/**
 * Reads title phrases: role words ending in a head noun that names a post or occupation (WordNet
 * {@code noun.person}, not a relation such as "mother" or "ally"), the rank and noun modifiers before
 * it ("interim chief executive", "finance minister"), the status words that say whether the post is
 * held ("former", "ex-", "then-", "incoming", "-elect") and the organization or place it is of
 * ("of Initech", "Initech's", "Freedonia's").
 * <pre>
 *   TitlePhrase t = new TitleReader(words).after(sentence, i, names);   // null when no title starts at i
 * </pre>
 * Thread-safe (stateless).
 */
final class TitleReader {
    /** Status words before a title, and what they say. */
    static final Map<String, RoleStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("former", RoleStatus.FORMER), Map.entry("ex", RoleStatus.FORMER),
            Map.entry("then", RoleStatus.FORMER), Map.entry("onetime", RoleStatus.FORMER),
            Map.entry("one-time", RoleStatus.FORMER), Map.entry("erstwhile", RoleStatus.FORMER),
            Map.entry("previous", RoleStatus.FORMER), Map.entry("incoming", RoleStatus.FUTURE),
            Map.entry("future", RoleStatus.FUTURE), Map.entry("designate", RoleStatus.FUTURE),
            Map.entry("outgoing", RoleStatus.CURRENT), Map.entry("new", RoleStatus.CURRENT),
            Map.entry("current", RoleStatus.CURRENT), Map.entry("sitting", RoleStatus.CURRENT),
            Map.entry("incumbent", RoleStatus.CURRENT), Map.entry("newly", RoleStatus.CURRENT));
    /**
     * Adjectives of opinion, not rank: left out of a title ("controversial commander", "close ally");
     * other adjectives belong to it ("senior official", "chief financial officer").
     */
    static final Set<String> OPINION_WORDS = Set.of(
            "controversial", "close", "longtime", "long-time", "prominent", "outspoken", "embattled", "beleaguered",
            "popular", "unpopular", "famous", "powerful", "influential", "respected", "well-known", "notorious",
            "disgraced", "fiery", "key", "leading", "staunch", "vocal", "firebrand", "celebrated", "beloved",
            "young", "old", "elderly", "late", "veteran", "seasoned", "top-rated", "brave", "loyal", "appointed",
            "named", "elected", "permanent", "full-time", "longest-serving", "long-serving", "first", "then-");
    /** Rank words a title may start with, that the tagger sometimes takes for a preposition or adverb. */
    static final Set<String> RANK_WORDS = Set.of("interim", "acting", "deputy", "assistant", "associate", "vice");
    /** Prepositions that join a title to what it is of: "director of", "analyst at", "spokesman for". */
    static final Set<String> OWNER_PREPOSITIONS = Set.of("of", "at", "for", "with", "in");
    static final int MAX_TITLE_WORDS = 5;

    private final NameWords words;

    TitleReader(NameWords words) {
        this.words = words;
    }

    /**
     * The title phrase that starts at token {@code i} (after "as", a copula or a verb of appointment):
     * an optional determiner or possessive owner, status words, modifiers, the head, and "of X" when X is
     * an organization or place. {@code null} when no role head follows within a few words.
     */
    TitlePhrase after(Sentence s, int i, MentionIndex names) {
        int j = i;
        Mention org = null;
        Mention place = null;
        if (j < s.size() && isDeterminer(s.token(j))) {
            j++;
        }
        // an owner first: "Initech's chief executive", "the Freedonia finance minister"
        Mention owner = j < s.size() ? names.startingAt(s.token(j).start()) : null;
        if (owner != null && owner.type() != EntityType.PERSON) {
            int after = RoleExtractor.tokenEndingAt(s, owner.span().end()) + 1;
            if (after > 0 && after < s.size()) {
                if (s.token(after).tag().equals("PART") && !owner.text().endsWith(s.token(after).text())) {
                    after++;
                }
                if (owner.type() == EntityType.PLACE) {
                    place = owner;
                } else {
                    org = owner;
                }
                j = after;
            }
        }
        if (org == null && place == null && j + 2 < s.size() && s.token(j).tag().equals("NOUN")
                && !s.token(j).isCapitalized() && isPossessive(s.token(j + 1).text())) {
            j += 2; // "the company's chief executive", "the firm's treasurer": a described owner, then the post
        }
        RoleStatus status = RoleStatus.CURRENT;
        boolean marked = false;
        int head = -1;
        int start = -1;
        for (int k = j; k < s.size() && k < j + MAX_TITLE_WORDS + 2; k++) {
            Token t = s.token(k);
            RoleStatus st = statusWord(s, k);
            if (st != null && head < 0) {
                status = st;
                marked |= st != RoleStatus.CURRENT || t.text().equalsIgnoreCase("outgoing");
                if (k + 1 < s.size() && s.token(k + 1).text().equals("-")) {
                    k++; // "then-Governor", "ex-CEO" split by the tokenizer
                }
                continue;
            }
            if (k > j && names.startingAt(t.start()) != null
                    && names.startingAt(t.start()).type() == EntityType.PERSON) {
                break; // a name: "director Jane Roe"
            }
            if (isRoleHead(t) && !isPlural(t)) {
                head = k;
                if (start < 0) {
                    start = k;
                }
                continue;
            }
            if (t.text().equals("-") && k + 1 < s.size() && s.token(k + 1).text().equalsIgnoreCase("elect")
                    && head == k - 1) {
                status = RoleStatus.FUTURE; // "President-elect"
                marked = true;
                k++;
                break;
            }
            if (isModifier(t) && k - (start < 0 ? k : start) < MAX_TITLE_WORDS) {
                if (start < 0) {
                    start = k; // a modifier after a head word waits for the next head: "chief financial officer"
                }
                continue;
            }
            break;
        }
        if (head < 0) {
            return null;
        }
        start = firstKeptModifier(s, start, head);
        int last = head;
        if (org == null && place == null && head + 1 < s.size()
                && OWNER_PREPOSITIONS.contains(s.token(head + 1).text().toLowerCase(Locale.ROOT))) {
            Mention of = ownerAfter(s, head + 1, names);
            if (of != null) {
                if (of.type() == EntityType.PLACE) {
                    place = of;
                } else {
                    org = of;
                }
                last = RoleExtractor.tokenEndingAt(s, of.span().end());
            }
        }
        return new TitlePhrase(i, head, last, titleText(s, start, head), status, marked, org, place);
    }

    /**
     * The organization or place after a preposition at {@code prep}: "of [the] Civic Data Project";
     * "in Globex's Data Security Investigations unit" gives the unit named last. {@code null} for a
     * person or a description ("of many actions").
     */
    Mention ownerAfter(Sentence s, int prep, MentionIndex names) {
        int j = prep + 1;
        if (j < s.size() && isDeterminer(s.token(j))) {
            j++;
        }
        Mention of = j < s.size() ? names.startingAt(s.token(j).start()) : null;
        if (of != null && of.type() == EntityType.ORGANIZATION) {
            int after = RoleExtractor.tokenEndingAt(s, of.span().end()) + 1;
            if (after > 0 && after < s.size() && s.token(after).tag().equals("PART") && after + 1 < s.size()) {
                Mention inner = names.startingAt(s.token(after + 1).start());
                if (inner != null && inner.type() == EntityType.ORGANIZATION) {
                    of = inner;
                }
            }
        }
        return of != null && of.type() != EntityType.PERSON ? of : null;
    }

    /** What a status word at {@code k} says ("former", "ex-", "then-", "incoming"), or {@code null}. */
    RoleStatus statusWord(Sentence s, int k) {
        String w = s.token(k).text().toLowerCase(Locale.ROOT);
        if (w.startsWith("ex-") && w.length() > 3) {
            return null; // "ex-CEO" is one token: the head reads it
        }
        RoleStatus st = STATUS_WORDS.get(w);
        if (st == null) {
            return null;
        }
        // "then" is a status word only glued to the title: "then-Governor", not "and then"
        if (w.equals("then") || w.equals("ex")) {
            return k + 1 < s.size() && s.token(k + 1).text().equals("-") ? st : null;
        }
        return st;
    }

    /** The status an "ex-CEO" or "co-founder" token carries in itself. */
    static RoleStatus statusInside(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("ex-") ? RoleStatus.FORMER : w.endsWith("-elect") ? RoleStatus.FUTURE : null;
    }

    /** True for a word that names a post or occupation here: a role noun, or an abbreviated title. */
    /**
     * As {@link #isRoleHead(Token)}, in its sentence: also a member of a body named by the noun before it
     * ("panel member", "board member", "council member"), a seat held, unlike "family member".
     */
    boolean isRoleHead(Sentence s, int i) {
        Token t = s.token(i);
        if (isRoleHead(t)) {
            return true;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!w.equals("member") || i == 0) {
            return false;
        }
        Token body = s.token(i - 1);
        return body.tag().equals("NOUN") && !NOT_BODIES.contains(body.text().toLowerCase(Locale.ROOT))
                && !words.isRoleNoun(body.text());
    }

    /** Nouns before "member" that name no body one holds a seat in. */
    private static final Set<String> NOT_BODIES = Set.of("family", "household", "gang", "cult", "audience", "crowd",
            "club", "gym", "public");

    boolean isRoleHead(Token t) {
        String w = t.text();
        if (NameWords.HONORIFICS.contains(w)) {
            return false; // "Sir", "Lord", "Dame" name no post
        }
        if (NameWords.TITLE_ABBREVIATIONS.containsKey(w)) {
            return true;
        }
        String bare = stripAffixes(w);
        switch (t.tag()) {
            case "NOUN", "PROPN" -> {
                return words.isRoleNoun(bare) || isAcronymTitle(bare);
            }
            case "ADJ" -> {
                // the tagger calls "chief executive" ADJ ADJ: a noun.person word still heads the title
                return !OPINION_WORDS.contains(bare.toLowerCase(Locale.ROOT)) && words.isRoleNoun(bare);
            }
            default -> {
                return false;
            }
        }
    }

    /** "CEO", "CFO", "MP": upper-case abbreviations of posts that WordNet lists as people. */
    private boolean isAcronymTitle(String w) {
        return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase)
                && NameWords.isCommonTitle(w);
    }

    /** "ex-CEO" is a CEO, "president-elect" a president, "co-founder" a founder for the role-noun test. */
    private static String stripAffixes(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ex-") && w.length() > 3) {
            return w.substring(3);
        }
        if (lower.endsWith("-elect")) {
            return w.substring(0, w.length() - 6);
        }
        if (lower.startsWith("co-") && w.length() > 3) {
            return w.substring(3);
        }
        return w;
    }

    /** A word that may stand inside a title before its head: "interim", "chief", "finance", "Public Safety". */
    boolean isModifier(Token t) {
        String w = t.text();
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        if (RANK_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return true; // "interim chief executive", whatever tag the tagger gave the rank word
        }
        return switch (t.tag()) {
            case "ADJ", "NOUN" -> true;
            case "PROPN" -> t.isCapitalized() && !NameWords.CALENDAR.contains(w);
            default -> false;
        };
    }

    /** "stars", "sprinters": a plural describes a group, not the post of one person. */
    boolean isPlural(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.endsWith("s") && !w.endsWith("ss") && !words.wordNet().nounLemma(w).equals(w);
    }

    /** Opinion adjectives at the front of a title are left out ("controversial commander"). */
    int firstKeptModifier(Sentence s, int start, int head) {
        while (start < head && (OPINION_WORDS.contains(s.token(start).text().toLowerCase(Locale.ROOT))
                || STATUS_WORDS.containsKey(s.token(start).text().toLowerCase(Locale.ROOT)))) {
            start++;
        }
        return start;
    }

    /** The clitic of a possessive: {@code 's}, straight or curly. */
    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s");
    }

    static boolean isDeterminer(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || w.equals("the") || w.equals("his") || w.equals("her")
                || w.equals("its") || w.equals("their") || w.equals("another");
    }

    /** The title's words as written, abbreviations expanded ("Gov." is Governor), "ex-" dropped. */
    static String titleText(Sentence s, int start, int head) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i <= head; i++) {
            String w = NameWords.expandTitle(s.token(i).text());
            if (w.toLowerCase(Locale.ROOT).startsWith("ex-") && w.length() > 3) {
                w = w.substring(3);
            }
            if (w.toLowerCase(Locale.ROOT).endsWith("-elect")) {
                w = w.substring(0, w.length() - 6);
            }
            if (i > start) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }
}
