package newskg.nlp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL, from the classpath): which lexicographer files a common word's senses fall in
 * ({@code noun.person}, {@code noun.act}, {@code noun.location}, ...) and its base form.
 * <pre>
 *   WordNet wn = WordNet.load();
 *   wn.nounSenses("spokeswoman");   // [noun.person]
 * </pre>
 * Look up common (lower-case) words only: proper nouns of people and organisations are mostly absent or
 * wrong there (a trump card, ice). Thread-safe: lookups, and the reading of senses (which extJWNL does
 * lazily from its files), are serialised; answers are cached.
 */
public final class WordNet {
    private static WordNet shared;

    private final Dictionary dictionary;
    private final Map<String, Set<String>> nounCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> verbCache = new ConcurrentHashMap<>();
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    private WordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The dictionary, loaded on first use (about 0.7 s) and shared afterwards.
     *
     * @throws NlpException when the WordNet data is not on the classpath
     */
    public static synchronized WordNet load() {
        if (shared == null) {
            try {
                shared = new WordNet(Dictionary.getDefaultResourceInstance());
            } catch (JWNLException e) {
                throw new NlpException("cannot load WordNet: " + e.getMessage(), e);
            }
        }
        return shared;
    }

    /** Lexicographer file names of every noun sense of {@code word} (after morphology), maybe empty. */
    public Set<String> nounSenses(String word) {
        return nounCache.computeIfAbsent(key(word), w -> senses(POS.NOUN, w));
    }

    /** Lexicographer file names of every verb sense of {@code word}, maybe empty. */
    public Set<String> verbSenses(String word) {
        return verbCache.computeIfAbsent(key(word), w -> senses(POS.VERB, w));
    }

    /**
     * True when some noun sense of the lower-case {@code word} is a kind of person written in lower case
     * in WordNet: "governor" is, "john" is not (its person sense is the apostle John, a proper name).
     */
    public boolean isCommonPersonNoun(String word) {
        String w = key(word);
        return answer("p", w, () -> {
            IndexWord iw = lookup(POS.NOUN, w);
            if (iw == null || !isInflectionOf(w, iw.getLemma())) {
                return false;
            }
            for (Synset s : iw.getSenses()) {
                if (s.getLexFileName().equals("noun.person")
                        && s.getWords().stream().anyMatch(x -> x.getLemma().equals(iw.getLemma()))) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * True when WordNet knows {@code name} as a named location (a city, a state, a region, a continent):
     * a {@code noun.location} or {@code noun.object} sense written with a capital ("Rotterdam",
     * "North America"), not a common noun ("source"); the whole name must be the entry.
     */
    public boolean isNamedLocation(String name) {
        String w = key(name);
        return answer("l", w, () -> {
            IndexWord iw = lookup(POS.NOUN, w);
            if (iw == null || !iw.getLemma().equals(w)) {
                return false; // "abigail jackson" must not be read as the city of Jackson
            }
            for (Synset s : iw.getSenses()) {
                // continents, rivers and mountains are noun.object in WordNet
                String file = s.getLexFileName();
                if ((file.equals("noun.location") || file.equals("noun.object")) && s.getWords().stream()
                        .anyMatch(x -> x.getLemma().equalsIgnoreCase(iw.getLemma())
                                && Character.isUpperCase(x.getLemma().charAt(0)))) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * True when {@code word} is a common noun or verb: some sense written in lower case in WordNet, other
     * than a kind of person ("cup", "show", "mobile"; not "Rotterdam", not "king").
     */
    public boolean isCommonNonPersonWord(String word) {
        String w = key(word);
        return answer("c", w, () -> {
            for (POS pos : new POS[] {POS.NOUN, POS.VERB}) {
                IndexWord iw = lookup(pos, w);
                if (iw == null) {
                    continue;
                }
                for (Synset s : iw.getSenses()) {
                    if (pos == POS.NOUN && s.getLexFileName().equals("noun.person")) {
                        return false;
                    }
                }
                String lemma = iw.getLemma();
                boolean sameWord = w.equals(lemma) || (pos == POS.NOUN && (w.equals(lemma + "s")
                        || (lemma.endsWith("y") && w.equals(lemma.substring(0, lemma.length() - 1) + "ies"))));
                if (!sameWord) {
                    continue; // "mendes" is a name, not "mend" + es
                }
                for (Synset s : iw.getSenses()) {
                    if (s.getWords().stream().anyMatch(x -> x.getLemma().equals(lemma))) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** True when WordNet lists {@code word} at all, as a noun, verb, adjective or adverb. */
    public boolean isKnownWord(String word) {
        String w = key(word);
        return answer("k", w, () -> {
            for (POS pos : POS.getAllPOS()) {
                if (lookup(pos, w) != null) {
                    return true;
                }
            }
            return false;
        });
    }

    /** True when {@code word} is the plural of a WordNet noun ("Tories", "Ministers", "MPs"). */
    public boolean isPluralNoun(String word) {
        String w = key(word);
        if (!w.endsWith("s")) {
            return false;
        }
        IndexWord iw = lookup(POS.NOUN, w);
        return iw != null && !iw.getLemma().equals(w);
    }

    /** True when {@code word} is {@code lemma} or a regular plural of it (not a respelling: hakeem is no hakim). */
    private static boolean isInflectionOf(String word, String lemma) {
        return word.equals(lemma) || word.equals(lemma + "s") || word.equals(lemma + "es")
                || (lemma.endsWith("y") && word.equals(lemma.substring(0, lemma.length() - 1) + "ies"))
                || (lemma.endsWith("man") && word.equals(lemma.substring(0, lemma.length() - 3) + "men"));
    }

    /** The base form of a verb ({@code ran} to {@code run}), or the word itself. */
    public String verbLemma(String word) {
        String w = key(word);
        return lemmas.computeIfAbsent("v:" + w, k -> {
            IndexWord iw = lookup(POS.VERB, w);
            return iw == null ? w : iw.getLemma();
        });
    }

    /** The base form of a noun ({@code agents} to {@code agent}), or the word itself. */
    public String nounLemma(String word) {
        String w = key(word);
        return lemmas.computeIfAbsent("n:" + w, k -> {
            IndexWord iw = lookup(POS.NOUN, w);
            return iw == null ? w : iw.getLemma();
        });
    }

    /** The cached answer to {@code question} about {@code word}, computed once. */
    private boolean answer(String question, String word, BooleanSupplier compute) {
        String key = question + ":" + word;
        Boolean known = answers.get(key);
        if (known != null) {
            return known;
        }
        boolean answer;
        synchronized (this) {
            // extJWNL reads senses and their words lazily from its files: one thread at a time
            answer = compute.getAsBoolean();
        }
        answers.putIfAbsent(key, answer);
        return answer;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).strip();
    }

    private synchronized Set<String> senses(POS pos, String word) {
        IndexWord iw = lookup(pos, word);
        if (iw == null) {
            return Set.of();
        }
        Set<String> files = new HashSet<>();
        for (Synset s : iw.getSenses()) {
            files.add(s.getLexFileName());
        }
        return Set.copyOf(files);
    }

    private synchronized IndexWord lookup(POS pos, String word) {
        if (word.isEmpty() || word.length() > 60) {
            return null;
        }
        try {
            return dictionary.lookupIndexWord(pos, word);
        } catch (JWNLException | RuntimeException e) {
            return null; // an odd word is simply not in the dictionary
        }
    }
}
