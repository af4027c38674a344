package newskg.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.extract.EntityType;
import newskg.extract.Extraction;
import newskg.extract.Gazetteer;
import newskg.extract.Mention;

/**
 * Groups an article's mentions into entities: "Maria Ostrowski", "Ostrowski" and "Governor Maria Ostrowski" are
 * one person; "Immigration and Customs Enforcement (ICE)" and "ICE" one organisation; "U.S." and
 * "United States" one place. Keys are built from the gazetteer's canonical name or the fullest name,
 * so the same entity in several articles is one node.
 * <pre>
 *   Resolution r = new EntityResolver(Gazetteer.load()).resolve(extraction);
 * </pre>
 * Thread-safe (stateless).
 */
public final class EntityResolver {
    private static final Pattern PARENTHESISED_ACRONYM = Pattern.compile("\\(([A-Z][A-Z&.]{1,7})\\)");

    /** Mentions found with less confidence are kept only when they join a better-attested entity. */
    private static final double MIN_CONFIDENCE = 0.5;

    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Resolves every mention of the extraction. */
    public Resolution resolve(Extraction x) {
        Map<String, List<Mention>> clusters = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        List<Mention> singles = new ArrayList<>();
        String text = x.text().text();

        // 1. names the gazetteer knows, and full names
        for (Mention m : x.mentions()) {
            Optional<Gazetteer.Entry> known = gazetteer.lookup(m.text());
            if (known.isPresent()) {
                add(clusters, types, slug(known.get().canonical()), known.get().type(), m);
            } else if (m.confidence() < MIN_CONFIDENCE && m.type() != EntityType.PERSON) {
                continue; // a capitalised phrase nothing else vouches for
            } else if (m.text().contains(" ") || (m.type() == EntityType.ORGANIZATION && !m.method().equals("mention:name-before-post")
                    && !isShapeOnly(m)) || (m.type() == EntityType.PLACE && !m.method().equals("mention:wordnet-location"))) {
                add(clusters, types, slug(m.text()), m.type(), m);
            } else {
                singles.add(m); // a lone word: a person's surname, else what its own evidence says
            }
        }
        // 2. "Name (ACR)": the acronym joins the name
        Map<String, String> acronyms = new HashMap<>();
        for (Mention m : x.mentions()) {
            Matcher am = PARENTHESISED_ACRONYM.matcher(text);
            am.region(m.span().end(), Math.min(text.length(), m.span().end() + 12));
            if ((am.lookingAt() || (am.find() && am.start() <= m.span().end() + 1)) && abbreviates(am.group(1), m.text())) {
                acronyms.put(am.group(1), keyOf(clusters, m));
            }
        }
        mergeAcronyms(clusters, types, acronyms);
        mergeShortOrgNames(clusters, types);

        // 3. lone names: a surname or first name of a person named in full, else kept only with a cue
        FullNames fullNames = new FullNames(clusters, types);
        for (Mention m : singles) {
            String key = fullNames.personFor(m);
            if (key != null) {
                clusters.get(key).add(m);
            } else if (m.type() != EntityType.PERSON) {
                add(clusters, types, slug(m.text()), m.type(), m);
            } else if (m.confidence() >= 0.7) {
                add(clusters, types, slug(m.text()), EntityType.PERSON, m);
            }
        }
        mergeShortOrgNames(clusters, types); // lone organisation words joined above may shorten a long name too
        mergeSameNameAcrossTypes(clusters, types);
        return build(x, clusters, types);
    }

    /**
     * A lone word typed an organisation by its shape alone ("DeVarn" by its capitals, or by the model
     * alone): a person's surname when the article names that person in full, else the organisation.
     */
    private static boolean isShapeOnly(Mention m) {
        return m.method().equals("mention:camel-case") || m.method().equals("mention:model");
    }

    private static void add(Map<String, List<Mention>> clusters, Map<String, EntityType> types, String key,
                            EntityType type, Mention m) {
        String k = type.name() + ":" + key;
        clusters.computeIfAbsent(k, z -> new ArrayList<>()).add(m);
        types.putIfAbsent(k, type);
    }

