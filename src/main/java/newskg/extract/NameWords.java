package newskg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newskg.nlp.Token;
import newskg.nlp.WordNet;

/**
 * Word classes that the extractors share: title words, organisation head nouns, place cues, speech verbs,
 * calendar words. Everything here is general English, nothing is taken from particular articles.
 * Thread-safe (immutable, and {@link WordNet} is).
 */
public final class NameWords {
    /** Last words that make a name an organisation's. */
    static final Set<String> ORG_HEADS = Set.of(
            "Department", "Agency", "Administration", "Bureau", "Office", "Ministry", "Commission", "Committee",
            "Council", "Court", "Congress", "Senate", "Parliament", "Assembly", "Party", "Project", "Guard",
            "Patrol", "Police", "Force", "Forces", "Army", "Navy", "Corps", "Service", "Services", "Institute",
            "Institution", "University", "College", "School", "Academy", "Foundation", "Association", "Union",
            "League", "Federation", "Society", "Coalition", "Alliance", "Movement", "Group", "Network", "Company",
            "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Co.", "Bank", "Fund", "Trust",
            "Authority", "Board", "Center", "Centre", "Campaign", "Organization", "Organisation", "Enforcement",
            "Investigations", "Intelligence", "News", "Times", "Post", "Journal", "Mail", "Herald", "Tribune",
            "Gazette", "Telegraph", "Chronicle", "Magazine", "Media", "Press", "Radio", "Television", "TV",
            "Channel", "Studios", "Records", "Airlines", "Airways", "Motors", "Systems", "Technologies", "Labs",
            "Club", "FC", "Caucus", "Cabinet", "Reserve", "Exchange", "Hospital", "Church", "Initiative", "Watch",
            "Review", "Observer", "Holdings", "Partners", "Industries", "Division", "Unit", "International", "United", "Rovers", "Athletic", "Wanderers", "Albion", "Task Force",
            "Secretariat", "Tribunal", "Regiment", "Brigade", "Command");
    /** First words that make "X of Y" an organisation's name. */
    static final Set<String> ORG_STARTS = Set.of(
            "Department", "Ministry", "Office", "Bureau", "University", "Bank", "Board", "Court", "Church",
            "Council", "Commission", "Committee", "House", "Institute", "Federation", "Association", "Union",
            "League", "Society", "Order", "Museum", "College", "School", "Academy", "Party", "Army");
    /** Last words that make a name a place's. */
    static final Set<String> PLACE_HEADS = Set.of(
            "City", "County", "State", "Province", "Valley", "Island", "Islands", "Beach", "Heights", "Hill",
            "Hills", "Mountain", "Mountains", "River", "Lake", "Bay", "Coast", "Peninsula", "Strait", "Sea", "Ocean",
            "Desert", "Canyon", "Springs", "Falls", "Township", "Borough", "District", "Region", "Territory",
            "Republic", "Kingdom", "Street", "Avenue", "Square", "Airport", "Harbor", "Harbour");
    /** Last words of buildings' and grounds' names, which are places ("Quillport Hall"); also surnames. */
    static final Set<String> BUILDING_HEADS = Set.of(
            "Hall", "Palace", "Castle", "Stadium", "Arena", "Cathedral", "Abbey", "Tower", "Bridge", "Park");
    /** Lower-case nouns that name a group rather than one body: a quoted name before them is an organisation's. */
    static final Set<String> GROUP_NOUNS = Set.of(
            "movement", "campaign", "group", "coalition", "party", "organization", "organisation", "network",
            "initiative", "project", "alliance", "foundation", "union", "platform", "caucus");
    /** Titles common before names: general knowledge of English news style. */
    static final Set<String> COMMON_TITLES = Set.of(
            "president", "vice", "governor", "mayor", "senator", "representative", "congressman", "congresswoman",
            "secretary", "minister", "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "judge",
            "justice", "attorney", "general", "sheriff", "chief", "commissioner", "director", "chairman",
            "chairwoman", "chair", "speaker", "leader", "ambassador", "councilman", "councilwoman", "councillor",
            "officer", "detective", "sergeant", "captain", "lieutenant", "colonel", "major", "admiral", "commander",
            "coach", "manager", "professor", "doctor", "bishop", "archbishop", "cardinal", "rabbi", "imam",
            "reverend", "czar", "tsar", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "ceo",
            "superintendent", "trooper", "agent", "deputy", "lawmaker", "founder", "executive", "dean", "marshal",
            "inspector", "constable", "magistrate", "emir", "sultan", "sheikh", "ayatollah",
            "delegate", "mp", "mep", "msp", "boss", "chairperson", "owner", "assemblyman", "assemblywoman", "alderman", "prosecutor", "nurse", "economist", "analyst");
    /** Honorifics: stand before a name but name no role. */
    static final Set<String> HONORIFICS = Set.of(
            "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Sir", "Dame", "Lord", "Lady", "Rev.", "Baroness", "Baron");
    /** Abbreviated titles and the role words they stand for. */
    static final java.util.Map<String, String> TITLE_ABBREVIATIONS = java.util.Map.ofEntries(
            java.util.Map.entry("Gov.", "Governor"), java.util.Map.entry("Sen.", "Senator"),
            java.util.Map.entry("Rep.", "Representative"), java.util.Map.entry("Gen.", "General"),
            java.util.Map.entry("Lt.", "Lieutenant"), java.util.Map.entry("Col.", "Colonel"),
            java.util.Map.entry("Sgt.", "Sergeant"), java.util.Map.entry("Capt.", "Captain"),
            java.util.Map.entry("Adm.", "Admiral"), java.util.Map.entry("Maj.", "Major"),
            java.util.Map.entry("Pres.", "President"), java.util.Map.entry("Sec.", "Secretary"),
            java.util.Map.entry("Atty.", "Attorney"), java.util.Map.entry("Prof.", "Professor"),
            java.util.Map.entry("Supt.", "Superintendent"), java.util.Map.entry("Det.", "Detective"));
    /** Person nouns that say who someone is to others, not what position they hold. */
    static final Set<String> NOT_ROLES = Set.of(
            "mother", "twin", "twins", "mate", "issue", "mark", "compatriot", "countryman", "teammate", "team-mate", "heir", "descendant", "father", "wife", "husband", "son", "daughter", "brother", "sister", "child", "children",
            "parent", "grandmother", "grandfather", "uncle", "aunt", "cousin", "friend", "ally", "allies", "victim",
            "man", "woman", "men", "women", "boy", "girl", "person", "people", "resident", "residents", "citizen",
            "native", "supporter", "supporters", "critic", "critics", "fan", "fans", "loyalist", "loyalists",
            "opponent", "rival", "individual", "someone", "anyone", "everyone", "nobody", "guy", "lady", "kid",
            "baby", "adult", "teenager", "neighbor", "neighbour", "partner", "colleague", "peer", "hero", "star",
            "favourite", "favorite", "winner", "loser", "leaders", "one", "other", "others", "source",
            "sources", "insider", "immigrant", "immigrants", "alien", "aliens", "voter", "voters", "member",
            "boss", "veteran", "mum", "dad", "patriot", "newcomer", "user", "users", "defender",
            "attacker", "suspect", "witness", "protester", "protesters", "demonstrator", "champion",
            "god", "self", "whole", "senior", "junior");
    /** Calendar words that are capitalised but name nothing. */
    static final Set<String> CALENDAR = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Christmas", "Easter", "Thanksgiving", "Halloween", "Ramadan", "Today", "Tonight");
    /** Verbs of saying, by lemma; WordNet's verb.communication adds more. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "say", "tell", "term", "dub", "label", "write", "add", "declare", "state", "announce", "warn", "claim", "insist", "argue",
            "explain", "note", "conclude", "vow", "promise", "admit", "acknowledge", "concede", "deny", "dismiss", "call",
            "frame", "describe", "post", "tweet", "reply", "respond", "ask", "urge", "advise", "suggest", "report",
            "reveal", "confirm", "accuse", "criticize", "criticise", "blame", "predict", "stress", "emphasize",
            "emphasise", "recall", "remark", "comment", "assert", "maintain", "contend", "complain", "question",
            "counter", "joke", "quip", "scoff", "shout", "testify");

    /** Capitalised at a sentence start but never names: function words that WordNet does not list. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "when", "where", "while", "what", "who", "whom", "whose", "which", "how", "why", "then", "there",
            "here", "yet", "also", "still", "even", "just", "once", "now", "meanwhile", "however", "instead",
            "perhaps", "maybe", "thus", "hence", "so", "too", "very", "indeed", "although", "though", "because",
            "since", "unless", "until", "whether", "if", "after", "before", "despite", "within", "without",
            "among", "amid", "against", "during", "across", "toward", "towards", "upon", "onto", "into", "this",
            "that", "these", "those", "such", "both", "either", "neither", "each", "every", "all", "some", "any",
            "many", "much", "most", "more", "less", "few", "several", "its", "their", "our", "your", "his", "her",
            "it", "he", "she", "we", "they", "you", "with", "for", "from", "by", "about", "over", "under",
            "through", "as", "at", "in", "on", "to", "of", "and", "but", "or", "nor", "not", "no", "like",
            "unlike", "near", "off", "via", "than", "per");

    private final WordNet wordNet;
    private final Set<String> givenNames;

    private final Gazetteer gazetteer;

    public NameWords(WordNet wordNet, Gazetteer gazetteer) {
        this.wordNet = wordNet;
        this.gazetteer = gazetteer;
        this.givenNames = Gazetteer.readList("given-names.txt");
    }

    /** True for a common given name ("Bill", "Maria"). */
    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /**
     * Whether capitalised words look like a person's name: a common given name first, or no word that is
     * a common English noun or verb other than a kind of person ("Davis Cup", "Electronics Show" are not;
     * "Hakeem Oduya", "Tatum Reyes" are).
     */
    public boolean looksLikePersonName(List<String> names) {
        if (isGivenName(names.get(0)) || hasPersonNameForm(names)) {
            return true;
        }
        if (gazetteer.lookup(names.get(0)).filter(e -> e.type() == EntityType.PLACE).isPresent()) {
            return false; // "Harbor City United", "Boston Harbor Trust"
        }
        if (names.size() > 1 && COMMON_TITLES.contains(names.get(names.size() - 1).toLowerCase(Locale.ROOT))) {
            return false; // "Initech CEO": a post, not a surname
        }
        if (names.size() > 1 && isPluralOfPeople(names.get(names.size() - 1))) {
            return false; // "Globex Machinists", "Acme Workers": a group of people, not one
        }
        for (String w : names) {
            if (w.length() > 1 && !w.contains(".") && wordNet.isCommonNonPersonWord(w)) {
                return false;
            }
        }
        return true;
    }

