package newskg.extract;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newskg.nlp.AnnotatedText;
import newskg.nlp.Sentence;
import newskg.nlp.TextSpan;
import newskg.nlp.Token;

/**
 * Finds the roles people hold, held or will hold, from the phrases around a person's name:
 * <ul>
 *   <li>title before the name: "Water Czar Lena Hart", "Oregon Governor Ken Abara",
 *       "Pentagon spokeswoman Lia Brenner", "ICE's acting director Jane Roe", "former Initech player and
 *       youth coach Dan Fox" (both titles, both former);</li>
 *   <li>apposition after: "Omar Haddad, director of the Civic Data Project", "Max Lund, 54, a former
 *       police officer,", "Ana Kim, an ally of the mayor and founder of Civic Watch";</li>
 *   <li>apposition before: "an ER nurse, Carla Mendes";</li>
 *   <li>a relative clause or copula: "Roe, who was previously chief executive of Initech,", "Roe is the
 *       chair of Globex", "Roe has served as director since 2019", "having served as chief executive of
 *       Initech".</li>
 * </ul>
 * The status is what the words say: "former", "ex-", "then-", a past copula or "previously" make a post
 * former; "incoming", "-elect" future; otherwise current. "since 2019" gives the start. Personnel changes
 * ("was appointed", "resigned as") are {@link PersonnelFinder}'s. Thread-safe (stateless).
 */
public final class RoleExtractor {
    /** "analyst Tom Hale of Brenwick Advisory Group", "editor Ana Ruiz at the Harbor Gazette". */
    static final Set<String> EMPLOYER_PREPOSITIONS = Set.of("of", "at");
    /** Words after "who was" or "X was" that say the post is over. */
    private static final Set<String> PAST_MARKERS = Set.of("previously", "formerly", "once", "earlier", "briefly");
    /** Copulas and near-copulas before a title, by what they say of its time. */
    private static final Set<String> PRESENT_COPULAS = Set.of("is", "'s", "remains", "serves");
    private static final Set<String> PAST_COPULAS = Set.of("was", "had been", "served", "having served", "worked");
    private static final Set<String> PERFECT_COPULAS = Set.of("has been", "has served", "have served", "has worked");

    private final TitleReader titles;
    private final NameWords words;

    public RoleExtractor(NameWords words) {
        this.titles = new TitleReader(words);
        this.words = words;
    }

    private NameWords words() {
        return words;
    }

