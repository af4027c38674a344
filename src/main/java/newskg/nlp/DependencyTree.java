package newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The dependency tree of one sentence: each token's head (another token of the sentence, or none for a
 * root) and the label of the relation. Token indices are those of {@link Sentence#token(int)}.
 * <pre>
 *   DependencyTree t = parser.parse(sentence);
 *   OptionalInt who = t.subject(t.root());     // "Maria Okafor resigned": the token "Okafor"
 * </pre>
 * The labels are NLP4J's (ClearNLP's Stanford-style set, which the model is taught), a few merged: see
 * the constants. A copula is the head of its clause ("X is chair": {@code is} has {@code nsubj} X and
 * {@code attr} chair), a preposition the head of its object ({@code prep} then {@code pobj}), and a
 * possessive {@code 's} a {@code case} child of its possessor. Immutable and thread-safe.
 *
 * @param sentence the sentence
 * @param heads    each token's head, or {@link #NO_HEAD} for a root
 * @param labels   each token's relation to its head ({@link #ROOT} for a root)
 */
public record DependencyTree(Sentence sentence, List<Integer> heads, List<String> labels) {
    /** The head of a root. */
    public static final int NO_HEAD = -1;

    /** The main predicate of the sentence, under no head. */
    public static final String ROOT = "root";
    /** Nominal subject of an active clause. */
    public static final String NSUBJ = "nsubj";
    /** Nominal subject of a passive clause ("Lind was appointed"). */
    public static final String NSUBJPASS = "nsubjpass";
    /** Clausal subject (NLP4J's csubj and csubjpass). */
    public static final String CSUBJ = "csubj";
    /** Direct object. */
    public static final String DOBJ = "dobj";
    /** Indirect object (NLP4J's dative). */
    public static final String IOBJ = "iobj";
    /** Complement of a copula ("X is chair"). */
    public static final String ATTR = "attr";
    /** Object predicate ("named her chair": chair). */
    public static final String OPRD = "oprd";
    /** Adjectival complement ("X became famous"). */
    public static final String ACOMP = "acomp";
    /** Apposition ("X, the chair,"). */
    public static final String APPOS = "appos";
    /** Possessor ("the company's chair": company). */
    public static final String POSS = "poss";
    /** Possessive marker ({@code 's}) under its possessor. */
    public static final String CASE = "case";
    /** Preposition under the word it modifies. */
    public static final String PREP = "prep";
    /** Object of a preposition. */
    public static final String POBJ = "pobj";
    /** The "by" of a passive agent, a preposition. */
    public static final String AGENT = "agent";
    /** Complement of a preposition that is not a noun phrase ("after leaving"). */
    public static final String PCOMP = "pcomp";
    /** Adjectival, numeric or quantifier modifier of a noun (NLP4J's nmod and qmod). */
    public static final String AMOD = "amod";
    /** Noun compound ("finance director": finance). */
    public static final String COMPOUND = "compound";
    /** Determiner (and predeterminer). */
    public static final String DET = "det";
    /** Auxiliary verb. */
    public static final String AUX = "aux";
    /** Passive auxiliary ("was appointed": was). */
    public static final String AUXPASS = "auxpass";
    /** Conjunct, under the conjunct before it. */
    public static final String CONJ = "conj";
    /** Coordinating conjunction (and preconjunction). */
    public static final String CC = "cc";
    /** Relative clause ("X, who was chair,": was). */
    public static final String RELCL = "relcl";
    /** Clausal modifier of a noun. */
    public static final String ACL = "acl";
    /** Adverbial modifier. */
    public static final String ADVMOD = "advmod";
    /** Adverbial clause. */
    public static final String ADVCL = "advcl";
    /** Noun phrase as adverbial ("resigned last week": week). */
    public static final String NPADVMOD = "npadvmod";
    /** Open clausal complement ("agreed to become chair": become). */
    public static final String XCOMP = "xcomp";
    /** Clausal complement ("said that ..."). */
    public static final String CCOMP = "ccomp";
    /** Subordinating marker ("that", "because"). */
    public static final String MARK = "mark";
    /** Negation. */
    public static final String NEG = "neg";
    /** Particle of a phrasal verb ("step down": down). */
    public static final String PRT = "prt";
    /** Expletive ("there is"). */
    public static final String EXPL = "expl";
    /** Punctuation. */
    public static final String PUNCT = "punct";
    /** Any other relation. */
    public static final String DEP = "dep";

    /** Every label a tree may carry. */
    public static final Set<String> LABELS = Set.of(ROOT, NSUBJ, NSUBJPASS, CSUBJ, DOBJ, IOBJ, ATTR, OPRD, ACOMP,
            APPOS, POSS, CASE, PREP, POBJ, AGENT, PCOMP, AMOD, COMPOUND, DET, AUX, AUXPASS, CONJ, CC, RELCL, ACL,
            ADVMOD, ADVCL, NPADVMOD, XCOMP, CCOMP, MARK, NEG, PRT, EXPL, PUNCT, DEP);

    public DependencyTree {
        Objects.requireNonNull(sentence, "sentence");
        heads = List.copyOf(heads);
        labels = List.copyOf(labels);
        if (heads.size() != sentence.size() || labels.size() != sentence.size()) {
            throw new IllegalArgumentException("a tree needs one head and one label per token: " + sentence.size()
                    + " tokens, " + heads.size() + " heads, " + labels.size() + " labels");
        }
        for (int i = 0; i < heads.size(); i++) {
            int h = heads.get(i);
            if (h < NO_HEAD || h >= heads.size() || h == i) {
                throw new IllegalArgumentException("token " + i + " has no valid head: " + h);
            }
            if (!LABELS.contains(labels.get(i))) {
                throw new IllegalArgumentException("token " + i + " has an unknown label: " + labels.get(i));
            }
        }
    }

    public int size() {
        return heads.size();
    }

    /** The head of token {@code i}, or {@link #NO_HEAD}. */
    public int head(int i) {
        return heads.get(i);
    }

    /** The relation of token {@code i} to its head. */
    public String label(int i) {
        return labels.get(i);
    }

    /** The first root of the sentence (a parse may leave more than one), or {@link #NO_HEAD} for no tokens. */
    public int root() {
        for (int i = 0; i < size(); i++) {
            if (heads.get(i) == NO_HEAD) {
                return i;
            }
        }
        return NO_HEAD;
    }

    /** The dependents of token {@code i}, in sentence order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < size(); j++) {
            if (heads.get(j) == i) {
                out.add(j);
            }
        }
        return out;
    }

    /** The dependents of token {@code i} with {@code label}, in sentence order. */
    public List<Integer> children(int i, String label) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < size(); j++) {
            if (heads.get(j) == i && labels.get(j).equals(label)) {
                out.add(j);
            }
        }
        return out;
    }

    /** The first dependent of token {@code i} with one of {@code labels}. */
    public OptionalInt child(int i, String... labels) {
        for (int j = 0; j < size(); j++) {
            if (heads.get(j) == i && List.of(labels).contains(this.labels.get(j))) {
                return OptionalInt.of(j);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The subject of a verb (or of a copula): its nominal subject, active or passive; failing that, the
     * subject it shares as a later conjunct ("Lind resigned and joined X": joined) or as an open
     * complement ("Lind agreed to become chair": become).
     */
    public OptionalInt subject(int verb) {
        for (int v = verb, steps = 0; v != NO_HEAD && steps < size(); v = heads.get(v), steps++) {
            OptionalInt s = child(v, NSUBJ, NSUBJPASS);
            if (s.isPresent()) {
                return s;
            }
            if (!labels.get(v).equals(CONJ) && !labels.get(v).equals(XCOMP)) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    /** True when the verb's clause is passive: it has a passive subject or a passive auxiliary. */
    public boolean isPassive(int verb) {
        return child(verb, NSUBJPASS, AUXPASS).isPresent();
    }

    /** The direct object of a verb. */
    public OptionalInt object(int verb) {
        return child(verb, DOBJ);
    }

    /**
     * What a verb says its subject or object is: the complement of a copula ("is chair"), an object
     * predicate ("named her chair") or an adjectival complement.
     */
    public OptionalInt complement(int verb) {
        return child(verb, ATTR, OPRD, ACOMP);
    }

    /** The appositions of a noun ("Okafor, the finance director,": director), in sentence order. */
    public List<Integer> appositions(int noun) {
        return children(noun, APPOS);
    }

    /** The possessor of a noun ("the company's director": company). */
    public OptionalInt possessor(int noun) {
        return child(noun, POSS);
    }

    /**
     * The object of the preposition {@code preposition} (any case) under {@code head}: "chief executive of
     * Brenwick" ({@code head} executive, "of") gives Brenwick; also a passive's "by" (label {@code agent}).
     */
    public OptionalInt prepositionalObject(int head, String preposition) {
        for (int p : children(head)) {
            String l = labels.get(p);
            if ((l.equals(PREP) || l.equals(AGENT))
                    && sentence.token(p).text().toLowerCase(Locale.ROOT).equals(preposition.toLowerCase(Locale.ROOT))) {
                OptionalInt o = child(p, POBJ, PCOMP);
                if (o.isPresent()) {
                    return o;
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The conjuncts coordinated with token {@code i}, not counting {@code i}: those under it and, when
     * {@code i} is itself a conjunct, the first conjunct and the others under it, in sentence order.
     */
    public List<Integer> conjuncts(int i) {
        int first = i;
        while (labels.get(first).equals(CONJ) && heads.get(first) != NO_HEAD) {
            first = heads.get(first);
        }
        List<Integer> out = new ArrayList<>();
        collectConjuncts(first, out);
        out.add(first);
        out.remove(Integer.valueOf(i));
        out.sort(null);
        return out;
    }

    private void collectConjuncts(int i, List<Integer> out) {
        for (int c : children(i, CONJ)) {
            if (out.size() < size()) {
                out.add(c);
                collectConjuncts(c, out);
            }
        }
    }

    /** First token of the phrase that token {@code i} heads (the leftmost token of its subtree). */
    public int phraseStart(int i) {
        int first = i;
        for (int j = 0; j < i; j++) {
            if (dominates(i, j)) {
                return j;
            }
        }
        return first;
    }

    /** The index after the last token of the phrase that token {@code i} heads. */
    public int phraseEnd(int i) {
        for (int j = size() - 1; j > i; j--) {
            if (dominates(i, j)) {
                return j + 1;
            }
        }
        return i + 1;
    }

    /** The characters of the phrase that token {@code i} heads. */
    public TextSpan phrase(int i) {
        return new TextSpan(sentence.token(phraseStart(i)).start(), sentence.token(phraseEnd(i) - 1).end());
    }

    /** True when {@code ancestor} is {@code j} or above it. */
    public boolean dominates(int ancestor, int j) {
        for (int k = j, steps = 0; k != NO_HEAD && steps <= size(); k = heads.get(k), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }
}
