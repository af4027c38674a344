package newskg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The query files in {@code queries/}, run as a user pasting them into Fuseki would: parsed without
 * predeclared prefixes, results as the strings SPARQL CSV would hold (IRIs, lexical forms, "" unbound).
 * <pre>
 *   QueryFiles.Table t = QueryFiles.run(dataset, "people.rq");
 * </pre>
 */
final class QueryFiles {
    static final Path DIR = Path.of("queries");

    private QueryFiles() {
    }

    /** A result table: the columns in order and one map per row. */
    record Table(List<String> columns, List<Map<String, String>> rows) {
        /** The rows that {@code test} accepts. */
        List<Map<String, String>> where(Predicate<Map<String, String>> test) {
            return rows.stream().filter(test).collect(Collectors.toList());
        }

        /** True when some row has all the given column values ({@code "name", "Ana Lopez", ...}). */
        boolean has(String... columnValuePairs) {
            return !where(r -> matches(r, columnValuePairs)).isEmpty();
        }

        /** The values of one column, in row order. */
        List<String> column(String name) {
            return rows.stream().map(r -> r.get(name)).collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return columns + "\n" + rows.stream().map(Map::toString).collect(Collectors.joining("\n"));
        }
    }

    static boolean matches(Map<String, String> row, String... columnValuePairs) {
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            if (!columnValuePairs[i + 1].equals(row.get(columnValuePairs[i]))) {
                return false;
            }
        }
        return true;
    }

    /** The names of all query files, sorted. */
    static List<String> names() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file as Fuseki would: no prefixes but its own. */
    static Query parse(String text) {
        return QueryFactory.create(text);
    }

    static Table run(Dataset ds, String name) {
        return runText(ds, text(name));
    }

    /** Runs {@code name} with {@code from} replaced by {@code to} (to edit its VALUES), checking that it occurs. */
    static Table run(Dataset ds, String name, String from, String to) {
        String text = text(name);
        if (!text.contains(from)) {
            throw new AssertionError(name + " does not contain " + from);
        }
        return runText(ds, text.replace(from, to));
    }

    static Table runText(Dataset ds, String text) {
        Query q = parse(text);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                ResultSet rs = qe.execSelect();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        row.put(v, csv(s.get(v)));
                    }
                    rows.add(row);
                }
                return new Table(List.copyOf(rs.getResultVars()), rows);
            }
        });
    }

    private static String csv(RDFNode n) {
        if (n == null) {
            return "";
        }
        if (n.isURIResource()) {
            return n.asResource().getURI();
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm();
        }
        return "_:" + n.asResource().getId();
    }
}
