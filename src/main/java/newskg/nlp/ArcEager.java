package newskg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One sentence being parsed by Nivre's arc-eager transition system: a stack (the artificial root at its
 * bottom), a buffer of the tokens not yet read, and the arcs built so far. It gives the classifier's
 * features, applies transitions, and, for training, the static oracle's transition towards a gold
 * projective tree. Indices here count from 1, with 0 the artificial root.
 * <pre>
 *   ArcEager c = new ArcEager(sentence);
 *   while (!c.isTerminal()) { c.features(context); ... c.apply(kind, label); }
 *   DependencyTree t = c.tree();
 * </pre>
 * Not thread-safe: one per sentence.
 */
final class ArcEager {
    /** Transition kinds, as the model's outcomes start: {@code S}, {@code D}, {@code L-label}, {@code R-label}. */
    static final char SHIFT = 'S';
    static final char REDUCE = 'D';
    static final char LEFT = 'L';
    static final char RIGHT = 'R';

    /** How many features {@link #features(String[])} writes. */
    static final int FEATURES = 42;

    private static final String NONE = "-";
    private static final String ROOT_WORD = "<root>";

    private final Sentence sentence;
    private final int n;
    private final String[] words;
    private final String[] tags;
    private final int[] heads;
    private final String[] labels;
    private final int[] leftmost;
    private final int[] rightmost;
    private final int[] leftCount;
    private final int[] rightCount;
    private final int[] nextComma;
    private final boolean[] verbBeforeComma;
    private final int[] stack;
    private int depth;
    private int next;

    ArcEager(Sentence sentence) {
        this.sentence = sentence;
        this.n = sentence.size();
        this.words = new String[n + 1];
        this.tags = new String[n + 1];
        words[0] = ROOT_WORD;
        tags[0] = ROOT_WORD;
        for (int i = 1; i <= n; i++) {
            Token t = sentence.token(i - 1);
            words[i] = normalize(t.text());
            tags[i] = t.tag();
        }
        this.heads = new int[n + 1];
        this.labels = new String[n + 1];
        this.leftmost = new int[n + 1];
        this.rightmost = new int[n + 1];
        this.leftCount = new int[n + 1];
        this.rightCount = new int[n + 1];
        Arrays.fill(heads, -1);
        Arrays.fill(leftmost, -1);
        Arrays.fill(rightmost, -1);
        this.nextComma = new int[n + 1];
        this.verbBeforeComma = new boolean[n + 1];
        int comma = -1;
        boolean verb = false;
        for (int i = n; i >= 0; i--) {
            nextComma[i] = comma;
            verbBeforeComma[i] = verb;
            if (words[i].equals(",")) {
                comma = i;
                verb = false;
            } else if (tags[i].equals("VERB") || tags[i].equals("AUX")) {
                verb = true;
            }
        }
        this.stack = new int[n + 1];
        this.depth = 1; // the root
        this.next = 1;
    }