    /** Generational suffixes that end only people's names. */
    static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /**
     * A form only people's names take: a middle initial between two names ("Mara J. Okafor") or a
     * generational suffix after one ("Robert Kennedy Jr.").
     */
    static boolean hasPersonNameForm(List<String> names) {
        int n = names.size();
        if (n >= 2 && NAME_SUFFIXES.contains(names.get(n - 1))) {
            return true;
        }
        for (int i = 1; i + 1 < n; i++) {
            if (names.get(i).matches("[A-Z]\\.")) {
                return true;
            }
        }
        return false;
    }

    /** True for the plural of a kind of person ("Machinists", "Workers"): it ends a group's name, not a person's. */
    boolean isPluralOfPeople(String word) {
        return wordNet.isPluralNoun(word) && isRoleNoun(word);
    }

    /** True for a word that names a role, title or occupation ("governor", "spokeswoman", "nurse"). */
    public boolean isRoleNoun(String word) {
        String w = stripPossessive(word);
        if (TITLE_ABBREVIATIONS.containsKey(w)) {
            return true;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.length() < 3 || NOT_ROLES.contains(lower) || !lower.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return wordNet.isCommonPersonNoun(lower);
    }

    /** True for a title that comes right before a name ("President", "Gov.", "Mr."). */
    public boolean isTitleBeforeName(Token t) {
        return isTitleBeforeName(t, 2);
    }

    /**
     * True for a title before a name of {@code nameWords} words. A common title ("President", "Mayor")
     * always counts; another role noun only before a name of two words or more, since many given names
     * are also WordNet nouns ("Victor Lund", "Carter Hill").
     */
    public boolean isTitleBeforeName(Token t, int nameWords) {
        if (!t.isCapitalized()) {
            return false;
        }
        String w = t.text();
        if (HONORIFICS.contains(w) || TITLE_ABBREVIATIONS.containsKey(w) || COMMON_TITLES.contains(w.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return nameWords >= 2 && isRoleNoun(w);
    }

    /** True for a word of {@link #COMMON_TITLES} ("chief", "spokesman"), in any case. */
    public static boolean isCommonTitle(String word) {
        return COMMON_TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Plural abbreviated titles and the singular post: "Reps. Kim and Park" are each a Representative. */
    static final java.util.Map<String, String> PLURAL_TITLE_ABBREVIATIONS = java.util.Map.of(
            "Reps.", "Representative", "Sens.", "Senator", "Govs.", "Governor", "Gens.", "General",
            "Drs.", "Doctor", "Profs.", "Professor");

    /**
     * The singular of a plural title ("Reps." is Representative, "actors" actor), or {@code null} when
     * the word is not a plural.
     */
    static String singularTitle(String plural, NameWords words) {
        String abbreviated = PLURAL_TITLE_ABBREVIATIONS.get(plural);
        if (abbreviated != null) {
            return abbreviated;
        }
        String lemma = words.wordNet().nounLemma(plural.toLowerCase(Locale.ROOT));
        if (lemma.equals(plural.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return Character.isUpperCase(plural.charAt(0))
                ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
    }

    /** The role a title word stands for: {@code Gov.} is Governor; other words stay as written. */
    public static String expandTitle(String word) {
        return TITLE_ABBREVIATIONS.getOrDefault(word, word);
    }

    /** True for a verb of saying ("said", "wrote", "vowed"). */
    public boolean isSpeechVerb(Token t) {
        if (!t.tag().equals("VERB") && !t.tag().equals("AUX")) {
            return false;
        }
        String lemma = wordNet.verbLemma(t.text());
        return SPEECH_VERBS.contains(lemma);
    }

    public WordNet wordNet() {
        return wordNet;
    }

    private static String stripPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s") ? w.substring(0, w.length() - 2) : w;
    }
}
