package newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names of general public knowledge (countries, US states, large cities, federal agencies, parties,
 * major media) with their aliases: {@code U.S.} and {@code America} are the United States.
 * <pre>
 *   Gazetteer g = Gazetteer.load();
 *   g.lookup("DHS");   // Entry[canonical=Department of Homeland Security, type=ORGANIZATION]
 * </pre>
 * Lookups are case-sensitive (so {@code US} is a country and {@code us} a pronoun). Thread-safe (immutable).
 */
public final class Gazetteer {
    /** One known entity: its canonical name (stable across articles) and type. */
    public record Entry(String canonical, EntityType type) {
    }

    private static Gazetteer shared;

    private final Map<String, Entry> names;
    private final int longest;

    private Gazetteer(Map<String, Entry> names) {
        this.names = Map.copyOf(names);
        this.longest = names.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The gazetteer shipped in the jar ({@code newskg/gazetteer/*.txt}). */
    public static synchronized Gazetteer load() {
        if (shared == null) {
            Map<String, Entry> names = new HashMap<>();
            read("places.txt", EntityType.PLACE, names);
            read("organizations.txt", EntityType.ORGANIZATION, names);
            shared = new Gazetteer(names);
        }
        return shared;
    }

    private static void read(String file, EntityType type, Map<String, Entry> names) {
        for (String line : lines(file)) {
            String[] forms = line.split("\\|");
            Entry e = new Entry(forms[0].strip(), type);
            for (String f : forms) {
                names.putIfAbsent(normalize(f.strip()), e);
            }
        }
    }

    /** A one-column list from {@code newskg/gazetteer/}. */
    static java.util.Set<String> readList(String file) {
        return java.util.Set.copyOf(lines(file));
    }

    /** The non-blank, non-comment lines of {@code newskg/gazetteer/FILE}, stripped. */
    private static java.util.List<String> lines(String file) {
        String resource = "/newskg/gazetteer/" + file;
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + resource + " is not on the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Collapses white space and curly apostrophes so that written forms match. */
    static String normalize(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

    /** The entry a written name stands for, if the gazetteer knows it. */
    public Optional<Entry> lookup(String name) {
        String n = normalize(name);
        Entry e = names.get(n);
        if (e == null && n.startsWith("the ")) {
            e = names.get(n.substring(4));
        }
        return Optional.ofNullable(e);
    }

    /** The largest number of words of a known name. */
    public int longestName() {
        return longest;
    }
}