    private static String keyOf(Map<String, List<Mention>> clusters, Mention m) {
        for (var e : clusters.entrySet()) {
            if (e.getValue().contains(m)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static void mergeAcronyms(Map<String, List<Mention>> clusters, Map<String, EntityType> types,
                                      Map<String, String> acronyms) {
        for (var e : acronyms.entrySet()) {
            String target = e.getValue();
            if (target == null || !clusters.containsKey(target)) {
                continue;
            }
            for (String k : List.copyOf(clusters.keySet())) {
                if (!k.equals(target) && clusters.get(k).stream().allMatch(m -> m.text().equals(e.getKey()))) {
                    clusters.get(target).addAll(clusters.remove(k));
                    types.remove(k);
                }
            }
        }
    }

    /**
     * One name typed two ways in one article ("Yukos said" as a person, "shares in Yukos" as a company)
     * is one entity, of the type its best-attested mention gives.
     */
    private static void mergeSameNameAcrossTypes(Map<String, List<Mention>> clusters, Map<String, EntityType> types) {
        Map<String, String> bestBySlug = new HashMap<>();
        for (String k : clusters.keySet()) {
            String slug = k.substring(k.indexOf(':') + 1);
            String best = bestBySlug.get(slug);
            if (best == null || confidence(clusters.get(k)) > confidence(clusters.get(best))) {
                bestBySlug.put(slug, k);
            }
        }
        for (String k : List.copyOf(clusters.keySet())) {
            String best = bestBySlug.get(k.substring(k.indexOf(':') + 1));
            if (!best.equals(k)) {
                clusters.get(best).addAll(clusters.remove(k));
                types.remove(k);
            }
        }
    }

    /** How well a reading is attested: the confidences of its mentions added up, so that many agree. */
    private static double confidence(List<Mention> ms) {
        return ms.stream().mapToDouble(Mention::confidence).sum();
    }

    /**
     * Whether {@code acronym} can stand for {@code name}: its letters are, in order, capitals of the name,
     * the first one first ("ICE" for "Immigration and Customs Enforcement", "CDC" for "Centers for Disease
     * Control and Prevention"), so that "NEW YORK (AP)" does not make the wire service a name of the city.
     */
    static boolean abbreviates(String acronym, String name) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        StringBuilder capitals = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isUpperCase(c)) {
                    capitals.append(c);
                }
            }
        }
        if (letters.isEmpty() || capitals.length() == 0 || capitals.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < capitals.length() && j < letters.length(); i++) {
            if (capitals.charAt(i) == letters.charAt(j)) {
                j++;
            }
        }
        return j == letters.length();
    }

    /**
     * Words that name an institution of their own when they stand alone: "the House" is not the "White
     * House", "the Senate" not a state's senate.
     */
    private static final Set<String> GENERIC_BODIES = Set.of("House", "Senate", "Congress", "Court", "Council",
            "Office", "Department", "Ministry", "Commission", "Committee", "Board", "Assembly", "Parliament",
            "Government", "Party", "Union", "League", "Police", "Army", "Navy", "Bank", "Cabinet", "Guard",
            "Agency", "Bureau", "Service", "Authority", "Administration", "Church", "University", "School");

    /** Head nouns an organisation's short name drops: "Unity" for "Unity Party", "Globex" for "Globex Corp". */
    private static final Set<String> DROPPED_HEADS = Set.of("Party", "Corp", "Corp.", "Corporation", "Inc", "Inc.",
            "Ltd", "Ltd.", "Co", "Co.", "Company", "Group", "Club", "FC", "Holdings", "plc", "PLC", "LLC");

    /**
     * "Homeland Security" joins "Department of Homeland Security", "Unity" joins "Unity Party" and "United"
     * the one "Harbor City United" when the article uses both: the short name is the long one's end, or its
     * start before a company or party word, and no other organisation of the article fits it as well.
     */
    private static void mergeShortOrgNames(Map<String, List<Mention>> clusters, Map<String, EntityType> types) {
        for (String k : List.copyOf(clusters.keySet())) {
            if (!clusters.containsKey(k) || types.get(k) != EntityType.ORGANIZATION) {
                continue;
            }
            String name = longest(clusters.get(k));
            if (name.contains(" ") || GENERIC_BODIES.contains(name)) {
                continue;
            }
            List<String> fits = new ArrayList<>();
            for (String other : clusters.keySet()) {
                if (other.equals(k) || types.get(other) != EntityType.ORGANIZATION) {
                    continue;
                }
                String longer = longest(clusters.get(other));
                int space = longer.lastIndexOf(' ');
                if (longer.endsWith(" " + name)
                        || space > 0 && longer.substring(0, space).equals(name) && DROPPED_HEADS.contains(longer.substring(space + 1))) {
                    fits.add(other);
                }
            }
            if (fits.size() == 1) {
                clusters.get(fits.get(0)).addAll(clusters.remove(k));
                types.remove(k);
            }
        }
        mergeShortMultiWordOrgNames(clusters, types);
    }

    /** "Homeland Security" joins "Department of Homeland Security" when the article uses both. */
    private static void mergeShortMultiWordOrgNames(Map<String, List<Mention>> clusters, Map<String, EntityType> types) {
        for (String k : List.copyOf(clusters.keySet())) {
            if (!clusters.containsKey(k) || types.get(k) != EntityType.ORGANIZATION) {
                continue;
            }
            String name = longest(clusters.get(k));
            for (String other : List.copyOf(clusters.keySet())) {
                if (other.equals(k) || types.get(other) != EntityType.ORGANIZATION || !clusters.containsKey(other)) {
                    continue;
                }
                String longer = longest(clusters.get(other));
                boolean word = !name.contains(" ") && clusters.get(k).stream().allMatch(m -> m.method().equals("mention:model"));
                if (longer.length() > name.length() && longer.endsWith(" " + name) && (name.contains(" ") || word)) {
                    clusters.get(other).addAll(clusters.remove(k));
                    types.remove(k);
                    break;
                }
            }
        }
    }

    /**
     * The people's mentions of two or more words, by their first and by their last word, each list in
     * offset order, so that a lone name finds the nearest full name with a binary search, not a pass over
     * every mention. Lone names added to clusters later never have two words, so the index stays true.
     */
    private static final class FullNames {
        /** A full-name mention: its offset, its cluster, and its rank in cluster-then-mention order. */
        private record Candidate(int start, String key, int rank, boolean byFirstName) {
        }

        private final Map<String, List<Candidate>> byWord = new HashMap<>();

        FullNames(Map<String, List<Mention>> clusters, Map<String, EntityType> types) {
            int rank = 0;
            for (var e : clusters.entrySet()) {
                if (types.get(e.getKey()) != EntityType.PERSON) {
                    continue;
                }
                for (Mention full : e.getValue()) {
                    String[] parts = full.text().split(" ");
                    if (parts.length > 1) {
                        int r = rank++;
                        byWord.computeIfAbsent(parts[0], k -> new ArrayList<>())
                                .add(new Candidate(full.span().start(), e.getKey(), r, true));
                        if (!parts[parts.length - 1].equals(parts[0])) {
                            byWord.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>())
                                    .add(new Candidate(full.span().start(), e.getKey(), r, false));
                        }
                    }
                }
            }
            byWord.values().forEach(l -> l.sort(Comparator.comparingInt(Candidate::start)
                    .thenComparingInt(Candidate::rank)));
        }

        /**
         * The person whose full name, first or last word {@code m}, is nearest; ties to the earlier cluster.
         * A first name joins only a mention read as a person's ("Jane" said), not an organisation's.
         */
        String personFor(Mention m) {
            List<Candidate> all = byWord.get(m.text());
            List<Candidate> cs = all == null || m.type() == EntityType.PERSON ? all
                    : all.stream().filter(c -> !c.byFirstName()).toList();
            if (cs == null) {
                return null;
            }
            int at = m.span().start();
            int lo = 0;
            int hi = cs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cs.get(mid).start() < at) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Candidate best = null;
            // the nearest before and the nearest at or after, with every candidate at those two offsets
            for (int side = 0; side < 2; side++) {
                int i = side == 0 ? lo - 1 : lo;
                if (i < 0 || i >= cs.size()) {
                    continue;
                }
                int start = cs.get(i).start();
                for (int j = i; j >= 0 && j < cs.size() && cs.get(j).start() == start; j += side == 0 ? -1 : 1) {
                    Candidate c = cs.get(j);
                    int d = Math.abs(c.start() - at);
                    int bd = best == null ? Integer.MAX_VALUE : Math.abs(best.start() - at);
                    if (d < bd || (d == bd && c.rank() < best.rank())) {
                        best = c;
                    }
                }
            }
            return best == null ? null : best.key();
        }
    }

    private Resolution build(Extraction x, Map<String, List<Mention>> clusters, Map<String, EntityType> types) {
        List<Entity> entities = new ArrayList<>();
        Map<Mention, Entity> entityOf = new HashMap<>();
        for (var e : clusters.entrySet()) {
            List<Mention> ms = new ArrayList<>(e.getValue());
            ms.sort(Comparator.comparingInt(m -> m.span().start()));
            EntityType type = types.get(e.getKey());
            String name = longest(ms);
            Set<String> aliases = new LinkedHashSet<>();
            ms.forEach(m -> aliases.add(m.text()));
            aliases.remove(name);
            String slug = e.getKey().substring(e.getKey().indexOf(':') + 1);
            Entity entity = new Entity(slug, type, name, List.copyOf(aliases), ms);
            entities.add(entity);
            ms.forEach(m -> entityOf.put(m, entity));
        }
        return new Resolution(x, entities, entityOf, FactMerger.roles(x.roles(), entityOf),
                FactMerger.events(x.events(), entityOf), FactMerger.quotes(x.quotes(), entityOf));
    }

    /** The fullest written form: the longest, preferring one that is not an acronym. */
    private static String longest(List<Mention> ms) {
        String best = "";
        for (Mention m : ms) {
            String t = m.text();
            boolean acronym = t.equals(t.toUpperCase(Locale.ROOT));
            boolean bestAcronym = !best.isEmpty() && best.equals(best.toUpperCase(Locale.ROOT));
            if (best.isEmpty() || (bestAcronym && !acronym) || (acronym == bestAcronym && t.length() > best.length())) {
                best = t;
            }
        }
        return best;
    }

    /** A lower-case, hyphenated key: "Department of Homeland Security" to "department-of-homeland-security". */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").replace(".", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
