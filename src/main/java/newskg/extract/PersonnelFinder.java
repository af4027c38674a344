package newskg.extract;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import newskg.nlp.AnnotatedText;
import newskg.nlp.DependencyParser;
import newskg.nlp.DependencyTree;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.Token;

/**
 * Finds personnel changes and the roles they imply, from the predicates that report them:
 * <ul>
 *   <li>appointments: "Initech named Jane Roe (as) chief executive", "Roe was appointed interim CEO",
 *       "Roe became finance minister", "Roe will take over as chair in January", "Roe succeeds Max Lund as
 *       chief executive", "Roe was promoted to director";</li>
 *   <li>resignations: "Roe resigned as finance minister", "Roe stepped down from her post as chair",
 *       "Roe tendered her resignation";</li>
 *   <li>dismissals: "Initech fired Roe", "Roe was sacked as manager", "Roe was relieved of command";</li>
 *   <li>elections: "Roe was elected leader", "Roe won the election".</li>
 * </ul>
 * Each gives an event (the person whose post changes as {@code holder}, the organization whose post it
 * is as {@code institution}, whoever appoints or dismisses as {@code agent}) and, when the post is named
 * in the sentence or by the person's title there, a role with its status: a post taken is current (future
 * when the sentence looks ahead), a post left is former (current while the leaving is still to come), and
 * the dates the sentence gives as its start or end.
 * <pre>
 *   PersonnelFinder.Found f = new PersonnelFinder(words).find(text, mentions, quoted, dates);
 * </pre>
 * Thread-safe (stateless).
 */