    /** The roles stated in the text about the people among {@code mentions}. */
    public List<Role> find(AnnotatedText text, List<Mention> mentions) {
        MentionIndex names = new MentionIndex(mentions);
        DateResolver years = new DateResolver(null);
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
            roles.addAll(titlesBefore(s, first, person, names));
            roles.addAll(appositionAfter(s, last, person, names));
            Role lead = appositionBefore(s, first, person, names);
            if (lead != null) {
                roles.add(lead);
            }
            Role said = predicate(s, last, person, names, years);
            if (said != null) {
                roles.add(said);
            }
        }
        return roles;
    }

    /** "Oregon Governor Ken Abara", "Pentagon spokeswoman Lia Brenner", "former Acme player and coach Dan Fox". */
    private List<Role> titlesBefore(Sentence s, int nameStart, Mention person, MentionIndex names) {
        if (nameStart >= 2 && (s.token(nameStart - 1).text().equals(",") || s.token(nameStart - 1).text().equals("and"))) {
            // a later name of a list: "Reps. Ana Kim, Lee Park and Sam Cho"
            int k = nameStart - 1;
            while (k > 0) {
                String w = s.token(k).text();
                Mention m = names.endingAt(s.token(k).end());
                if (m != null && m.type() == EntityType.PERSON) {
                    k = tokenAt(s, m.span().start()) - 1;
                } else if (w.equals(",") || w.equals("and")) {
                    k--;
                } else {
                    break;
                }
            }
            if (k >= 1 && s.token(k).text().equals(".")) {
                k--;
            }
            boolean plural = k >= 0 && (NameWords.PLURAL_TITLE_ABBREVIATIONS.containsKey(s.token(k).text() + ".")
                    || titles.isRoleHead(s.token(k)) && titles.isPlural(s.token(k)));
            if (!plural) {
                return List.of();
            }
            Role listed = pluralTitleList(s, k, nameStart, person, names);
            return listed == null ? List.of() : List.of(listed);
        }
        int head = nameStart - 1;
        while (head >= 0 && NameWords.HONORIFICS.contains(s.token(head).text())) {
            head--; // "manager Sir Alex Reid": the title stands before the honorific
        }
        boolean elect = false;
        if (head >= 2 && s.token(head).text().equalsIgnoreCase("elect") && s.token(head - 1).text().equals("-")) {
            head -= 2; // "President-elect Ken Abara"
            elect = true;
        }
        if (head >= 1 && s.token(head).text().equals(".")
                && NameWords.PLURAL_TITLE_ABBREVIATIONS.containsKey(s.token(head - 1).text() + ".")) {
            head--; // "Reps." comes as "Reps" and "."
        }
        boolean plural = head >= 0 && (NameWords.PLURAL_TITLE_ABBREVIATIONS.containsKey(s.token(head).text())
                || NameWords.PLURAL_TITLE_ABBREVIATIONS.containsKey(s.token(head).text() + ".")
                || titles.isRoleHead(s.token(head)) && titles.isPlural(s.token(head)));
        if (head >= 0 && !elect && !plural && !titles.isRoleHead(s, head)) {
            Role owned = titleOwnerName(s, head, person, names);
            return owned == null ? List.of() : List.of(owned);
        }
        if (plural) {
            Role listed = pluralTitleList(s, head, nameStart, person, names);
            return listed == null ? List.of() : List.of(listed);
        }
        if (head < 0 || !titles.isRoleHead(s, head)) {
            return List.of();
        }
        List<Role> out = new ArrayList<>();
        int start = modifiersBefore(s, head, names);
        Owner owner = ownerBefore(s, start, names);
        Mention org = owner.org;
        Mention place = owner.place;
        int end = person.span().end();
        int after = tokenEndingAt(s, person.span().end()) + 1;
        if (org == null && place == null && after > 0 && after < s.size()
                && EMPLOYER_PREPOSITIONS.contains(s.token(after).text().toLowerCase(Locale.ROOT))) {
            // "analyst Tom Hale of Brenwick Advisory Group"
            Mention of = titles.ownerAfter(s, after, names);
            if (of != null) {
                org = of.type() == EntityType.PLACE ? null : of;
                place = of.type() == EntityType.PLACE ? of : null;
                end = of.span().end();
            }
        }
        RoleStatus status = elect ? RoleStatus.FUTURE : statusBefore(s, owner.from, start, head);
        out.add(new Role(person, TitleReader.titleText(s, titles.firstKeptModifier(s, start, head), head), org,
                place, status, null, null, new Evidence(s.index(),
                new TextSpan(s.token(Math.max(0, owner.from)).start(), end), "role:title-before-name",
                org != null || place != null ? 0.85 : 0.8)));
        // "former Acme player and academy coach Dan Fox": an earlier title joined by "and" shares owner and status
        int and = owner.from - 1;
        if (owner.org == null && owner.place == null && and >= 1 && s.token(and).text().equals("and")
                && titles.isRoleHead(s.token(and - 1)) && !titles.isPlural(s.token(and - 1))) {
            int head2 = and - 1;
            int start2 = modifiersBefore(s, head2, names);
            Owner owner2 = ownerBefore(s, start2, names);
            RoleStatus status2 = statusBefore(s, owner2.from, start2, head2);
            if (status == RoleStatus.CURRENT) {
                status = status2;
                out.set(0, out.get(0).withStatus(status2));
            }
            out.set(0, out.get(0).withOwners(owner2.org, owner2.place));
            out.add(new Role(person, TitleReader.titleText(s, titles.firstKeptModifier(s, start2, head2), head2),
                    owner2.org, owner2.place, status2, null, null, new Evidence(s.index(),
                    new TextSpan(s.token(Math.max(0, owner2.from)).start(), person.span().end()),
                    "role:title-before-name", 0.75)));
        }
        return out;
    }

    /**
     * "Secretary of State Ana Kim", "Minister for Energy Ana Kim", "Attorney for New Jersey Ana Kim": a
     * title, "of" or "for", the organisation or place, then the name.
     */
    private Role titleOwnerName(Sentence s, int last, Mention person, MentionIndex names) {
        Mention owner = names.endingAt(s.token(last).end());
        if (owner == null || owner.type() == EntityType.PERSON) {
            return null;
        }
        int k = tokenAt(s, owner.span().start()) - 1;
        if (k >= 0 && s.token(k).text().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 1 || !Set.of("of", "for").contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int head = k - 1;
        if (!titles.isRoleHead(s.token(head)) || titles.isPlural(s.token(head)) || !s.token(head).isCapitalized()) {
            return null; // a capitalised title only: "the head of Initech Jane Roe" is not one
        }
        int start = modifiersBefore(s, head, names);
        RoleStatus status = statusBefore(s, start, start, head);
        Mention org = owner.type() == EntityType.ORGANIZATION ? owner : null;
        Mention place = owner.type() == EntityType.PLACE ? owner : null;
        return new Role(person, TitleReader.titleText(s, titles.firstKeptModifier(s, start, head), head), org, place,
                status, null, null, new Evidence(s.index(), new TextSpan(s.token(start).start(), person.span().end()),
                "role:title-of-owner-before-name", 0.8));
    }

    /**
     * "Reps. Ana Kim, Lee Park and Sam Cho", "actors Jude Harrow and Ines Pike": a plural title before a
     * list of names gives each of them the title, in the singular.
     */
    private Role pluralTitleList(Sentence s, int head, int nameStart, Mention person, MentionIndex names) {
        // walk back from this name through the list to the title: "Reps. A, B and C"
        int k = nameStart - 1;
        while (k > head) {
            String w = s.token(k).text();
            Mention m = names.endingAt(s.token(k).end());
            if (m != null && m.type() == EntityType.PERSON) {
                k = tokenAt(s, m.span().start()) - 1;
            } else if (w.equals(",") || w.equals("and") || k == head + 1 && w.equals(".")) {
                k--;
            } else {
                return null;
            }
        }
        if (k != head) {
            return null;
        }
        String plural = s.token(head).text();
        String singular = NameWords.singularTitle(NameWords.PLURAL_TITLE_ABBREVIATIONS.containsKey(plural + ".")
                ? plural + "." : plural, words());
        if (singular == null || !words().isRoleNoun(singular)) {
            return null;
        }
        int start = modifiersBefore(s, head, names);
        Owner owner = ownerBefore(s, start, names);
        String title = TitleReader.titleText(s, titles.firstKeptModifier(s, start, head), head - 1).trim();
        title = start < head ? title + " " + singular : singular;
        return new Role(person, title, owner.org, owner.place, statusBefore(s, owner.from, start, head), null, null,
                new Evidence(s.index(), new TextSpan(s.token(Math.max(0, owner.from)).start(), person.span().end()),
                "role:plural-title-before-names", 0.7));
    }

    /** The organisation or place named right before a title ("ICE's acting director"), or none. */
    private record Owner(int from, Mention org, Mention place) {
    }

    private Owner ownerBefore(Sentence s, int start, MentionIndex names) {
        int k = start - 1;
        while (k >= 0 && titles.statusWord(s, k) != null) {
            k--; // "Acme's former chief"
        }
        Mention owner = k >= 0 ? names.endingAt(s.token(k).end()) : null; // "Brantley's" may be the name itself
        if (owner == null && k >= 0 && s.token(k).tag().equals("PART") && s.token(k).text().endsWith("s")) {
            k--;
            owner = k >= 0 ? names.endingAt(s.token(k).end()) : null;
        }
        if (owner != null && owner.type() != EntityType.PERSON) {
            int from = tokenAt(s, owner.span().start());
            return owner.type() == EntityType.PLACE ? new Owner(from, null, owner) : new Owner(from, owner, null);
        }
        return new Owner(start, null, null);
    }

    /**
     * The status the words before and inside a title say: "former", "ex-", "then-" ({@code FORMER}),
     * "incoming", "-elect" ({@code FUTURE}).
     */
    private RoleStatus statusBefore(Sentence s, int from, int start, int head) {
        for (int k = Math.max(0, Math.min(from, start) - 2); k <= head + 2 && k < s.size(); k++) {
            if (k > head && !s.token(k).text().equals("-") && !s.token(k).text().equalsIgnoreCase("elect")) {
                break;
            }
            if (k > head && s.token(k).text().equalsIgnoreCase("elect")) {
                return RoleStatus.FUTURE;
            }
            RoleStatus st = k < start || k <= head ? titles.statusWord(s, k) : null;
            if (st == null) {
                st = TitleReader.statusInside(s.token(k).text());
            }
            if (st != null && st != RoleStatus.CURRENT) {
                return st;
            }
        }
        return RoleStatus.CURRENT;
    }

    /**
     * "Omar Haddad, director of the Civic Data Project", "Max Lund, 54, a former police officer,", and a
     * title joined after a description: "Ana Kim, an ally of the mayor and founder of Civic Watch".
     */
    private List<Role> appositionAfter(Sentence s, int nameEnd, Mention person, MentionIndex names) {
        int i = nameEnd + 1;
        if (i >= s.size() || !s.token(i).text().equals(",")) {
            return List.of();
        }
        i++;
        if (i + 1 < s.size() && s.token(i).tag().equals("NUM") && s.token(i + 1).text().equals(",")) {
            i += 2; // "Max Lund, 54, a former police officer"
        }
        List<Role> out = new ArrayList<>();
        int opened = i;
        TitlePhrase t = titles.after(s, i, names);
        if (t != null && t.head() - i <= TitleReader.MAX_TITLE_WORDS + 2 && plainBetween(s, i, t.head())) {
            if (t.org() == null && t.place() == null && t.head() + 1 < s.size()
                    && s.token(t.head() + 1).text().equals("of") && titles.ownerAfter(s, t.head() + 1, names) == null
                    && !isPersonAfter(s, t.head() + 2, names)) {
                return out; // "the architect of many reforms": a description, not a post
            }
            out.add(role(person, t, s, person.span().start(), "role:apposition-after", 0.75));
            i = t.last() + 1;
        }
        // "... and founder of Civic Watch": a later title in the same apposition (not "X, and Mayor Y")
        for (int k = i; k < s.size() && k < i + 12; k++) {
            String w = s.token(k).text();
            if (w.equals(",") || w.equals(";") || s.token(k).tag().equals("VERB") || s.token(k).tag().equals("AUX")) {
                break;
            }
            if (w.equals("and") && k > opened && k + 1 < s.size()) {
                TitlePhrase more = titles.after(s, k + 1, names);
                if (more != null && plainBetween(s, k + 1, more.head()) && (more.org() != null || more.place() != null)
                        && !isPersonAfter(s, more.last() + 1, names)) {
                    out.add(role(person, more, s, person.span().start(), "role:apposition-after", 0.7));
                    break;
                }
            }
        }
        return out;
    }

    /** "an ER nurse, Carla Mendes", "Initech's chief executive, Jane Roe". */
    private Role appositionBefore(Sentence s, int nameStart, Mention person, MentionIndex names) {
        int comma = nameStart - 1;
        int head = comma - 1;
        if (head < 1 || !s.token(comma).text().equals(",") || !titles.isRoleHead(s, head)) {
            return null;
        }
        int start = modifiersBefore(s, head, names);
        if (start == 0) {
            return null;
        }
        Owner owner = null;
        boolean described = start >= 3 && TitleReader.isPossessive(s.token(start - 1).text())
                && s.token(start - 2).tag().equals("NOUN") && !s.token(start - 2).isCapitalized()
                && TitleReader.isDeterminer(s.token(start - 3)); // "the firm's treasurer, Tom Hale"
        if (!TitleReader.isDeterminer(s.token(start - 1)) && !described) {
            // "Initech's chief executive, Jane Roe,", "Freedonia's finance minister, Karl Osterman,"
            owner = ownerBefore(s, start, names);
            if (owner.org() == null && owner.place() == null) {
                return null; // "an ER nurse, Carla Mendes", "its finance director, Mark Lane" need their determiner
            }
        }
        RoleStatus status = statusBefore(s, start, start, head);
        String title = TitleReader.titleText(s, titles.firstKeptModifier(s, start, head), head);
        TextSpan span = new TextSpan(s.token(owner != null ? owner.from() : described ? start - 3 : start - 1).start(),
                person.span().end());
        return new Role(person, title, owner != null ? owner.org() : null, owner != null ? owner.place() : null, status,
                null, null, new Evidence(s.index(), span, "role:apposition-before", 0.7));
    }

    /**
     * "Roe, who was previously chief executive of Initech,", "Roe is the chair of Globex", "Roe has served
     * as director since 2019", "having served as chief executive of Initech".
     */
    private Role predicate(Sentence s, int nameEnd, Mention person, MentionIndex names, DateResolver years) {
        int i = nameEnd + 1;
        boolean relative = false;
        if (i + 1 < s.size() && s.token(i).text().equals(",") && s.token(i + 1).text().equalsIgnoreCase("who")) {
            i += 2;
            relative = true;
        }
        StringBuilder verb = new StringBuilder();
        boolean past = false;
        int j = i;
        while (j < s.size() && j < i + 4) {
            Token t = s.token(j);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (PAST_MARKERS.contains(w)) {
                past = true;
                j++;
                continue;
            }
            if (t.tag().equals("ADV")) {
                j++;
                continue;
            }
            if (t.tag().equals("AUX") || Set.of("served", "serves", "serve", "worked", "remains", "having").contains(w)) {
                verb.append(verb.length() == 0 ? "" : " ").append(w);
                j++;
                continue;
            }
            break;
        }
        String v = verb.toString();
        RoleStatus status;
        if (PRESENT_COPULAS.contains(v) || v.equals("is also") || v.equals("serves as")) {
            status = past ? RoleStatus.FORMER : RoleStatus.CURRENT;
        } else if (PAST_COPULAS.contains(v) || v.equals("was also")) {
            status = RoleStatus.FORMER;
        } else if (PERFECT_COPULAS.contains(v)) {
            status = past ? RoleStatus.FORMER : RoleStatus.CURRENT;
        } else {
            return null;
        }
        if (!relative && v.equals("was") && !past) {
            return null; // "Roe was CEO when ..." is often background told in the past: only "previously" etc. say so
        }
        if (j < s.size() && s.token(j).text().equals("as")) {
            j++;
        } else if (v.contains("served") || v.contains("worked")) {
            return null;
        }
        TitlePhrase t = titles.after(s, j, names);
        if (t == null || t.head() - j > TitleReader.MAX_TITLE_WORDS || !plainBetween(s, j, t.head())) {
            return null;
        }
        boolean asPost = j > 0 && s.token(j - 1).text().equals("as");
        if (!asPost && t.org() == null && t.place() == null && t.head() + 1 < s.size()
                && s.token(t.head() + 1).text().equals("of")) {
            return null; // "is the architect of many reforms" (but "served as director of the board" is a post)
        }
        if (t.marked()) {
            status = t.status();
        }
        Role r = role(person, t.withStatus(status), s, person.span().start(), relative ? "role:relative-clause" : "role:copula",
                0.7);
        Temporal[] held = timeHeld(s, t.last() + 1, years);
        return held[0] == null && held[1] == null ? r
                : new Role(r.person(), r.title(), r.org(), r.place(), r.status(), held[0], held[1], r.evidence());
    }

    /**
     * The time a post was held, written right after it: "since 2019" (a start), "from 2012 to 2016" or
     * "between 2012 and 2016" (start and end), "until 2020" (an end); {@code [start, end]}, either null.
     */
    private static Temporal[] timeHeld(Sentence s, int i, DateResolver years) {
        Temporal[] held = new Temporal[2];
        if (i >= s.size()) {
            return held;
        }
        String w = s.token(i).text().toLowerCase(Locale.ROOT);
        int k = i + 1;
        if (w.equals("since") || w.equals("from") || w.equals("between")) {
            int end = dateEnd(s, k);
            held[0] = years.resolveIn("since " + join(s, k, end)).orElse(null);
            if (!w.equals("since") && end < s.size()
                    && Set.of("to", "until", "and", "through").contains(s.token(end).text().toLowerCase(Locale.ROOT))) {
                held[1] = years.resolveIn("until " + join(s, end + 1, dateEnd(s, end + 1))).orElse(null);
            }
        } else if (w.equals("until")) {
            held[1] = years.resolveIn("until " + join(s, k, dateEnd(s, k))).orElse(null);
        }
        return held;
    }

    /** The end of a date written from {@code k}: a month name, a day, a comma and a year at most. */
    private static int dateEnd(Sentence s, int k) {
        int end = k;
        while (end < s.size() && end < k + 4 && (s.token(end).tag().equals("NUM") || s.token(end).tag().equals("PROPN")
                || s.token(end).text().equals(","))) {
            end++;
        }
        return end;
    }

    private static String join(Sentence s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to && k < s.size(); k++) {
            sb.append(k > from ? " " : "").append(s.token(k).text());
        }
        return sb.toString();
    }

    private Role role(Mention person, TitlePhrase t, Sentence s, int from, String method, double confidence) {
        TextSpan span = new TextSpan(Math.min(from, s.token(t.first()).start()), Math.max(person.span().end(),
                s.token(Math.max(t.last(), t.head())).end()));
        return new Role(person, t.title(), t.org(), t.place(), t.status(), null, null,
                new Evidence(s.index(), span, method, t.org() != null || t.place() != null ? confidence + 0.05 : confidence));
    }

    /** No verb, clause or list break between a phrase's start and its head. */
    private static boolean plainBetween(Sentence s, int from, int head) {
        for (int k = from; k < head; k++) {
            String tag = s.token(k).tag();
            if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT") && !s.token(k).text().equals("-")
                    || tag.equals("CCONJ") || tag.equals("ADP")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPersonAfter(Sentence s, int k, MentionIndex names) {
        if (k < s.size() && isArticle(s.token(k))) {
            k++;
        }
        Mention m = k < s.size() ? names.startingAt(s.token(k).start()) : null;
        return m != null && m.type() == EntityType.PERSON;
    }

    /** The first token of the title whose head is at {@code head}: rank words and noun modifiers before it. */
    private int modifiersBefore(Sentence s, int head, MentionIndex names) {
        int start = head;
        while (start - 1 >= 0 && head - (start - 1) < TitleReader.MAX_TITLE_WORDS) {
            Token t = s.token(start - 1);
            if (names.endingAt(t.end()) != null) {
                break; // a name: the owner, not part of the title
            }
            if (titles.statusWord(s, start - 1) != null) {
                break; // "former", "then-": read by the status, not part of the title
            }
            if (start - 2 >= 0 && titles.isPlural(t) && (names.endingAt(s.token(start - 2).end()) != null
                    || Set.of("NOUN", "PROPN").contains(s.token(start - 2).tag()) && !titles.isPlural(s.token(start - 2)))) {
                break; // "Initech fires CEO Jane Roe", "the film features actors": a verb taken for a plural noun
            }
            if (titles.isModifier(t) || titles.isRoleHead(t)) {
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    private static boolean isArticle(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals("a") || w.equals("an") || w.equals("the");
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
}
