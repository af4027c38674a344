package newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.function.IntPredicate;
import newskg.nlp.AnnotatedText;
import newskg.nlp.EntityRecognizer;
import newskg.nlp.EntitySpan;
import newskg.nlp.NameParticles;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.Token;

/**
 * Finds and types the names of people, organisations and places in an article, by rules and by a
 * learned recognizer, and combines the two.
 * <pre>
 *   List&lt;Mention&gt; mentions = new MentionFinder(gazetteer, words, OpenNlpEntityRecognizer.load()).find(annotatedText);
 * </pre>
 * Rules: runs of capitalised proper-noun tokens (with "of"/"and" inside organisation names), titles
 * split off the front ("Oregon Governor Ken Abara" gives the place Oregon and the person Ken Abara),
 * then typed by, in order: the gazetteer, acronyms, organisation and place head nouns, a comma-state
 * pattern ("Quillport, Maine"), WordNet locations, and name shape. Title-case headlines only yield names the
 * article also uses in running text. The learned names ({@link EntityRecognizer}) are then merged in
 * ({@link #combine}): a name both find is {@code mention:model+RULE}, one only the model finds
 * {@code mention:model}, and where they disagree the better-attested reading wins. Thread-safe when the
 * recognizer is (stateless apart from immutable collaborators).
 */
