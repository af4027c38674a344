package newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newskg.nlp.AnnotatedText;
import newskg.nlp.EntityRecognizer;
import newskg.nlp.EntitySpan;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.Token;

/**
 * Merges the names a learned recognizer finds with the names the rules find.
 * <pre>
 *   List&lt;Mention&gt; all = new MentionMerger(words).merge(text, ruleMentions, learnedSpans);
 * </pre>
 * The same words read the same way by both become one mention, {@code mention:model+RULE}, more
 * confident than either; a name only the model finds is kept, as {@code mention:model}, when its
 * probability is high enough for its type. Where the two disagree, the rules win on what they know
 * (gazetteer names, honorifics, titles before a name) and the model wins over readings the rules make by
 * shape alone ("Mara J" and "Okafor" give way to "Mara J. Okafor"). Thread-safe (stateless apart from
 * immutable collaborators).
 */
final class MentionMerger {
    private final NameWords words;

    MentionMerger(NameWords words) {
        this.words = words;
    }

    /** The least probability at which a name only the model finds is kept, by type. */
    private static final Map<EntityType, Double> MIN_ALONE = Map.of(
            EntityType.PERSON, 0.5, EntityType.ORGANIZATION, 0.6, EntityType.PLACE, 0.5);
    /** The least probability at which the model overrules a rule that read the words by shape alone. */
    private static final double OVERRULE = 0.8;
    /** Below this confidence a rule mention is a guess that resolution keeps only when something joins it. */
    private static final double GUESS = 0.5;
    /** Below this confidence a rule mention rests on the shape of the words, not on knowledge or a cue. */
    private static final double SHAPE_ONLY = 0.75;
    /** Rules whose reading of the same words beats the model's: what the gazetteer knows, explicit cues. */
    private static final Set<String> DECISIVE = Set.of("mention:gazetteer", "mention:honorific",
            "mention:title-before-name", "mention:quoted-group-name", "mention:dateline");
    /** Rules that split a title or honorific off a name; the model may keep them in. */
    private static final Set<String> TITLE_RULES = Set.of("mention:honorific", "mention:title-before-name");
    private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");
    /** Tags of words that do not begin a name ("the", "With" in a title-case headline). */
    private static final Set<String> LEADING_TAGS = Set.of("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART");
    /** Words that do not begin a name even when a title-case headline tags them as names ("With"). */
    private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "with", "for", "from", "at", "in", "on",
            "by", "to", "of", "as", "after", "over", "against", "under", "and", "but", "or");
    /** Words by which the rules join two names into one ("Ana Lowe of Brenwick Group"). */
    private static final Set<String> JOINERS = Set.of("of", "and", "&", "for", "at", "from", "on");

    /** All mentions, in text order. */
    List<Mention> merge(AnnotatedText text, List<Mention> rules, List<EntitySpan> learned) {
        List<Mention> out = new ArrayList<>(rules);
        Set<String> running = new HashSet<>();
        for (Mention m : rules) {
            if (!MentionFinder.isHeadline(text.sentences().get(m.sentence()))) {
                running.add(m.text());
            }
        }
        List<Mention> candidates = new ArrayList<>();
        for (EntitySpan e : learned) {
            Mention c = candidate(text, e);
            if (c != null) {
                candidates.add(c);
                if (!MentionFinder.isHeadline(text.sentences().get(c.sentence()))) {
                    running.add(c.text());
                }
            }
        }
        splitJoinedNames(text, out, candidates);
        for (Mention c : candidates) {
            if (MentionFinder.isHeadline(text.sentences().get(c.sentence())) && !running.contains(c.text())) {
                continue; // headlines capitalise every word: only names the article also uses elsewhere
            }
            if (isBareHead(c, candidates, rules)) {
                continue;
            }
            add(text, out, c);
        }
        out.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end()));
        return out;
    }

    private void add(AnnotatedText text, List<Mention> out, Mention c) {
        if (rulesLeftOut(text, c)) {
            return;
        }
        List<Mention> over = new ArrayList<>();
        Mention same = null;
        for (Mention r : out) {
            if (r.sentence() == c.sentence() && r.span().overlaps(c.span())) {
                over.add(r);
                if (r.span().equals(c.span())) {
                    same = r;
                }
            }
        }
        double p = c.confidence();
        if (same == null && !over.isEmpty() && over.stream().allMatch(r -> r.confidence() < GUESS)
                && p >= MIN_ALONE.get(c.type())) {
            out.removeAll(over); // the rules' guesses ("UEFA Europa League Final" as a phrase) give way
            out.add(c);
            return;
        }
        if (over.isEmpty()) {
            if (p >= MIN_ALONE.get(c.type())) {
                out.add(c);
            }
            return;
        }
        if (same != null) {
            if (same.type() == c.type()) {
                out.set(out.indexOf(same), agreed(same, c));
            } else if (!DECISIVE.contains(same.method()) && p > same.confidence()) {
                out.set(out.indexOf(same), c);
            }
            return;
        }
        if (over.stream().anyMatch(r -> TITLE_RULES.contains(r.method()))) {
            return; // the rules split titles and honorifics off names; the model may not
        }
        // a longer name over what the rules know must end where one of theirs ends ("Freedonia National Guard"
        // over "Freedonia" and "National Guard", not "Senate Majority" over "Senate")
        boolean endsAgree = over.stream().noneMatch(r -> DECISIVE.contains(r.method()))
                || over.stream().anyMatch(r -> r.span().end() == c.span().end());
        boolean covers = endsAgree && over.stream().allMatch(r -> c.span().contains(r.span()));
        boolean shapeOnly = over.stream().allMatch(r -> r.confidence() < SHAPE_ONLY && !DECISIVE.contains(r.method()));
        if ((covers && p >= MIN_ALONE.get(c.type())) || (shapeOnly && p >= OVERRULE)) {
            // "Mara J. Okafor" over "Mara J" and "Okafor"; "Freedonia National Guard" over "Freedonia" and
            // "National Guard"; "Globex" inside a shape-only "Globex Machinists"
            out.removeAll(over);
            out.add(c);
        }
    }

    /**
     * A rule mention that holds a person's name and another name joined by a connector ("Cristina Lowe
     * of Brenwick Group") gives way to the model's names.
     */
    private static void splitJoinedNames(AnnotatedText text, List<Mention> out, List<Mention> candidates) {
        out.removeIf(r -> {
            if (DECISIVE.contains(r.method())) {
                return false;
            }
            Mention last = null;
            for (Mention c : candidates) {
                if (c.sentence() == r.sentence() && r.span().contains(c.span()) && !c.span().equals(r.span())) {
                    if (last != null && last.span().end() < c.span().start()
                            && (last.type() == EntityType.PERSON || c.type() == EntityType.PERSON)
                            && JOINERS.contains(text.text().substring(last.span().end(), c.span().start()).strip())) {
                        return true;
                    }
                    last = c;
                }
            }
            return false;
        });
    }

    /**
     * An organisation's head noun alone ("the Board", "the Committee") names no organisation unless the
     * article names one that ends with it ("United" for "Harbor City United").
     */
    private static boolean isBareHead(Mention c, List<Mention> candidates, List<Mention> rules) {
        if (c.type() != EntityType.ORGANIZATION || c.text().contains(" ") || !NameWords.ORG_HEADS.contains(c.text())) {
            return false;
        }
        String suffix = " " + c.text();
        return candidates.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION && m.text().endsWith(suffix))
                && rules.stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION && m.text().endsWith(suffix));
    }

    /**
     * Words the rules leave out on purpose: an acronym that qualifies an occupation ("ICU nurse") is part
     * of the role, a lone plural common noun ("Cities") is no name, and a group of workers no person.
     */
    private boolean rulesLeftOut(AnnotatedText text, Mention c) {
        if (c.type() == EntityType.PERSON && words.isPluralOfPeople(c.text().substring(c.text().lastIndexOf(' ') + 1))) {
            return true; // "Globex Machinists" are no one person
        }
        if (c.text().contains(" ")) {
            return false;
        }
        Sentence s = text.sentences().get(c.sentence());
        int next = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() >= c.span().end()) {
                next = i;
                break;
            }
        }
        if (MentionFinder.isAcronym(c.text()) && next >= 0 && !s.token(next).isCapitalized()
                && words.isRoleNoun(s.token(next).text())) {
            return true;
        }
        return words.wordNet().isPluralNoun(c.text()) && words.wordNet().isCommonNonPersonWord(c.text());
    }

    /** One mention for the same words read the same way by the model and a rule. */
    private static Mention agreed(Mention rule, Mention model) {
        double conf = Math.min(0.99, 1 - (1 - rule.confidence()) * (1 - model.confidence()));
        String ruleName = rule.method().substring(rule.method().indexOf(':') + 1);
        return new Mention(rule.sentence(), rule.span(), rule.text(), rule.type(), "mention:model+" + ruleName, conf);
    }

    /**
     * The model's name as a mention, shaped as the rules shape names: no leading article, no title or
     * honorific before a person's name, and no possessive unless it belongs to the name (a lone word
     * the article never uses without it, as a store called after its founder).
     */
    private static Mention candidate(AnnotatedText text, EntitySpan e) {
        Sentence s = text.sentences().get(e.sentence());
        EntityType type = switch (e.type()) {
            case EntityRecognizer.PERSON -> EntityType.PERSON;
            case EntityRecognizer.ORGANIZATION -> EntityType.ORGANIZATION;
            case EntityRecognizer.PLACE -> EntityType.PLACE;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        int first = e.firstToken();
        int end = e.endToken();
        while (first >= 2 && isGluedHyphen(s, first - 1)) {
            first -= 2; // "Anne-Marie": a name does not start inside a hyphenated word
        }
        while (end + 1 < s.size() && isGluedHyphen(s, end)) {
            end += 2;
        }
        while (end - first > 1 && (LEADING_TAGS.contains(s.token(first).tag())
                || LEADING_WORDS.contains(s.token(first).text().toLowerCase(java.util.Locale.ROOT))
                || (type == EntityType.PERSON && isTitle(s.token(first))))) {
            first++;
        }
        if (end - first >= 2 && POSSESSIVES.contains(s.token(end - 1).text())) {
            String base = text.text().substring(s.token(first).start(), s.token(end - 2).end());
            if (end - first > 2 || MentionFinder.usedWithoutPossessive(text.text(), base)) {
                end--;
            }
        }
        while (end > first && !Character.isLetterOrDigit(s.token(end - 1).text().charAt(0))) {
            end--; // "Anne -": a name does not end in a dash
        }
        if (end == first || !Character.isLetterOrDigit(s.token(first).text().charAt(0))) {
            return null;
        }
        Token a = s.token(first);
        Token b = s.token(end - 1);
        TextSpan span = new TextSpan(a.start(), b.end());
        String name = span.of(text.text()).replaceAll("\\s+", " ");
        return new Mention(s.index(), span, name, type, "mention:model", e.probability());
    }

    private static boolean isGluedHyphen(Sentence s, int i) {
        return s.token(i).text().equals("-") && s.token(i - 1).end() == s.token(i).start()
                && s.token(i).end() == s.token(i + 1).start() && s.token(i + 1).isCapitalized()
                && s.token(i - 1).isCapitalized();
    }

    private static boolean isTitle(Token t) {
        String w = t.text();
        return NameWords.HONORIFICS.contains(w) || NameWords.TITLE_ABBREVIATIONS.containsKey(w)
                || NameWords.PLURAL_TITLE_ABBREVIATIONS.containsKey(w)
                || (t.isCapitalized() && NameWords.isCommonTitle(w));
    }

}
