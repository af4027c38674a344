package newskg.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import newskg.nlp.Sentence;
import newskg.nlp.Token;

/**
 * How a verb reports its happening, read from its verb group: the auxiliaries, negation and adverbs right
 * before it, and its form. "has been fired" and "have sacked" are {@link Aspect#PERFECT}; "was sentenced",
 * "said", "lost" are {@link Aspect#PAST}; "had been fired" is {@link Aspect#PLUPERFECT}; "will resign",
 * "could be dismissed" are {@link Aspect#OTHER}, as are present forms, participles and infinitives.
 * <pre>
 *   VerbGroup.aspect(sentence, verbIndex, wordNet::verbLemma)   // Aspect.PERFECT for "has been fired"
 * </pre>
 */
public final class VerbGroup {
    /** The ways a verb group reports a happening that matter for its date. */
    public enum Aspect {
        /** present perfect: "has been fired", "have sacked", "has secured" */
        PERFECT,
        /** simple past, active or passive: "said", "was sentenced", "lost" */
        PAST,
        /** past perfect: "had resigned", "had been dismissed" */
        PLUPERFECT,
        /** anything else: present, future, modal, infinitive, participle, or not read */
        OTHER
    }

    private static final Set<String> PERFECT_AUX = Set.of("has", "have", "'ve", "\u2019ve");
    private static final Set<String> PAST_AUX = Set.of("was", "were", "did");
    private static final Set<String> PLUPERFECT_AUX = Set.of("had", "'d", "\u2019d");
    private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "do", "does", "'re", "\u2019re",
            "'m", "\u2019m", "being", "be", "get", "gets");
    private static final Set<String> MODAL_AUX = Set.of("will", "shall", "would", "could", "might", "may", "should",
            "must", "can", "'ll", "\u2019ll", "wo", "ca", "to");
    /** Forms of "be" (and "get") before a participle that make it passive: "was arrested", "got fired". */
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being",
            "get", "got", "gets", "'s", "\u2019s");
    /** Words that may stand between an auxiliary and its verb: "has not been", "was later fired". */
    private static final Set<String> BETWEEN_TAGS = Set.of("ADV", "PART");

    private VerbGroup() {
    }

    /**
     * The aspect of the verb at {@code verb} in {@code s}.
     *
     * @param lemma a verb's lemma ("said" → "say"), to tell a past form from a base form without auxiliaries
     */
    public static Aspect aspect(Sentence s, int verb, UnaryOperator<String> lemma) {
        Token v = s.token(verb);
        String form = v.text().toLowerCase(Locale.ROOT);
        boolean participle = false;
        for (int i = verb - 1; i >= 0 && i >= verb - 5; i--) {
            Token t = s.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (BETWEEN_TAGS.contains(t.tag()) && !MODAL_AUX.contains(w)) {
                continue;
            }
            if (!t.tag().equals("AUX") && !(t.tag().equals("PART") && w.equals("to")) && !w.equals("been")) {
                break;
            }
            if (MODAL_AUX.contains(w)) {
                return Aspect.OTHER;
            }
            if (PLUPERFECT_AUX.contains(w)) {
                return Aspect.PLUPERFECT;
            }
            if (PERFECT_AUX.contains(w) || (w.equals("'s") || w.equals("\u2019s")) && participle) {
                return Aspect.PERFECT;
            }
            if (PAST_AUX.contains(w)) {
                return Aspect.PAST;
            }
            if (PRESENT_AUX.contains(w)) {
                return Aspect.OTHER;
            }
            if (w.equals("been")) {
                participle = true; // "has been fired", "he's been fired": the perfect's auxiliary comes next
                continue;
            }
            return Aspect.OTHER;
        }
        if (participle) {
            return Aspect.OTHER; // "been fired" without its auxiliary
        }
        if (v.tag().equals("AUX")) {
            // a copula as the main verb: "was defiant", "had been in office"
            return PAST_AUX.contains(form) ? Aspect.PAST : PLUPERFECT_AUX.contains(form) ? Aspect.PLUPERFECT : Aspect.OTHER;
        }
        if (form.endsWith("ing") && v.tag().equals("VERB") && verb > 0 && s.token(verb - 1).text().matches("[,:;]")) {
            // "..., saying:" a participle clause happens when its main clause does: the nearest verb before it
            for (int i = verb - 2; i >= 0; i--) {
                String t = s.token(i).tag();
                if (t.equals("VERB") || t.equals("AUX")) {
                    Aspect main = aspect(s, i, lemma);
                    if (main != Aspect.OTHER) {
                        return main;
                    }
                }
            }
            return Aspect.OTHER;
        }
        // no auxiliary: a simple past
        return v.tag().equals("VERB") && isPastForm(form, lemma) ? Aspect.PAST : Aspect.OTHER;
    }

    /**
     * Whether a verb form (lower case) is a past tense or participle: not its lemma, not a present in -s, not a
     * participle in -ing ("said", "hired", "brought"; not "says", "hire", "hiring").
     */
    public static boolean isPastForm(String form, UnaryOperator<String> lemma) {
        return !form.endsWith("ing") && !form.endsWith("s") && !lemma.apply(form).equals(form);
    }

    /** "was arrested", "has been detained", "were not deported": a form of "be" before the participle at {@code verb}. */
    public static boolean isPassive(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 3; i--) {
            Token k = s.token(i);
            if (PASSIVE_AUXILIARIES.contains(k.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!BETWEEN_TAGS.contains(k.tag())) {
                return false;
            }
        }
        return false;
    }
}