public final class MentionFinder {
    private static final Set<String> CONNECTORS = Set.of("of", "and", "&", "for", "on", "de", "du", "la", "von", "van");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "across", "outside", "into");

    private final Gazetteer gazetteer;
    private final NameWords words;
    private final EntityRecognizer recognizer;
    private final MentionMerger merger;

    /** A finder by rules alone. */
    public MentionFinder(Gazetteer gazetteer, NameWords words) {
        this(gazetteer, words, EntityRecognizer.none());
    }

    public MentionFinder(Gazetteer gazetteer, NameWords words, EntityRecognizer recognizer) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.recognizer = recognizer;
        this.merger = new MentionMerger(words);
    }

    /** Every name mention of the article, in text order. */
    public List<Mention> find(AnnotatedText text) {
        List<Mention> rules = findByRules(text);
        List<EntitySpan> learned = recognizer.recognize(text);
        List<Mention> all = learned.isEmpty() ? rules : combine(text, rules, learned);
        return surnamesOfPeople(namesBeforeTitles(text, numberedUnits(text, possessiveNames(text, all))));
    }

    /**
     * An organisation's name that goes on with a number before a title: "Harbor Workers District 12 President
     * Ana Ruiz", "Dockers Local 10 chief": the number belongs to the name of the unit.
     */
    private List<Mention> numberedUnits(AnnotatedText text, List<Mention> mentions) {
        List<Mention> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != EntityType.ORGANIZATION) {
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            int last = RoleExtractor.tokenEndingAt(s, m.span().end());
            if (last < 0 || last + 2 >= s.size()) {
                continue;
            }
            Token number = s.token(last + 1);
            if (!UNIT_NUMBER.matcher(number.text()).matches() || !s.token(last).isCapitalized()
                    || !words.isTitleBeforeName(s.token(last + 2))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            int first = RoleExtractor.tokenAt(s, m.span().start());
            Mention longer = mention(s, first, last + 2, m.type(), m.method() + "+number", m.confidence());
            out.set(k, longer);
        }
        return out == null ? mentions : out;
    }

    /**
     * A lone word the learned model alone typed as an organisation or place, that is the surname of a person
     * the article names in full, is that person ("Brandt, 71, was defiant" after "Ivo Brandt"): the
     * model reads one sentence, the article says who the word is.
     */
    private static List<Mention> surnamesOfPeople(List<Mention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            int space = m.text().lastIndexOf(' ');
            if (m.type() == EntityType.PERSON && space > 0) {
                surnames.add(m.text().substring(space + 1));
            }
        }
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean surname = m.type() != EntityType.PERSON && m.method().equals("mention:model")
                    && m.text().indexOf(' ') < 0 && surnames.contains(m.text());
            out.add(surname ? new Mention(m.sentence(), m.span(), m.text(), EntityType.PERSON, "mention:model+surname",
                    m.confidence()) : m);
        }
        return out;
    }

    /**
     * An organisation or place the article names somewhere is that name again where it stands, unfound,
     * before a title and a person: "Dorrance Shoes CEO Mara Quill" once "Dorrance Shoes" is known, so that
     * the name is the post's owner and not words of the title.
     */
    private List<Mention> namesBeforeTitles(AnnotatedText text, List<Mention> mentions) {
        Map<String, EntityType> known = new HashMap<>();
        for (Mention m : mentions) {
            if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PLACE) && m.text().length() > 1
                    && !NameWords.FUNCTION_WORDS.contains(m.text().toLowerCase(Locale.ROOT))) {
                known.putIfAbsent(m.text(), m.type());
            }
        }
        TreeMap<Integer, Mention> byStart = new TreeMap<>();
        mentions.forEach(m -> byStart.putIfAbsent(m.span().start(), m));
        IntPredicate covered = offset -> {
            var e = byStart.floorEntry(offset);
            return e != null && e.getValue().span().end() > offset;
        };
        List<Mention> out = new ArrayList<>(mentions);
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).isCapitalized() || i > 0 && s.token(i - 1).tag().equals("PROPN")
                        || covered.test(s.token(i).start())) {
                    continue;
                }
                int found = -1;
                for (int end = Math.min(s.size() - 2, i + 6); end > i; end--) {
                    EntityType type = known.get(join(s.tokens(), i, end));
                    if (type != null && words.isTitleBeforeName(s.token(end))
                            && !covered.test(s.token(end - 1).start())) {
                        out.add(mention(s, i, end, type, "mention:known-name-before-title", 0.8));
                        found = end;
                        break;
                    }
                }
                if (found < 0) {
                    found = unknownNameBeforeTitle(s, i, covered, byStart);
                    if (found > 0) {
                        EntityType type = PLACE_TITLES.contains(s.token(found).text().toLowerCase(Locale.ROOT))
                                ? EntityType.PLACE : EntityType.ORGANIZATION;
                        out.add(mention(s, i, found, type, "mention:name-before-title", 0.6));
                    }
                }
                if (found > 0) {
                    i = found - 1;
                }
            }
        }
        if (out.size() == mentions.size()) {
            return mentions;
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** Titles of posts in an organisation, that a company's name may stand before: "Hubnex CEO". */
    private static final Set<String> ORGANISATION_TITLES = Set.of("ceo", "cfo", "coo", "cto", "chairman",
            "chairwoman", "chair", "chairperson", "president", "founder", "director", "executive", "chief",
            "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "boss", "owner", "analyst", "economist");
    /** The number of an organisation's unit: "District 12", "Local 10". */
    private static final Pattern UNIT_NUMBER = Pattern.compile("\\d{1,4}");
    /** Titles of posts in a town or state, that its name may stand before: "Riverton Mayor". */
    private static final Set<String> PLACE_TITLES = Set.of("mayor", "governor", "sheriff");

    /**
     * Where the name of an organisation or place ends that no model or rule found, standing before its
     * title and a person ("former Hubnex CEO Ada Pike", "Brenwick Mayor Tom Hale"): one to three capitalised words from {@code i},
     * the first of them no English word WordNet knows and no given name or gazetteer name, then the title,
     * then the person's name. -1 when there is none.
     */
    private int unknownNameBeforeTitle(Sentence s, int i, IntPredicate covered, TreeMap<Integer, Mention> byStart) {
        Token first = s.token(i);
        String w = first.text();
        if (!first.isProperNoun() || w.length() < 2 || !w.chars().allMatch(Character::isLetter)
                || w.chars().noneMatch(Character::isLowerCase) || words.wordNet().isKnownWord(w)
                || words.isGivenName(w) || gazetteer.lookup(w).isPresent() || NameWords.CALENDAR.contains(w)) {
            return -1;
        }
        for (int end = i + 1; end <= i + 3 && end + 1 < s.size(); end++) {
            Token title = s.token(end);
            if (covered.test(title.start())) {
                return -1;
            }
            String t = title.text().toLowerCase(Locale.ROOT);
            if ((ORGANISATION_TITLES.contains(t) || PLACE_TITLES.contains(t)) && title.isCapitalized()) {
                Mention next = byStart.get(s.token(end + 1).start());
                return next != null && next.type() == EntityType.PERSON ? end : -1;
            }
            if (!title.isProperNoun() || !title.isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /** Pronouns and other words that take a clitic {@code 's} ("It's", "Here's") and are no names. */
    private static final Set<String> CLITIC_HOSTS = Set.of("It", "He", "She", "That", "There", "Here", "What", "Who",
            "Let", "This", "Where", "How", "Everyone", "Nobody", "Somebody", "One");

    /**
     * Names that end in {@code 's}: a capitalised word the article uses at least twice, always with
     * {@code 's} and never without it, names an organisation ("Brantley's", a store called after its
     * founder), and "Brantley's Home Goods" is one name. A person's name is used without the possessive
     * somewhere, so it is not taken for one.
     */
    private List<Mention> possessiveNames(AnnotatedText text, List<Mention> mentions) {
        Map<String, List<int[]>> uses = new HashMap<>(); // word -> (sentence, token) of each "X 's"
        for (Sentence s : text.sentences()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                Token t = s.token(i);
                Token next = s.token(i + 1);
                if (t.isCapitalized() && t.text().length() > 1 && t.text().chars().allMatch(Character::isLetter)
                        && (next.text().equals("'s") || next.text().equals("\u2019s")) && t.end() == next.start()
                        && !CLITIC_HOSTS.contains(t.text()) && !NameWords.FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))
                        && gazetteer.lookup(t.text()).isEmpty()) {
                    uses.computeIfAbsent(t.text(), k -> new ArrayList<>()).add(new int[] {s.index(), i});
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (var e : uses.entrySet()) {
            if (e.getValue().size() < 2 || usedWithoutPossessive(text.text(), e.getKey())) {
                continue;
            }
            for (int[] use : e.getValue()) {
                Sentence s = text.sentences().get(use[0]);
                int i = use[1];
                TextSpan word = s.token(i).span();
                Mention after = null;
                for (Mention m : out) {
                    if (m.sentence() == s.index() && m.type() == EntityType.ORGANIZATION
                            && m.span().start() == s.token(i + 1).end() + 1 && !m.method().equals("mention:gazetteer")) {
                        after = m; // "Brantley's Home Goods"
                    }
                }
                TextSpan span = new TextSpan(word.start(), after != null ? after.span().end() : s.token(i + 1).end());
                if (out.stream().anyMatch(m -> m.sentence() == s.index() && m.span().overlaps(span)
                        && m.method().equals("mention:gazetteer"))) {
                    continue;
                }
                double conf = out.stream().filter(m -> m.sentence() == s.index() && m.span().overlaps(span))
                        .mapToDouble(Mention::confidence).max().orElse(0);
                out.removeIf(m -> m.sentence() == s.index() && m.span().overlaps(span));
                String name = span.of(text.text()).replaceAll("\\s+", " ");
                out.add(new Mention(s.index(), span, name, EntityType.ORGANIZATION, "mention:possessive-name",
                        Math.max(0.75, Math.min(0.9, conf))));
            }
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** Whether the text uses {@code word} somewhere without a possessive after it. */
    static boolean usedWithoutPossessive(String text, String word) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word)
                + "(?![\\p{L}\\p{N}'\u2019])").matcher(text).find();
    }

    /** The rules' mentions and the learned names merged ({@link MentionMerger}), in text order. */
    List<Mention> combine(AnnotatedText text, List<Mention> rules, List<EntitySpan> learned) {
        return merger.merge(text, rules, learned);
    }

    /** The mentions the rules find, in text order. */
    List<Mention> findByRules(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        List<Sentence> headlines = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (isHeadline(s)) {
                headlines.add(s);
            } else {
                findIn(s, mentions);
            }
        }
        // Headlines capitalise every word: keep only names known from running text or the gazetteer.
        Set<String> known = new HashSet<>();
        mentions.forEach(m -> known.add(m.text()));
        for (Sentence s : headlines) {
            List<Mention> found = new ArrayList<>();
            findIn(s, found);
            for (Mention m : found) {
                if (known.contains(m.text()) || m.method().equals("mention:gazetteer")) {
                    mentions.add(m);
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return repeatedNames(text, mentions);
    }

    /**
     * A capitalised phrase that nothing else types, used three times or more in running text, is the
     * name of something the article is about: an organisation ("Brantley Outfitters"), unless it ends in
     * a role word ("Interim Director").
     */
    private List<Mention> repeatedNames(AnnotatedText text, List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.method().equals("mention:capitalised-phrase") && !isHeadline(text.sentences().get(m.sentence()))) {
                counts.merge(m.text(), 1, Integer::sum);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String last = m.text().substring(m.text().lastIndexOf(' ') + 1);
            if (counts.getOrDefault(m.text(), 0) >= 3 && !words.isRoleNoun(last) && !NameWords.isCommonTitle(last)) {
                out.add(new Mention(m.sentence(), m.span(), m.text(), m.type(), "mention:repeated-name", 0.6));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A title-case line without final punctuation (a headline or subheading): most of its words are
     * capitalised.
     */
    static boolean isHeadline(Sentence s) {
        String t = s.text().strip();
        if (t.isEmpty() || ".?!:;\"'\u201D\u2019)".indexOf(t.charAt(t.length() - 1)) >= 0
                || "-\u2013\u2014".indexOf(t.charAt(0)) >= 0) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token tok : s.tokens()) {
            if (!tok.text().isEmpty() && Character.isLetter(tok.text().charAt(0))) {
                words++;
                if (tok.isCapitalized()) {
                    caps++;
                }
            }
        }
        return words >= 2 && caps * 10 >= words * 6;
    }

    private void findIn(Sentence s, List<Mention> out) {
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            int end = runEnd(toks, i);
            if (end == i) {
                i++;
                continue;
            }
            emitRun(s, i, end, out);
            i = end;
        }
        findQuotedGroupNames(s, out);
    }

    /** Whether the token can begin or continue a name. */
    private boolean isNameWord(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || NameWords.CALENDAR.contains(w)
                || NameWords.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        switch (t.tag()) {
            case "PROPN", "NOUN", "ADJ", "X", "NUM", "VERB", "ADV", "INTJ" -> {
            }
            default -> {
                // "former Initech CEO Dana Rusk": the tagger's slip on a capitalised word mid-sentence
                // that is no English word at all
                if (i == 0 || !w.chars().allMatch(Character::isLetter) || words.wordNet().isKnownWord(w)
                        || CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
        }
        if (i < datelineLength(toks)) {
            return true; // "NEW YORK (AP) —"
        }
        if (opensSentence(toks, i) && !t.isProperNoun() && gazetteerLengthAt(toks, i) == 0) {
            // a capitalised common word opening a sentence ("Protesters", "Small") is not a name
            // ... unless WordNet does not know it at all ("Haddad told ...": the tagger's slip)
            return !t.tag().equals("ADJ") && w.chars().allMatch(Character::isLetter)
                    && words.wordNet().nounSenses(w).isEmpty() && words.wordNet().verbSenses(w).isEmpty();
        }
        return true;
    }

    /** Whether token {@code i} is the sentence's first word (after opening quotes or brackets, if any). */
    private static boolean opensSentence(List<Token> toks, int i) {
        for (int k = 0; k < i; k++) {
            if (!toks.get(k).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** The number of words of the longest gazetteer name starting at {@code i}, or 0. */
    private int gazetteerLengthAt(List<Token> toks, int i) {
        for (int len = Math.min(toks.size() - i, gazetteer.longestName()); len >= 1; len--) {
            if (gazetteer.lookup(join(toks, i, i + len)).isPresent()) {
                return len;
            }
        }
        return 0;
    }

    /** The end (exclusive) of the name run starting at {@code start}, or {@code start} if none starts there. */
    private int runEnd(List<Token> toks, int start) {
        if (!isNameWord(toks, start)) {
            return start;
        }
        int end = start + 1;
        while (end < toks.size()) {
            if (isNameWord(toks, end)) {
                end++;
            } else if (isGluedHyphen(toks, end)) {
                end += 2; // "Al-Jazeera", "Ex-Labour": one word split by the tokenizer
            } else if (particlesEnd(toks, start, end) > end) {
                end = particlesEnd(toks, start, end); // "Anne-Marie de la Tour"
            } else if (CONNECTORS.contains(toks.get(end).text()) && end + 1 < toks.size()
                    && isNameWord(toks, end + 1) && connectorJoins(toks, start, end)) {
                end += 2;
            } else if (toks.get(end).text().equals(",") && end + 1 < toks.size()
                    && gazetteer.lookup(join(toks, start, end + 2)).isPresent()) {
                end += 2; // "Washington, D.C."
            } else if (toks.get(end).text().equals("the") && end > start && toks.get(end - 1).text().equals("of")) {
                end++;
            } else {
                break;
            }
        }
        // a trailing connector pair that did not pay off is dropped later in emitRun
        return end;
    }

    /**
     * The end of lower-case name particles and the name word after them ("de la Tour") when the run so
     * far looks like a person's given name; else {@code end}.
     */
    private int particlesEnd(List<Token> toks, int start, int end) {
        int j = end;
        while (j < toks.size() && j - end < 3 && NameParticles.is(toks.get(j).text())) {
            j++;
        }
        if (j == end || j >= toks.size() || !isNameWord(toks, j) || NameWords.ORG_HEADS.contains(toks.get(j).text())) {
            return end;
        }
        List<String> before = nameWords(toks, start, end);
        return !before.isEmpty() && before.size() <= 3 && words.looksLikePersonName(before)
                && gazetteer.lookup(join(toks, start, end)).isEmpty() ? j + 1 : end;
    }

    /** The words of a name without hyphens and particles ("Anne", "Marie", "Tour"). */
    private static List<String> nameWords(List<Token> toks, int start, int end) {
        List<String> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            String w = toks.get(i).text();
            if (!w.equals("-") && !NameParticles.is(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private boolean isGluedHyphen(List<Token> toks, int i) {
        return toks.get(i).text().equals("-") && i + 1 < toks.size() && toks.get(i - 1).end() == toks.get(i).start()
                && toks.get(i).end() == toks.get(i + 1).start() && isNameWord(toks, i + 1);
    }

    /** "of"/"and" join capitalised words only inside organisation-like names. */
    private boolean connectorJoins(List<Token> toks, int start, int connector) {
        List<String> person = nameWords(toks, start, connector);
        if (toks.get(connector).text().equals("of") && !person.isEmpty() && person.size() <= 3
                && !NameWords.ORG_STARTS.contains(person.get(0)) && words.looksLikePersonName(person)
                && gazetteer.lookup(join(toks, start, connector)).isEmpty()) {
            return false; // "Tom Hale of Brenwick Advisory Group": a person, then where they work
        }
        int after = connector + 1;
        int stop = after;
        while (stop < toks.size() && isNameWord(toks, stop)) {
            stop++;
        }
        String joined = join(toks, start, stop);
        if (gazetteer.lookup(joined).isPresent()) {
            return true;
        }
        // "Bank of Freedonia", "Athletic Club of Freedonia": an organisation's head noun, "of", a place
        String left = join(toks, start, connector);
        if (toks.get(connector).text().equals("of") && NameWords.ORG_HEADS.contains(toks.get(connector - 1).text())
                && gazetteer.lookup(join(toks, after, stop)).filter(e -> e.type() == EntityType.PLACE).isPresent()
                && gazetteer.lookup(left).isEmpty()) {
            return true;
        }
        // "Interpol and Europol": two names already known on their own are two names
        if (gazetteer.lookup(left).isPresent() || isAcronym(left) || gazetteer.lookup(join(toks, after, stop)).isPresent()) {
            return false;
        }
        Token first = toks.get(start);
        Token last = toks.get(stop - 1);
        return NameWords.ORG_STARTS.contains(first.text()) || NameWords.ORG_HEADS.contains(last.text())
                || (toks.get(connector).text().equals("and") && NameWords.ORG_HEADS.contains(last.text()));
    }

    private void emitRun(Sentence s, int start, int end, List<Mention> out) {
        List<Token> toks = s.tokens();
        // Longest gazetteer name at the start of the run wins ("New York Times", "U.S. Army").
        for (int len = Math.min(end - start, gazetteer.longestName()); len >= 1; len--) {
            Optional<Gazetteer.Entry> e = gazetteer.lookup(join(toks, start, start + len));
            if (e.isPresent() && (len == end - start || !continuesName(toks, start + len, end))) {
                out.add(mention(s, start, start + len, e.get().type(), "mention:gazetteer", 0.95));
                if (start + len < end) {
                    emitRun(s, skipTitles(toks, start + len, end), end, out);
                }
                return;
            }
        }
        // A title before the name: "Governor Ken Abara", "Oregon Governor Ken Abara", "Water Czar Lena Hart";
        // not in an organisation's name ("Harbor Justice Project")
        int titleEnd = NameWords.ORG_HEADS.contains(toks.get(end - 1).text()) ? start : titleEnd(toks, start, end);
        if (titleEnd > start) {
            emitPrefix(s, start, titleEnd - 1, out);
            emitName(s, titleEnd, end, EntityType.PERSON, "mention:title-before-name", 0.85, out);
            return;
        }
        emitName(s, start, end, null, null, 0, out);
    }

    /** Names inside a title prefix other than the title words themselves ("Oregon" in "Oregon Governor"). */
    private void emitPrefix(Sentence s, int start, int titleWord, List<Mention> out) {
        List<Token> toks = s.tokens();
        int i = start;
        while (i < titleWord) {
            boolean found = false;
            for (int len = Math.min(titleWord - i, gazetteer.longestName()); len >= 1; len--) {
                Optional<Gazetteer.Entry> e = gazetteer.lookup(join(toks, i, i + len));
                if (e.isPresent()) {
                    out.add(mention(s, i, i + len, e.get().type(), "mention:gazetteer", 0.95));
                    i += len;
                    found = true;
                    break;
                }
            }
            if (!found) {
                int j = i;
                while (j < titleWord && gazetteer.lookup(toks.get(j).text()).isEmpty()) {
                    j++;
                }
                if (j - i >= 2 && NameWords.ORG_HEADS.contains(toks.get(j - 1).text())) {
                    out.add(mention(s, i, j, EntityType.ORGANIZATION, "mention:org-head-noun", 0.8));
                }
                i = Math.max(j, i + 1);
            }
        }
    }

    private boolean continuesName(List<Token> toks, int from, int end) {
        // "Oregon Governor Ken Abara": the gazetteer prefix is followed by a title, then a name
        return titleEnd(toks, from, end) == from && from < end && !isRoleWordAt(toks, from);
    }

    private boolean isRoleWordAt(List<Token> toks, int i) {
        return words.isTitleBeforeName(toks.get(i));
    }

    /**
     * Where the name starts after a leading title ({@code President}, {@code Gov.}, {@code Border Czar}):
     * the index after the last title word, provided at least one name word follows; else {@code start}.
     */
    private int titleEnd(List<Token> toks, int start, int end) {
        // the last title word; but one that leaves a two-word name beats one that leaves a single word
        // ("House Minority Leader Hakeem Oduya": "hakeem" is also a rare WordNet noun)
        int last = -1;
        int lastLeavingTwo = -1;
        for (int i = start; i < end - 1 && i < start + 5; i++) {
            if (words.isTitleBeforeName(toks.get(i), end - i - 1)) {
                last = i;
                if (end - i - 1 >= 2) {
                    lastLeavingTwo = i;
                }
            }
        }
        if (lastLeavingTwo >= 0) {
            last = lastLeavingTwo;
        }
        if (last >= 0 && end - last - 1 >= 2 && !words.looksLikePersonName(texts(toks, last + 1, end))) {
            return start; // "Consumer Electronics Show": no person follows the "title"
        }
        if (last < 0) {
            return start;
        }
        // the words after the title must not themselves be titles
        int nameStart = last + 1;
        return lastLeavingTwo < 0 && words.isTitleBeforeName(toks.get(nameStart), end - nameStart) ? start : nameStart;
    }

    private int skipTitles(List<Token> toks, int start, int end) {
        int t = titleEnd(toks, start, end);
        return t > start ? t : start;
    }

    /** Emits the run as one name, typed by its shape and context unless {@code type} is given. */
    private void emitName(Sentence s, int start, int end, EntityType type, String method, double conf,
                          List<Mention> out) {
        List<Token> toks = s.tokens();
        // a connector left dangling at the end is not part of the name
        while (end > start && (CONNECTORS.contains(toks.get(end - 1).text()) || toks.get(end - 1).text().equals("the"))) {
            end--;
        }
        boolean honorific = false;
        while (start < end && NameWords.HONORIFICS.contains(toks.get(start).text())) {
            start++;
            honorific = true;
        }
        if (start >= end) {
            return;
        }
        if (honorific && type == null) {
            type = EntityType.PERSON; // "Mr Galloway" is a person, whatever else "Galloway" names
            method = "mention:honorific";
            conf = 0.85;
        }
        String name = join(toks, start, end);
        Optional<Gazetteer.Entry> known = gazetteer.lookup(name);
        if (known.isPresent()) {
            out.add(mention(s, start, end, known.get().type(), "mention:gazetteer", 0.95));
            return;
        }
        Token first = toks.get(start);
        Token last = toks.get(end - 1);
        int n = end - start;
        if (n == 1 && first.tag().equals("ADJ") && type == null && words.wordNet().isKnownWord(name)) {
            return; // "Democratic", "American": adjectives, not names ("Initech" is a name the tagger missed)
        }
        if (n > 1 && first.tag().equals("ADJ") && type == null && !NameWords.ORG_HEADS.contains(last.text())
                && !orgHeadBeforeOf(toks, start, end)
                && !NameWords.PLACE_HEADS.contains(last.text()) && !words.wordNet().isNamedLocation(name)) {
            emitName(s, start + 1, end, null, null, 0, out); // "American Ostrowski supporters"
            return;
        }
        if (type != null) {
            out.add(mention(s, start, end, type, method, conf));
            return;
        }
        if (isDateline(s, toks, start, end)) {
            out.add(mention(s, start, end, EntityType.PLACE, "mention:dateline", 0.85)); // "OTTAWA, Ontario —"
        } else if (isAcronym(name)) {
            if (end < toks.size() && !toks.get(end).isCapitalized() && words.isRoleNoun(toks.get(end).text())) {
                return; // "ICU nurse": an acronym that qualifies an occupation is part of the role
            }
            Set<String> senses = words.wordNet().nounSenses(name);
            if (!senses.isEmpty() && !senses.contains("noun.group") && !senses.contains("noun.location")) {
                return; // "TV", "PC", "DVD": things, not organisations
            }
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "mention:acronym", 0.75));
        } else if ((n > 1 && NameWords.ORG_HEADS.contains(last.text())) || (n > 2 && NameWords.ORG_STARTS.contains(first.text())
                && toks.get(start + 1).text().equals("of")) || orgHeadBeforeOf(toks, start, end)) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "mention:org-head-noun", 0.85));
        } else if (companyContext(toks, start, end)) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "mention:company-context", 0.75));
        } else if ((NameWords.PLACE_HEADS.contains(last.text()) && n > 1) || (n > 1
                && NameWords.BUILDING_HEADS.contains(last.text()) && !words.isGivenName(first.text()))) {
            out.add(mention(s, start, end, EntityType.PLACE, "mention:place-head-noun", 0.8));
        } else if (followedByKnownPlace(toks, end)) {
            out.add(mention(s, start, end, EntityType.PLACE, "mention:place-comma-region", 0.85));
        } else if (words.wordNet().isNamedLocation(name)
                && (n > 1 || precededByPlacePreposition(toks, start) || !words.wordNet().isCommonNonPersonWord(name))) {
            out.add(mention(s, start, end, EntityType.PLACE, "mention:wordnet-location", 0.7));
        } else if (hasParticles(toks, start, end) && words.looksLikePersonName(nameWords(toks, start, end))) {
            out.add(mention(s, start, end, EntityType.PERSON, "mention:name-shape", 0.75));
        } else if (n >= 2 && n <= 4 && allProper(toks, start, end) && words.looksLikePersonName(texts(toks, start, end))) {
            out.add(mention(s, start, end, EntityType.PERSON, "mention:name-shape",
                    words.isGivenName(first.text()) ? 0.8 : 0.7));
        } else if (n == 1 && isCamelCase(first.text()) && !gluedToKnownName(first.text())) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "mention:camel-case", 0.75)); // "WorldCom"
        } else if (n == 1 && start > 0 && end < toks.size() && !toks.get(end).isCapitalized()
                && NameWords.isCommonTitle(toks.get(end).text()) && !words.wordNet().isCommonNonPersonWord(name)) {
            // "Acme chief", "Globex spokesman": the name before a post is the organisation's, unless the
            // article names a person of that surname (resolution decides)
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "mention:name-before-post", 0.6));
        } else if (n == 1 && start >= 2 && toks.get(start - 1).text().equals("of")
                && NameWords.isCommonTitle(toks.get(start - 2).text()) && !words.isGivenName(first.text())) {
            // "chairman of Initech", "chief executive of Globex": the post's owner is an organisation
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "mention:post-of-name", 0.6));
        } else if (n == 1) {
            // "Abara said" vouches for a person; "Labour said", "Ministers said" do not
            boolean cue = saidAfter(toks, end) && !words.wordNet().isCommonNonPersonWord(name)
                    && !words.wordNet().isPluralNoun(name);
            if (precededByPlacePreposition(toks, start) && words.wordNet().isNamedLocation(name)) {
                out.add(mention(s, start, end, EntityType.PLACE, "mention:wordnet-location", 0.6));
            } else {
                // a lone name: a surname if the article names the person in full; kept by resolution only then
                out.add(mention(s, start, end, EntityType.PERSON, cue ? "mention:said-name" : "mention:single-name",
                        cue ? 0.7 : 0.4));
            }
        } else if (n >= 2 && n <= 5) {
            out.add(mention(s, start, end, EntityType.ORGANIZATION, "mention:capitalised-phrase", 0.4));
        }
    }

    /** A quoted capitalised name before a group noun: the "Stop the Dam" movement. */
    private void findQuotedGroupNames(Sentence s, List<Mention> out) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!isQuoteMark(toks.get(i).text())) {
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && !isQuoteMark(toks.get(j).text()) && j - i <= 6) {
                j++;
            }
            if (j < toks.size() && j > i + 1 && isQuoteMark(toks.get(j).text()) && j + 1 < toks.size()
                    && NameWords.GROUP_NOUNS.contains(toks.get(j + 1).text())) {
                boolean allCaps = true;
                for (int k = i + 1; k < j; k++) {
                    allCaps &= toks.get(k).isCapitalized();
                }
                if (allCaps) {
                    TextSpan span = new TextSpan(toks.get(i + 1).start(), toks.get(j - 1).end());
                    out.removeIf(m -> m.sentence() == s.index() && m.span().overlaps(span));
                    String name = s.text().substring(span.start() - s.span().start(), span.end() - s.span().start());
                    out.add(new Mention(s.index(), span, name, EntityType.ORGANIZATION,
                            "mention:quoted-group-name", 0.8));
                }
                i = j;
            }
        }
    }

    private static boolean isQuoteMark(String t) {
        return t.equals("\"") || t.equals("\u201C") || t.equals("\u201D") || t.equals("'") || t.equals("\u2018")
                || t.equals("\u2019");
    }

    private boolean followedByKnownPlace(List<Token> toks, int end) {
        // "Pella, Iowa"; not "Zarvica, the Ohio retailer"
        if (end + 1 < toks.size() && toks.get(end).text().equals(",") && toks.get(end + 1).isCapitalized()
                && !toks.get(end + 1).text().equals("The")) {
            for (int len = Math.min(3, toks.size() - end - 1); len >= 1; len--) {
                Optional<Gazetteer.Entry> e = gazetteer.lookup(join(toks, end + 1, end + 1 + len));
                if (e.isPresent() && e.get().type() == EntityType.PLACE) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean saidAfter(List<Token> toks, int end) {
        return end < toks.size() && words.isSpeechVerb(toks.get(end));
    }

    private static boolean precededByPlacePreposition(List<Token> toks, int start) {
        return start > 0 && PLACE_PREPOSITIONS.contains(toks.get(start - 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * A dateline: the capitalised place that opens a news story's first lines ("OTTAWA —",
     * "MENOMONEE FALLS, Wis. (AP) —"), in capitals and followed by a comma, a bracket or a dash.
     */
    private static boolean isDateline(Sentence s, List<Token> toks, int start, int end) {
        return start == 0 && s.index() <= 10 && end == datelineLength(toks);
    }

    /** The number of capitalised words that open the sentence as a dateline, or 0. */
    private static int datelineLength(List<Token> toks) {
        int n = 0;
        while (n < toks.size() && n < 4) {
            String w = toks.get(n).text();
            if (w.length() < 2 || !w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == '-')
                    || w.chars().noneMatch(Character::isLetter)) {
                break;
            }
            n++;
        }
        if (n == 0 || n > 3 || n >= toks.size()) {
            return 0;
        }
        String next = toks.get(n).text();
        return next.equals(",") || next.equals("(") || next.equals("\u2014") || next.equals("\u2013") || next.equals("-")
                || next.equals("--") ? n : 0;
    }

    /** "Athletic Club of Freedonia": an organisation's head noun before "of" inside the name. */
    private static boolean orgHeadBeforeOf(List<Token> toks, int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            if (toks.get(i).text().equals("of") && NameWords.ORG_HEADS.contains(toks.get(i - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** A name with lower-case particles between capitalised words ("Anne-Marie de la Tour"). */
    private static boolean hasParticles(List<Token> toks, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (NameParticles.is(toks.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allProper(List<Token> toks, int start, int end) {
        for (int i = start; i < end; i++) {
            Token t = toks.get(i);
            if (!t.isCapitalized() || t.text().chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(List<Token> toks, int start, int end) {
        List<String> t = new ArrayList<>();
        for (int i = start; i < end; i++) {
            t.add(toks.get(i).text());
        }
        return t;
    }

    /** Words before a name that say it is a company's: "shares in X", "a stake in X", "a bid for X". */
    private static final Set<String> COMPANY_BEFORE = Set.of("shares in", "stake in", "bid for", "takeover of",
            "acquisition of", "merger with", "shareholders in", "shareholders of", "investors in", "owners of");
    /** Words after a name (or its possessive) that say it is a company's: "X shares", "X's profits". */
    private static final Set<String> COMPANY_AFTER = Set.of("shares", "shareholders", "profits", "profit",
            "revenues", "revenue", "sales", "earnings", "stock", "subsidiary", "takeover", "bid");

    /** Whether the words around a name say it is a company ("shares in Yukos", "Globex's profits"). */
    private static boolean companyContext(List<Token> toks, int start, int end) {
        if (start >= 2) {
            String before = toks.get(start - 2).text().toLowerCase(Locale.ROOT) + " " + toks.get(start - 1).text();
            if (COMPANY_BEFORE.contains(before)) {
                return true;
            }
        }
        int k = end;
        if (k < toks.size() && toks.get(k).tag().equals("PART")) {
            k++;
        }
        return k < toks.size() && COMPANY_AFTER.contains(toks.get(k).text());
    }

    /** "OregonDemocratic": a known name with the next word glued on (a missing space), not a company. */
    private boolean gluedToKnownName(String w) {
        for (int i = 2; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && gazetteer.lookup(w.substring(0, i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "WorldCom", "YouTube": a capital inside a word of lower-case letters. */
    static boolean isCamelCase(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (int i = 2; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAcronym(String name) {
        String letters = name.replace(".", "").replace("&", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }

    private Mention mention(Sentence s, int start, int end, EntityType type, String method, double conf) {
        TextSpan span = new TextSpan(s.token(start).start(), s.token(end - 1).end());
        String text = s.text().substring(span.start() - s.span().start(), span.end() - s.span().start());
        return new Mention(s.index(), span, text.replaceAll("\\s+", " "), type, method, conf);
    }

    /** The tokens' text as written between them (so "U.S. Army" keeps its space and "J.K." its dots). */
    private static String join(List<Token> toks, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(toks.get(i).start() > toks.get(i - 1).end() ? " " : "");
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }
}