public final class PersonnelFinder {
    /** What a personnel verb reports, by lemma. */
    private static final Map<String, EventType> VERBS = Map.ofEntries(
            Map.entry("appoint", EventType.Appointment), Map.entry("reappoint", EventType.Appointment),
            Map.entry("name", EventType.Appointment), Map.entry("nominate", EventType.Appointment),
            Map.entry("promote", EventType.Appointment), Map.entry("hire", EventType.Appointment),
            Map.entry("recruit", EventType.Appointment), Map.entry("install", EventType.Appointment),
            Map.entry("tap", EventType.Appointment), Map.entry("pick", EventType.Appointment),
            Map.entry("choose", EventType.Appointment), Map.entry("select", EventType.Appointment),
            Map.entry("designate", EventType.Appointment), Map.entry("elevate", EventType.Appointment),
            Map.entry("become", EventType.Appointment), Map.entry("succeed", EventType.Appointment),
            Map.entry("replace", EventType.Appointment), Map.entry("swear", EventType.Appointment),
            Map.entry("bring", EventType.Appointment), Map.entry("take", EventType.Appointment),
            Map.entry("assume", EventType.Appointment), Map.entry("join", EventType.Appointment),
            Map.entry("resign", EventType.Resignation), Map.entry("quit", EventType.Resignation),
            Map.entry("retire", EventType.Resignation), Map.entry("step", EventType.Resignation),
            Map.entry("stand", EventType.Resignation), Map.entry("leave", EventType.Resignation),
            Map.entry("depart", EventType.Resignation), Map.entry("exit", EventType.Resignation),
            Map.entry("fire", EventType.Dismissal), Map.entry("dismiss", EventType.Dismissal),
            Map.entry("sack", EventType.Dismissal), Map.entry("oust", EventType.Dismissal),
            Map.entry("remove", EventType.Dismissal), Map.entry("axe", EventType.Dismissal),
            Map.entry("depose", EventType.Dismissal), Map.entry("relieve", EventType.Dismissal),
            Map.entry("terminate", EventType.Dismissal), Map.entry("elect", EventType.Election),
            Map.entry("re-elect", EventType.Election), Map.entry("reelect", EventType.Election));
    /** Nouns that report a change of post: "her resignation", "the sacking of X". */
    private static final Map<String, EventType> NOUNS = Map.ofEntries(
            Map.entry("appointment", EventType.Appointment), Map.entry("nomination", EventType.Appointment),
            Map.entry("promotion", EventType.Appointment), Map.entry("resignation", EventType.Resignation),
            Map.entry("retirement", EventType.Resignation), Map.entry("departure", EventType.Resignation),
            Map.entry("dismissal", EventType.Dismissal), Map.entry("sacking", EventType.Dismissal),
            Map.entry("firing", EventType.Dismissal), Map.entry("ouster", EventType.Dismissal),
            Map.entry("ousting", EventType.Dismissal), Map.entry("removal", EventType.Dismissal));
    /** Verbs that need a particle to report a change: "step down", "stand down", "bring in", "take over". */
    private static final Map<String, Set<String>> PARTICLES = Map.of(
            "step", Set.of("down", "aside"), "stand", Set.of("down", "aside"), "bring", Set.of("in"),
            "take", Set.of("over", "charge"), "swear", Set.of("in"));
    /** Words that join a second verb group to the change's: "has been named ... and will start on Monday". */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or");
    /** Verbs whose post must be named in the clause (they have other senses): "named after", "left home". */
    private static final Set<String> NEED_TITLE = Set.of("name", "pick", "choose", "select", "tap", "designate",
            "become", "take", "assume", "join", "leave", "depart", "exit", "elevate", "install", "remove",
            "relieve", "terminate", "replace", "succeed", "swear");
    /** Verbs done to the holder by someone else (the subject appoints or dismisses): the rest are the holder's own. */
    private static final Set<String> DONE_TO_HOLDER = Set.of("appoint", "reappoint", "name", "nominate", "promote",
            "hire", "recruit", "install", "tap", "pick", "choose", "select", "designate", "elevate", "bring", "fire",
            "dismiss", "sack", "oust", "remove", "axe", "depose", "relieve", "terminate", "elect", "re-elect",
            "reelect", "swear");
    /** Objects of "leave", "quit", "step down from" that name a post without naming its title. */
    private static final Set<String> POST_NOUNS = Set.of("post", "role", "job", "position", "office", "seat",
            "helm", "duties", "command", "cabinet", "board", "presidency", "chairmanship", "leadership");
    /** True auxiliaries; the tagger also calls "became" or "won" AUX, and those are read as verbs. */
    private static final Set<String> AUXILIARIES = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
            "'s", "'re", "'m", "have", "has", "had", "having", "'ve", "'d", "do", "does", "did", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca", "get", "got", "gets");
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "\u2019ll", "shall");
    /** "is set to take over", "is due to step down": a change still to come. */
    private static final Set<String> FUTURE_BEFORE_TO = Set.of("set", "due", "expected", "going", "poised",
            "scheduled", "slated", "about", "plans", "planned", "intends", "intended", "expects", "agreed", "will");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "whether", "unless", "would", "could", "might",
            "should");
    /** "calls for Roe to step down", "urged him to resign": asked for, not done. */
    private static final Set<String> DEMANDS = Set.of("call", "calls", "called", "urge", "urged", "urges", "ask",
            "asked", "asks", "demand", "demanded", "demands", "want", "wanted", "wants", "pressure", "pressured",
            "push", "pushed", "press", "pressed", "tell", "told", "refused", "refuses", "refuse", "threatened",
            "threatens", "threaten", "hopes", "hoped", "hope", "plan", "plans", "planned", "vowed", "vows", "vow",
            "for", "deciding", "decide", "whether");

    private final NameWords words;
    private final TitleReader titles;
    private final Supplier<DependencyParser> parser;

    /** A finder that reads changes from tags and word patterns only. */
    public PersonnelFinder(NameWords words) {
        this(words, null);
    }

    /**
     * A finder that asks {@code parser} (made on first need) for a change verb's subject or object where
     * the word patterns find none: across a long apposition or relative clause ("Tom Hale, who was named
     * chairman last year, resigned"), or past a title before the name ("appointed former finance
     * director Ada Pike as chief executive"). Sentences are parsed only then, so the cost is small.
     */
    public PersonnelFinder(NameWords words, Supplier<DependencyParser> parser) {
        this.words = words;
        this.titles = new TitleReader(words);
        this.parser = parser;
    }

    /** The personnel events and the roles they state. */
    public record Found(List<Event> events, List<Role> roles) {
        public Found {
            events = List.copyOf(events);
            roles = List.copyOf(roles);
        }
    }

    /**
     * Personnel changes the text reports.
     *
     * @param roles  the roles already read from titles and appositions: a change that does not name the
     *               post itself is about the post its holder is given in the same sentence
     * @param quoted the quoted stretches of the text: changes there are someone's words
     * @param dates  one date resolver per sentence ({@link DateResolver#perSentence})
     */
    public Found find(AnnotatedText text, List<Mention> mentions, List<Role> roles, List<TextSpan> quoted,
                      List<DateResolver> dates) {
        MentionIndex names = new MentionIndex(mentions);
        List<Mention> people = crediblePeople(mentions);
        Map<Mention, List<Role>> rolesOf = new java.util.HashMap<>();
        for (Role r : roles) {
            rolesOf.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r);
        }
        List<Event> events = new ArrayList<>();
        List<Role> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Syntax syntax = new Syntax(s);
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (QuoteFinder.inside(quoted, t.span())) {
                    continue;
                }
                Change c = null;
                if (t.tag().equals("VERB") || (t.tag().equals("AUX") && !AUXILIARIES.contains(t.text().toLowerCase(Locale.ROOT)))
                        || (t.tag().equals("ADJ") && i > 0 && s.token(i - 1).tag().equals("AUX"))) {
                    // "was relieved of": a participle the tagger calls an adjective
                    c = verbChange(s, i, names, people, syntax);
                } else if (t.tag().equals("NOUN")) {
                    c = nounChange(s, i, names, people);
                }
                if (c == null || c.holder == null || hypothetical(s, c.verbStart)) {
                    continue;
                }
                complete(s, c, rolesOf.getOrDefault(c.holder, List.of()));
                TextSpan own = clause(s, c);
                Temporal when = dates.get(s.index()).resolveIn(s.text(), own.start(), own.end()).orElse(null);
                DateResolver.Dated dated = when != null ? new DateResolver.Dated(when, DateResolver.STATED)
                        : c.future || t.tag().equals("NOUN") ? null
                        : dates.get(s.index()).untold(VerbGroup.aspect(s, c.verb, words.wordNet()::verbLemma),
                                s.token(c.verb).start() - s.span().start()).orElse(null);
                events.add(event(s, c, dated));
                if (c.title != null && c.holder.type() == EntityType.PERSON) {
                    found.add(role(s, c, when));
                    if (c.predecessor != null) {
                        found.add(new Role(c.predecessor, c.title.title(), c.title.org(), c.title.place(),
                                RoleStatus.FORMER, null, null, new Evidence(s.index(), span(s, c), "role:succeeded", 0.6)));
                    }
                }
            }
        }
        return new Found(events, found);
    }

    /**
     * One sentence's parse, made on first need. {@link #name} reads the name a relation of a verb points
     * to: the mention that ends at the relation's head word (a name's head is its last word).
     */
    private final class Syntax {
        private final Sentence sentence;
        private DependencyTree tree;

        Syntax(Sentence sentence) {
            this.sentence = sentence;
        }

        Mention name(int verb, BiFunction<DependencyTree, Integer, OptionalInt> relation, MentionIndex names) {
            if (parser == null) {
                return null;
            }
            if (tree == null) {
                tree = parser.get().parse(sentence);
            }
            OptionalInt head = relation.apply(tree, verb);
            if (head.isEmpty()) {
                return null;
            }
            Mention m = names.endingAt(sentence.token(head.getAsInt()).end());
            if (m == null) {
                // "Freedonia's finance minister, Karl Osterman, resigned": the name in apposition to the post
                for (int a : tree.appositions(head.getAsInt())) {
                    m = names.endingAt(sentence.token(a).end());
                    if (m != null) {
                        break;
                    }
                }
            }
            return m != null && m.type() != EntityType.PLACE ? m : null;
        }
    }

    /** One change read from a sentence, filled in step by step. */
    private static final class Change {
        EventType type;
        String lemma;
        int verb;
        int verbStart;
        int end;
        boolean future;
        Mention holder;
        Mention agent;
        Mention institution;
        Mention predecessor;
        TitlePhrase title;
        /** Whether the dependency parse, not the word patterns, gave the holder or the subject. */
        boolean parsed;
    }

    private Change verbChange(Sentence s, int v, MentionIndex names, List<Mention> mentions, Syntax syntax) {
        Token t = s.token(v);
        String w = t.text().toLowerCase(Locale.ROOT);
        String lemma = w.equals("sworn") ? "swear" : words.wordNet().verbLemma(w);
        if (CONTEST_VERBS.contains(lemma)) {
            return contest(s, v, lemma, names, mentions);
        }
        EventType type = VERBS.get(lemma);
        if (type == null) {
            return null;
        }
        int after = v + 1;
        Set<String> particles = PARTICLES.get(lemma);
        if (particles != null) {
            if (after >= s.size() || !particles.contains(s.token(after).text().toLowerCase(Locale.ROOT))) {
                if (!(lemma.equals("bring") || lemma.equals("take") || lemma.equals("swear")) || !passiveParticleLater(s, after, particles)) {
                    return null;
                }
            } else {
                after++;
            }
        }
        Change c = new Change();
        c.type = type;
        c.lemma = lemma;
        c.verb = v;
        c.verbStart = groupStart(s, v);
        c.future = looksAhead(s, c.verbStart, v);
        boolean passive = isPassive(s, c.verbStart, v);
        Mention subject = subjectOf(s, c.verbStart, names, mentions);
        Mention reduced = DONE_TO_HOLDER.contains(lemma) ? reducedPassiveHolder(s, v, names) : null;
        if (reduced != null) {
            // "Ivo Brandt, hired by Rovers FC in 2023, led ...": a participle after the name is done to it
            passive = true;
            subject = reduced;
        }
        if (DONE_TO_HOLDER.contains(lemma) && !passive) {
            // "Initech named Jane Roe as chief executive": the object is the holder, the subject the agent
            Mention object = personAfter(s, after, names);
            if (object == null && personWithin(s, after, after + 12, mentions)) {
                object = syntax.name(v, DependencyTree::object, names);
                c.parsed |= object != null;
            }
            if (object == null || object.type() != EntityType.PERSON) {
                return null;
            }
            c.holder = object;
            c.agent = subject;
            after = RoleExtractor.tokenEndingAt(s, object.span().end()) + 1;
            after = skipApposition(s, after);
        } else {
            c.holder = subject != null && subject.type() == EntityType.PERSON ? subject : null;
            if (passive) {
                c.agent = byAgent(s, after, names);
            }
        }
        boolean succession = lemma.equals("succeed") || lemma.equals("replace");
        if (succession && passive) {
            // "Pike will be succeeded by Tom Hale": Hale takes the post, Pike leaves it
            Mention successor = c.agent;
            if (successor == null || successor.type() != EntityType.PERSON) {
                return null;
            }
            c.predecessor = c.holder;
            c.holder = successor;
            c.agent = null;
            after = skipApposition(s, RoleExtractor.tokenEndingAt(s, successor.span().end()) + 1);
        } else if (succession) {
            c.predecessor = personAfter(s, after, names);
            if (c.predecessor != null) {
                after = skipApposition(s, RoleExtractor.tokenEndingAt(s, c.predecessor.span().end()) + 1);
            }
        }
        c.end = after;
        c.title = titleAfterVerb(s, after, lemma, names);
        if (c.title == null && NEED_TITLE.contains(lemma) && !namesPost(s, after)) {
            return succession && c.predecessor != null ? c : null;
        }
        if (c.title != null) {
            c.end = Math.max(c.end, c.title.last() + 1);
        }
        if (c.holder == null && !(DONE_TO_HOLDER.contains(lemma) && !passive) && c.verbStart > 0
                && s.token(c.verbStart - 1).text().equals(",")) {
            // "X, 54, a former detective who joined Y in 2010, was promoted": a subject before an
            // apposition or relative clause the word patterns cannot cross. Only now, when the change is
            // otherwise complete, is the sentence worth parsing.
            Mention parsed = syntax.name(v, DependencyTree::subject, names);
            if (parsed != null && parsed.type() == EntityType.PERSON) {
                c.holder = parsed;
                c.parsed = true;
            }
        }
        return c;
    }

    /**
     * The person a past participle right after "NAME," is done to ("Ivo Brandt, hired by Rovers FC in 2023,",
     * "Tom Hale, brought in from Rovers FC in 2024,"), or {@code null}: no auxiliary before the participle, and
     * a past form, not a present or a base form.
     */
    private Mention reducedPassiveHolder(Sentence s, int v, MentionIndex names) {
        if (v < 2 || !s.token(v - 1).text().equals(",")) {
            return null;
        }
        if (!s.token(v).tag().equals("VERB")
                || !VerbGroup.isPastForm(s.token(v).text().toLowerCase(Locale.ROOT), words.wordNet()::verbLemma)) {
            return null;
        }
        Mention m = names.endingAt(s.token(v - 2).end());
        return m != null && m.type() == EntityType.PERSON ? m : null;
    }

    /** Whether one of {@code people} starts between tokens {@code from} and {@code to} of the sentence. */
    private static boolean personWithin(Sentence s, int from, int to, List<Mention> people) {
        if (from >= s.size()) {
            return false;
        }
        int start = s.token(from).start();
        int end = s.token(Math.min(to, s.size()) - 1).end();
        for (Mention m : people) {
            if (m.sentence() == s.index() && m.span().start() >= start && m.span().start() < end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of an electoral result: "won the election", "lost her seat", "secured a second term". Not
     * "conceded defeat": the result is the one Election event; conceding it is a statement about it.
     */
    private static final Set<String> CONTEST_VERBS = Set.of("win", "lose", "secure", "retain", "clinch",
            "capture", "regain");
    /** What is won or lost in an election: the verb must take one of these within a few words. */
    private static final Set<String> CONTEST_OBJECTS = Set.of("election", "elections", "race", "seat", "term",
            "defeat", "leadership", "primary", "runoff", "run-off", "nomination", "presidency", "mandate", "re-election",
            "reelection", "by-election", "majority");

    /**
     * The head noun of the noun phrase right after verb {@code v}: its last noun before anything that
     * cannot be inside one ("lost the outer-suburban city seat he had held" gives "seat"), or -1.
     */
    static int objectHead(Sentence s, int v) {
        int head = -1;
        for (int k = v + 1; k < s.size(); k++) {
            Token t = s.token(k);
            String tag = t.tag();
            String w = t.text().toLowerCase(Locale.ROOT);
            if (tag.equals("NOUN") || tag.equals("PROPN")) {
                head = k;
            } else if (tag.equals("PART") && TitleReader.isPossessive(w)) {
                head = -1; // "the city's seat": the head comes after the possessor
            } else if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM") || w.equals("-")
                    || (k == v + 1 && POSSESSIVE_DETERMINERS.contains(w)))) {
                break;
            }
        }
        return head;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");

    /** "Roe won the election", "Roe lost the seat she had held for 20 years". */
    private Change contest(Sentence s, int v, String lemma, MentionIndex names, List<Mention> mentions) {
        int object = objectHead(s, v);
        if (object < 0 || !CONTEST_OBJECTS.contains(s.token(object).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Change c = new Change();
        c.type = EventType.Election;
        c.lemma = lemma;
        c.verb = v;
        c.verbStart = groupStart(s, v);
        c.end = object + 1;
        c.future = looksAhead(s, c.verbStart, v);
        Mention subject = subjectOf(s, c.verbStart, names, mentions);
        if (subject == null || subject.type() == EntityType.PLACE || c.future) {
            return null;
        }
        if (subject.type() == EntityType.ORGANIZATION) {
            c.institution = subject; // "Labor won the election": the party
            c.holder = null;
            for (int k = c.verbStart - 1; k >= 0 && k >= c.verbStart - 6; k--) {
                Mention m = names.startingAt(s.token(k).start());
                if (m != null && m.type() == EntityType.PERSON) {
                    c.holder = m; // "Roe's Labor won"
                    break;
                }
            }
            if (c.holder == null) {
                c.holder = subject;
            }
        } else {
            c.holder = subject;
        }
        return c;
    }

    /** "Finance Minister Jane Roe tendered her resignation", "the sacking of Max Lund", "Roe's appointment as chair". */
    private Change nounChange(Sentence s, int n, MentionIndex names, List<Mention> mentions) {
        String w = s.token(n).text().toLowerCase(Locale.ROOT);
        EventType type = NOUNS.get(w);
        if (type == null) {
            return null;
        }
        Change c = new Change();
        c.type = type;
        c.lemma = w;
        c.verb = n;
        c.verbStart = n;
        c.end = n + 1;
        // whose: "Roe's resignation", "her resignation" (the subject), "the resignation of Roe"
        if (n + 2 < s.size() && s.token(n + 1).text().equals("of")) {
            c.holder = personAfter(s, n + 1, names);
        }
        if (c.holder == null && n >= 2 && s.token(n - 1).tag().equals("PART")) {
            Mention m = names.endingAt(s.token(n - 2).end());
            c.holder = m != null && m.type() == EntityType.PERSON ? m : null;
        }
        if (c.holder == null && n >= 1 && Set.of("his", "her").contains(s.token(n - 1).text().toLowerCase(Locale.ROOT))) {
            int vs = n - 1;
            while (vs > 0 && !s.token(vs).tag().equals("VERB")) {
                vs--;
            }
            if (vs > 0 && Set.of("tender", "announce", "submit", "hand", "offer", "confirm").contains(
                    words.wordNet().verbLemma(s.token(vs).text().toLowerCase(Locale.ROOT)))) {
                Mention subject = subjectOf(s, groupStart(s, vs), names, mentions);
                c.holder = subject != null && subject.type() == EntityType.PERSON ? subject : null;
                c.verbStart = groupStart(s, vs);
                c.future = looksAhead(s, c.verbStart, vs);
            }
        }
        if (c.holder == null) {
            return null;
        }
        int after = Math.max(n + 1, RoleExtractor.tokenEndingAt(s, c.holder.span().end()) + 1);
        c.title = titleAfterVerb(s, after > n ? after : n + 1, "", names);
        if (c.title != null) {
            c.end = c.title.last() + 1;
        }
        return c;
    }

    /**
     * The post named after the verb group (and its object): "as chief executive", "to director",
     * "interim CEO", "from her post as chair", "of his duties as commander".
     */
    private TitlePhrase titleAfterVerb(Sentence s, int i, String lemma, MentionIndex names) {
        TitlePhrase t = titlePhraseAfterVerb(s, i, lemma, names);
        if (t != null && t.last() + 1 < s.size()) {
            Mention next = names.startingAt(s.token(t.last() + 1).start());
            if (next != null && next.type() == EntityType.PERSON) {
                return null; // "joined former Velstrand CEO Ada Pike": the title is Pike's, not the subject's
            }
        }
        return t;
    }

    private TitlePhrase titlePhraseAfterVerb(Sentence s, int i, String lemma, MentionIndex names) {
        int j = i;
        // "brought in on an interim basis", "take charge of": skip a short adverbial
        while (j < s.size() && (s.token(j).tag().equals("ADV") || s.token(j).text().equals("in")
                || s.token(j).text().equals("over") || s.token(j).text().equals("down"))) {
            j++;
        }
        if (j >= s.size()) {
            return null;
        }
        Mention joined = names.startingAt(s.token(j).start());
        if (lemma.equals("join") && joined != null && joined.type() == EntityType.ORGANIZATION) {
            // "joined Globex Holdings as finance director": the post is at the organisation joined
            int k = RoleExtractor.tokenEndingAt(s, joined.span().end()) + 1;
            if (k > 0 && k + 1 < s.size() && s.token(k).text().equalsIgnoreCase("as")) {
                TitlePhrase t = titles.after(s, k + 1, names);
                if (t != null && k + 1 <= t.head()) {
                    return t.org() == null && t.place() == null ? t.withOwners(joined, null) : t;
                }
            }
        }
        String w = s.token(j).text().toLowerCase(Locale.ROOT);
        if (w.equals("as") || w.equals("to")) {
            TitlePhrase t = titles.after(s, j + 1, names);
            return t != null && j + 1 <= t.head() ? t : null;
        }
        if (w.equals("from") || w.equals("of")) {
            // "from her post as chair", "from the board of Initech", "of his command"
            int k = j + 1;
            while (k < s.size() && k < j + 5 && !s.token(k).text().equals("as")) {
                k++;
            }
            if (k < s.size() && s.token(k).text().equals("as")) {
                return titles.after(s, k + 1, names);
            }
            return titles.after(s, j + 1, names);
        }
        // "was appointed interim chief executive", "became finance minister", "named Roe chair"
        if (!lemma.isEmpty() && !Set.of("resign", "quit", "retire", "step", "stand", "fire", "sack", "dismiss",
                "oust", "axe", "depose").contains(lemma)) {
            TitlePhrase t = titles.after(s, j, names);
            if (t != null && t.head() - j <= TitleReader.MAX_TITLE_WORDS) {
                return t;
            }
        }
        return null;
    }

    /** Whether a post noun follows without a title: "left the board", "quit his job". */
    private static boolean namesPost(Sentence s, int i) {
        for (int k = i; k < s.size() && k < i + 4; k++) {
            if (POST_NOUNS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Fills in what the sentence says around the change: the title its holder is given, the institution. */
    private void complete(Sentence s, Change c, List<Role> holderRoles) {
        Role given = null;
        for (Role r : holderRoles) {
            if (r.evidence().sentence() == s.index()) {
                given = r;
            }
        }
        if (c.title == null && given != null) {
            c.title = new TitlePhrase(c.verb, c.verb, c.verb, given.title(), given.status(), false, given.org(),
                    given.place());
        }
        if (c.title != null && c.title.org() == null && c.title.place() == null && given != null
                && titlesMatch(given.title(), c.title.title())) {
            c.title = c.title.withOwners(given.org(), given.place());
        }
        if (c.title != null && c.title.org() != null) {
            c.institution = c.title.org();
        } else if (c.agent != null && c.agent.type() == EntityType.ORGANIZATION) {
            c.institution = c.agent; // "Initech fired its chief executive"
            if (c.title != null && c.title.place() == null) {
                c.title = c.title.withOwners(c.agent, null);
            }
        }
    }

    private Event event(Sentence s, Change c, DateResolver.Dated when) {
        List<Participant> ps = new ArrayList<>();
        ps.add(new Participant(c.holder, c.holder.type() == EntityType.PERSON ? Part.holder : Part.institution));
        if (c.institution != null && !c.institution.equals(c.holder)) {
            ps.add(new Participant(c.institution, Part.institution));
        }
        if (c.agent != null && !c.agent.equals(c.institution) && c.agent.type() != EntityType.PLACE) {
            ps.add(new Participant(c.agent, Part.agent));
        }
        String trigger = s.token(c.verb).text();
        return new Event(c.type, trigger, ps, c.title != null ? c.title.place() : null, when,
                new Evidence(s.index(), span(s, c), "event:personnel-" + c.lemma + (c.parsed ? "+parse" : ""),
                c.title != null ? 0.75 : 0.65));
    }

    private Role role(Sentence s, Change c, Temporal when) {
        RoleStatus status;
        Temporal start = null;
        Temporal end = null;
        if (c.type == EventType.Resignation || c.type == EventType.Dismissal) {
            status = c.future ? RoleStatus.CURRENT : RoleStatus.FORMER;
            end = c.future ? null : when;
        } else {
            status = c.future ? RoleStatus.FUTURE : RoleStatus.CURRENT;
            start = when;
        }
        if (c.title.marked() && c.title.status() == RoleStatus.FORMER && c.type != EventType.Resignation
                && c.type != EventType.Dismissal) {
            status = RoleStatus.FORMER;
        }
        return new Role(c.holder, c.title.title(), c.title.org(), c.title.place(), status, start, end,
                new Evidence(s.index(), span(s, c), "role:personnel-" + c.type.name().toLowerCase(Locale.ROOT)
                        + (c.parsed ? "+parse" : ""), 0.75));
    }

    private static TextSpan span(Sentence s, Change c) {
        int from = Math.min(c.verbStart, RoleExtractor.tokenAt(s, c.holder.span().start()) >= 0
                ? RoleExtractor.tokenAt(s, c.holder.span().start()) : c.verbStart);
        int to = Math.min(s.size(), Math.max(c.end, c.verb + 1)) - 1;
        return new TextSpan(s.token(from).start(), Math.max(s.token(to).end(), c.holder.span().end()));
    }

    /**
     * The words of the change's own clause, for its date: from the holder or the verb group to the end
     * of the clause ("..., who planned to stay until May", a relative clause after the object, "; " and a
     * coordinated verb group such as
     * "and will take charge on Wednesday" start other clauses), as offsets into the sentence's text.
     */
    private static TextSpan clause(Sentence s, Change c) {
        int from = c.verbStart;
        int holder = RoleExtractor.tokenAt(s, c.holder.span().start());
        if (holder >= 0 && holder < from && from - holder <= 12 && !hasComma(s, holder, from)) {
            from = holder; // not across an apposition or relative clause: "X, who was named chair last year, resigned"
        }
        int to = Math.max(c.end, c.verb + 1);
        while (to < s.size()) {
            String w = s.token(to).text();
            String lw = w.toLowerCase(Locale.ROOT);
            if (RELATIVE_PRONOUNS.contains(lw) || lw.equals("that") && !s.token(to).tag().equals("DET")
                    && s.token(to - 1).tag().matches("NOUN|PROPN")) {
                break; // "lost the seat that she had held since 1998": the relative clause has its own time
            }
            if (w.equals(",") && to + 1 < s.size() && s.token(to + 1).tag().equals("VERB")) {
                break; // "sacked Ivo Brandt, hired in 2023, after ...": a participle clause has its own time
            }
            if (w.equals(";") || w.equals(",") && to + 1 < s.size()
                    && Set.of("who", "which", "while", "after", "before", "as", "when", "but", "and")
                    .contains(s.token(to + 1).text().toLowerCase(Locale.ROOT))
                    || COORDINATORS.contains(w.toLowerCase(Locale.ROOT)) && to + 1 < s.size()
                    && s.token(to + 1).tag().equals("AUX")) {
                break;
            }
            to++;
        }
        return new TextSpan(s.token(from).start() - s.span().start(),
                s.token(Math.min(to, s.size()) - 1).end() - s.span().start());
    }

    private static boolean hasComma(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The first token of the verb group ending at {@code v}: auxiliaries, adverbs, negation, "to". */
    static int groupStart(Sentence s, int v) {
        int k = v;
        while (k > 0) {
            Token p = s.token(k - 1);
            String w = p.text().toLowerCase(Locale.ROOT);
            if (p.tag().equals("AUX") || p.tag().equals("ADV") || p.tag().equals("PART") || w.equals("to")
                    || w.equals("been") || w.equals("being") || w.equals("got") || w.equals("get")
                    || FUTURE_BEFORE_TO.contains(w) && k >= 2 && s.token(k - 2).tag().equals("AUX")) {
                k--;
            } else {
                break;
            }
        }
        return k;
    }

    /** "was appointed", "has been fired", "got sacked": a form of "be" or "get" in the group, the verb not in -ing. */
    private static boolean isPassive(Sentence s, int from, int v) {
        if (s.token(v).text().toLowerCase(Locale.ROOT).endsWith("ing")) {
            return false;
        }
        for (int k = from; k < v; k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (Set.of("is", "was", "were", "are", "be", "been", "being", "'s", "get", "got", "gets", "getting")
                    .contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "will take over", "is set to step down", "'ll step down": the change is still to come. */
    private static boolean looksAhead(Sentence s, int from, int v) {
        for (int k = Math.max(0, from - 1); k < v; k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(w) || w.endsWith("'ll") || w.endsWith("\u2019ll")) {
                return true;
            }
            if (w.equals("to") && k > 0 && FUTURE_BEFORE_TO.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A conditional or a modal before the change: "if Roe were to resign", "Roe could be fired". */
    private static boolean hypothetical(Sentence s, int from) {
        for (int k = Math.max(0, from - 8); k < from + 2 && k < s.size(); k++) {
            if (HYPOTHETICAL.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        // "calls for Roe to step down", "urged her to resign": the infinitive's change is only asked for
        for (int k = from; k < s.size() && k <= from + 1; k++) {
            if (s.token(k).text().equalsIgnoreCase("to")) {
                for (int j = Math.max(0, k - 4); j < k; j++) {
                    if (DEMANDS.contains(s.token(j).text().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The subject of the verb group starting at {@code g}: a name right before it ("Roe resigned"), before
     * ", who" ("Roe, who resigned"), before an apposition ("Roe, the chair, resigned"), or the person a
     * pronoun stands for ("She resigned": the last person named before).
     */
    private static Mention subjectOf(Sentence s, int g, MentionIndex names, List<Mention> mentions) {
        if (g <= 0) {
            return null;
        }
        int k = g - 1;
        Token before = s.token(k);
        String w = before.text().toLowerCase(Locale.ROOT);
        if (w.equals("and") && k > 0) {
            // "Roe has served as director since 2019 and was appointed chair": the first verb's subject
            for (int v = k - 1; v > 0; v--) {
                if (s.token(v).tag().equals("VERB") || s.token(v).tag().equals("AUX")) {
                    int vg = groupStart(s, v);
                    if (vg < v || s.token(v).tag().equals("VERB")) {
                        Mention m = subjectOf(s, vg, names, mentions);
                        if (m != null) {
                            return m;
                        }
                    }
                }
                if (s.token(v).text().equals(",") || s.token(v).text().equals(";")) {
                    break;
                }
            }
            return null;
        }
        if ((w.equals("who") || w.equals("which") || w.equals("that")) && k >= 1) {
            k--;
            if (s.token(k).text().equals(",")) {
                k--;
            }
            if (k < 0) {
                return null;
            }
            before = s.token(k);
            w = before.text().toLowerCase(Locale.ROOT);
        }
        Mention m = names.endingAt(before.end());
        if (m != null) {
            return m;
        }
        if (before.text().equals(",")) {
            // "Roe, the company's chair, resigned": the name before the apposition
            for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
                if (s.token(j).text().equals(",")) {
                    return j > 0 ? names.endingAt(s.token(j - 1).end()) : null;
                }
            }
            return null;
        }
        if (Set.of("he", "she").contains(w) || w.startsWith("he'") || w.startsWith("she'")
                || w.startsWith("he\u2019") || w.startsWith("she\u2019")) {
            return lastPersonBefore(mentions, before.start());
        }
        return null;
    }

    /**
     * The last person named before {@code offset}: a weak lone word ("Brantley" of "Brantley's Board") counts
     * only when it is the surname of someone named in full before it.
     */
    private static Mention lastPersonBefore(List<Mention> people, int offset) {
        return MentionIndex.lastEndingBy(people, offset);
    }

    /** The people a pronoun may stand for, in text order (see {@link #lastPersonBefore}). */
    private static List<Mention> crediblePeople(List<Mention> mentions) {
        List<Mention> people = new ArrayList<>();
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            int space = m.text().lastIndexOf(' ');
            if (space > 0) {
                surnames.add(m.text().substring(space + 1));
            }
            if (m.confidence() >= 0.5 || surnames.contains(m.text())) {
                people.add(m);
            }
        }
        people.sort((x, y) -> Integer.compare(x.span().end(), y.span().end()));
        return people;
    }

    /** The first person named after {@code i}, past determiners, titles and an apposition's comma. */
    private Mention personAfter(Sentence s, int i, MentionIndex names) {
        Mention lone = null;
        for (int k = i; k < s.size() && k < i + 7; k++) {
            Token t = s.token(k);
            Mention m = names.startingAt(t.start());
            if (m != null && lone == null && m.method().equals("mention:single-name")) {
                // a lone unknown word ("former Initech finance director Ada Pike"): a name may follow
                lone = m;
                k = RoleExtractor.tokenEndingAt(s, m.span().end());
                continue;
            }
            if (m != null) {
                int after = RoleExtractor.tokenEndingAt(s, m.span().end()) + 1;
                if (after > 0 && after < s.size() && s.token(after).tag().equals("PART")) {
                    return null; // "dismissed Yukos' claims", "ousted Roe's supporters": not the person changed
                }
                return m.type() == EntityType.PERSON ? m : null;
            }
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.tag().equals("VERB") || w.equals("as") || w.equals("to") || w.equals("from") || w.equals(".")
                    || w.equals("and") || t.tag().equals("SCONJ")) {
                return lone;
            }
        }
        return lone;
    }

    /** Past ", the company's chair," after a name. */
    private static int skipApposition(Sentence s, int i) {
        if (i < s.size() && s.token(i).text().equals(",")) {
            for (int k = i + 1; k < s.size() && k < i + 8; k++) {
                if (s.token(k).text().equals(",")) {
                    return k + 1;
                }
                if (s.token(k).tag().equals("VERB") || s.token(k).text().equals("as")) {
                    return i;
                }
            }
        }
        return i;
    }

    /** "by the board", "by Initech": who does the appointing in a passive. */
    private static Mention byAgent(Sentence s, int i, MentionIndex names) {
        for (int k = i; k < s.size() && k < i + 12; k++) {
            if (s.token(k).text().equals("by") && k + 1 < s.size()) {
                int j = k + 1;
                if (j < s.size() && TitleReader.isDeterminer(s.token(j))) {
                    j++;
                }
                Mention m = j < s.size() ? names.startingAt(s.token(j).start()) : null;
                return m != null && m.type() != EntityType.PLACE ? m : null;
            }
        }
        return null;
    }

    /** "brought Roe in", "sworn Roe in": the particle after the object. */
    private static boolean passiveParticleLater(Sentence s, int i, Set<String> particles) {
        for (int k = i; k < s.size() && k < i + 5; k++) {
            if (particles.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean titlesMatch(String a, String b) {
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        return la.endsWith(lb) || lb.endsWith(la);
    }
}