    /** Lower case, digits as 0 and curly quotes straight: one feature for "2019" and "1998". */
    private static String normalize(String word) {
        String w = Annotator.straightenQuotes(word).toLowerCase(Locale.ROOT);
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '1' && c <= '9') {
                if (b == null) {
                    b = new StringBuilder(w);
                }
                b.setCharAt(i, '0');
            }
        }
        return b == null ? w : b.toString();
    }

    boolean isTerminal() {
        return next > n;
    }

    private int s0() {
        return stack[depth - 1];
    }

    /** True when the transition may be taken now. */
    boolean allows(char kind) {
        if (next > n) {
            return false;
        }
        return switch (kind) {
            case SHIFT, RIGHT -> true;
            case LEFT -> s0() != 0 && heads[s0()] < 0;
            case REDUCE -> s0() != 0 && heads[s0()] >= 0;
            default -> false;
        };
    }

    /** Takes a transition that {@link #allows} allows; {@code label} is the arc's for LEFT and RIGHT. */
    void apply(char kind, String label) {
        switch (kind) {
            case SHIFT -> stack[depth++] = next++;
            case REDUCE -> depth--;
            case LEFT -> {
                attach(s0(), next, label);
                depth--;
            }
            case RIGHT -> {
                attach(next, s0(), label);
                stack[depth++] = next++;
            }
            default -> throw new IllegalArgumentException("no such transition: " + kind);
        }
    }

    private void attach(int dependent, int head, String label) {
        heads[dependent] = head;
        labels[dependent] = label;
        if (dependent < head) {
            leftCount[head]++;
            if (leftmost[head] < 0 || dependent < leftmost[head]) {
                leftmost[head] = dependent;
            }
        } else {
            rightCount[head]++;
            if (dependent > rightmost[head]) {
                rightmost[head] = dependent;
            }
        }
    }

    /**
     * The tree built; a token left without a head becomes a root when the sentence has none yet, else a
     * {@code dep} of the first root (greedy decoding may leave a fragment unattached).
     */
    DependencyTree tree() {
        List<Integer> h = new ArrayList<>(n);
        List<String> l = new ArrayList<>(n);
        int root = -1;
        for (int i = 1; i <= n; i++) {
            if (heads[i] == 0) {
                root = i;
                break;
            }
        }
        for (int i = 1; i <= n; i++) {
            if (heads[i] < 0) {
                if (root < 0) {
                    root = i;
                    heads[i] = 0;
                    labels[i] = DependencyTree.ROOT;
                } else {
                    heads[i] = root;
                    labels[i] = DependencyTree.DEP;
                }
            }
        }
        for (int i = 1; i <= n; i++) {
            h.add(heads[i] - 1);
            l.add(heads[i] == 0 ? DependencyTree.ROOT : labels[i]);
        }
        return new DependencyTree(sentence, h, l);
    }

    // ---------------------------------------------------------------- features

    private String word(int i) {
        return i < 0 ? NONE : words[i];
    }

    private String tag(int i) {
        return i < 0 ? NONE : tags[i];
    }

    private String label(int i) {
        return i < 0 || heads[i] < 0 ? NONE : labels[i];
    }

    private String suffix(int i) {
        if (i < 0) {
            return NONE;
        }
        String w = words[i];
        return w.length() > 4 ? w.substring(w.length() - 3) : w;
    }

    /**
     * What follows the next comma after token {@code i}, whether a verb comes first, and how far it is:
     * an apposition or a relative clause closes with a comma before the main verb ("X, the chair, said").
     */
    private String closingComma(int i) {
        if (i < 0 || nextComma[i] < 0) {
            return NONE;
        }
        int c = nextComma[i];
        return tag(c < n ? c + 1 : -1) + "|" + (verbBeforeComma[i] ? "v" : "n") + "|" + bucket(c - i);
    }

    private static String bucket(int d) {
        return d < 5 ? Integer.toString(d) : d < 10 ? "5-9" : "10+";
    }

    /**
     * Writes the classifier's {@link #FEATURES} features for the present configuration into
     * {@code out}: words, UD tags and suffixes of the stack's top two and the buffer's first three
     * tokens, the arcs already built around them (head, leftmost and rightmost dependents and their
     * labels, how many), the distance between stack top and buffer front, what follows the next comma,
     * and combinations of these.
     */
    void features(String[] out) {
        int s0 = s0();
        int s1 = depth > 1 ? stack[depth - 2] : -1;
        int b0 = next <= n ? next : -1;
        int b1 = next + 1 <= n ? next + 1 : -1;
        int b2 = next + 2 <= n ? next + 2 : -1;
        int s0h = heads[s0];
        int s0l = leftmost[s0];
        int s0r = rightmost[s0];
        int b0l = b0 < 0 ? -1 : leftmost[b0];
        String s0w = word(s0);
        String s0p = tag(s0);
        String b0w = word(b0);
        String b0p = tag(b0);
        String b1p = tag(b1);
        String dist = b0 < 0 ? NONE : bucket(b0 - s0);
        int k = 0;
        out[k++] = "bias";
        out[k++] = "s0w=" + s0w;
        out[k++] = "s0p=" + s0p;
        out[k++] = "s0wp=" + s0w + "/" + s0p;
        out[k++] = "s0s=" + suffix(s0);
        out[k++] = "b0w=" + b0w;
        out[k++] = "b0p=" + b0p;
        out[k++] = "b0wp=" + b0w + "/" + b0p;
        out[k++] = "b0s=" + suffix(b0);
        out[k++] = "b1w=" + word(b1);
        out[k++] = "b1p=" + b1p;
        out[k++] = "b2p=" + tag(b2);
        out[k++] = "s1w=" + word(s1);
        out[k++] = "s1p=" + tag(s1);
        out[k++] = "s0hw=" + word(s0h);
        out[k++] = "s0hp=" + tag(s0h);
        out[k++] = "s0l=" + label(s0);
        out[k++] = "s0lp=" + tag(s0l) + "/" + label(s0l);
        out[k++] = "s0rp=" + tag(s0r) + "/" + label(s0r);
        out[k++] = "b0lp=" + tag(b0l) + "/" + label(b0l);
        out[k++] = "s0w|b0w=" + s0w + "|" + b0w;
        out[k++] = "s0p|b0p=" + s0p + "|" + b0p;
        out[k++] = "s0w|b0p=" + s0w + "|" + b0p;
        out[k++] = "s0p|b0w=" + s0p + "|" + b0w;
        out[k++] = "s0s|b0s=" + suffix(s0) + "|" + suffix(b0);
        out[k++] = "s0p|b0p|b1p=" + s0p + "|" + b0p + "|" + b1p;
        out[k++] = "b0p|b1p|b2p=" + b0p + "|" + b1p + "|" + tag(b2);
        out[k++] = "s1p|s0p|b0p=" + tag(s1) + "|" + s0p + "|" + b0p;
        out[k++] = "s0hp|s0p|b0p=" + tag(s0h) + "|" + s0p + "|" + b0p;
        out[k++] = "s0lp|s0p|b0p=" + tag(s0l) + "|" + s0p + "|" + b0p;
        out[k++] = "s0rp|s0p|b0p=" + tag(s0r) + "|" + s0p + "|" + b0p;
        out[k++] = "s0p|b0p|b0lp=" + s0p + "|" + b0p + "|" + tag(b0l);
        out[k++] = "s0l|s0p|b0p=" + label(s0) + "|" + s0p + "|" + b0p;
        out[k++] = "s0l|b0w=" + label(s0) + "|" + b0w;
        out[k++] = "d=" + dist;
        out[k++] = "d|s0p|b0p=" + dist + "|" + s0p + "|" + b0p;
        out[k++] = "d|s0w|b0w=" + dist + "|" + s0w + "|" + b0w;
        out[k++] = "s0vr|s0p=" + Math.min(rightCount[s0], 3) + "|" + s0p;
        out[k++] = "s0vl|s0p=" + Math.min(leftCount[s0], 3) + "|" + s0p;
        out[k++] = "b0vl|b0p=" + (b0 < 0 ? 0 : Math.min(leftCount[b0], 3)) + "|" + b0p;
        out[k++] = "b0cc|s0p|b0w=" + closingComma(b0) + "|" + s0p + "|" + b0w;
        out[k++] = "s0cc|s0p|b0p=" + closingComma(s0) + "|" + s0p + "|" + b0p;
    }

    // ---------------------------------------------------------------- training

    /**
     * The static oracle's transition towards the gold tree ({@code gold[i]} the head of token i, from 1,
     * 0 the root; {@code goldLabels[i]} its label), as a model outcome. The tree must be projective.
     */
    String oracle(int[] gold, String[] goldLabels) {
        int s0 = s0();
        int b0 = next;
        if (s0 != 0 && gold[s0] == b0 && heads[s0] < 0) {
            return LEFT + "-" + goldLabels[s0];
        }
        if (gold[b0] == s0) {
            return RIGHT + "-" + goldLabels[b0];
        }
        if (s0 != 0 && heads[s0] >= 0) {
            for (int d = depth - 2; d >= 0; d--) {
                int k = stack[d];
                if (gold[b0] == k || gold[k] == b0) {
                    return String.valueOf(REDUCE);
                }
            }
        }
        return String.valueOf(SHIFT);
    }

    /**
     * The gold heads made projective by lifting (Nivre and Nilsson): while an arc crosses another, the
     * dependent of the shortest such arc moves up to its head's head. Index 0 is the root.
     */
    static int[] projective(int[] gold) {
        int[] h = gold.clone();
        for (int round = 0; round < h.length * h.length; round++) {
            int worst = -1;
            int shortest = Integer.MAX_VALUE;
            for (int d = 1; d < h.length; d++) {
                int len = Math.abs(h[d] - d);
                if (len < shortest && !isProjective(h, d)) {
                    worst = d;
                    shortest = len;
                }
            }
            if (worst < 0) {
                return h;
            }
            h[worst] = h[h[worst]];
        }
        return h;
    }

    /** True when every token between {@code d} and its head descends from that head. */
    private static boolean isProjective(int[] h, int d) {
        int head = h[d];
        for (int j = Math.min(head, d) + 1; j < Math.max(head, d); j++) {
            int k = j;
            int steps = 0;
            while (k != head && k != 0 && steps++ < h.length) {
                k = h[k];
            }
            if (k != head) {
                return false;
            }
        }
        return true;
    }
}
