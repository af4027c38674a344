package newskg.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newskg.vocab.Prefixes;

/**
 * What the explorer adds to Fuseki's UI ({@code GET /api/ui}, read by {@code fuseki-ui.js}): the
 * project's prefixes for the editor's prefix list, its query files for the example list, and whether
 * the server is read-only (then the UI's "add data" and "edit" controls are hidden).
 * <pre>
 *   UiConfig ui = UiConfig.load(Path.of("queries"), true);
 * </pre>
 * Immutable.
 *
 * @param readOnly true when the server accepts no updates
 * @param prefixes the prefixes, in the UI's order
 * @param queries  the query files, by name
 */
record UiConfig(boolean readOnly, List<Prefix> prefixes, List<ExampleQuery> queries) {
    /** The prefixes offered, as the issue and the query files use them. */
    static final List<String> PREFIXES = List.of("nkg", "skos", "org", "dcterms", "prov", "schema");

    UiConfig {
        prefixes = List.copyOf(prefixes);
        queries = List.copyOf(queries);
    }

    /**
     * The configuration with the {@code .rq} files of {@code queriesDir} (none when it is null or absent).
     *
     * @throws ExploreException when a query file cannot be read
     */
    static UiConfig load(Path queriesDir, boolean readOnly) {
        List<Prefix> prefixes = new ArrayList<>();
        for (String p : PREFIXES) {
            prefixes.add(new Prefix(p, Prefixes.MAPPING.getNsPrefixURI(p)));
        }
        List<ExampleQuery> queries = new ArrayList<>();
        if (queriesDir != null && Files.isDirectory(queriesDir)) {
            try (Stream<Path> files = Files.list(queriesDir)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    String name = f.getFileName().toString();
                    queries.add(new ExampleQuery(name.substring(0, name.length() - 3), title(text), text));
                }
            } catch (IOException e) {
                throw new ExploreException(500, queriesDir + ": cannot read the query files (" + e.getMessage() + ")");
            }
        }
        return new UiConfig(readOnly, prefixes, queries);
    }

    /** The question a query file's first comment asks ("Who holds which role ...?"), or its first line. */
    static String title(String sparql) {
        StringBuilder comment = new StringBuilder();
        for (String line : sparql.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            comment.append(comment.isEmpty() ? "" : " ").append(l.replaceFirst("^#+\\s*", ""));
        }
        String c = comment.toString();
        int q = c.indexOf('?');
        int dot = c.indexOf(". ");
        int end = q >= 0 ? q + 1 : dot >= 0 ? dot : c.length();
        return c.substring(0, end).strip();
    }

    /** A prefix and its namespace. */
    record Prefix(String prefix, String uri) {
    }

    /**
     * A query file.
     *
     * @param name   the file's name without {@code .rq}
     * @param title  what it answers
     * @param sparql its text
     */
    record ExampleQuery(String name, String title, String sparql) {
    }
}
