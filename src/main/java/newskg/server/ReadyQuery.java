package newskg.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import newskg.vocab.NKG;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;

/**
 * A ready-made SPARQL query for the start-up message, with a link that opens Fuseki's UI query
 * editor pre-filled with it. The UI (jena-fuseki-ui 5.6.0) reads the {@code query} parameter of its
 * route {@code #/dataset/NAME/query?query=...} and puts it in the editor; the user presses run.
 * <pre>
 *   for (ReadyQuery q : ReadyQuery.forStartup(Path.of("queries"))) {
 *       out.println(q.title() + ": " + q.uiLink("http://127.0.0.1:3030/", "newskg"));
 *   }
 * </pre>
 * Immutable.
 *
 * @param title  what the query shows, for people
 * @param sparql the query text, prefixes included
 */
public record ReadyQuery(String title, String sparql) {
    private static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\n"
            + "PREFIX skos: <" + SKOS.uri + ">\n"
            + "PREFIX org: <" + ORG.NS + ">\n";

    /** People with their names and the roles (titles) the articles give them. */
    public static final ReadyQuery PEOPLE_AND_ROLES = new ReadyQuery("People and their roles", PREFIXES + """
            SELECT DISTINCT ?name ?title ?person WHERE {
              ?person a nkg:Person ; skos:prefLabel ?name .
              OPTIONAL { ?role a nkg:Role ; org:member ?person ; nkg:title ?title . }
            }
            ORDER BY LCASE(?name) ?title
            """);

    /** Events with their type, date and participants, dated ones first, oldest first. */
    public static final ReadyQuery EVENTS_BY_DATE = new ReadyQuery("Events by date", PREFIXES + """
            SELECT ?date ?type ?event (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?participants) WHERE {
              ?event a nkg:Event , ?type .
              FILTER(?type != nkg:Event && STRSTARTS(STR(?type), STR(nkg:)))
              OPTIONAL { ?event nkg:date ?date }
              OPTIONAL { ?event nkg:participant/skos:prefLabel ?who }
            }
            GROUP BY ?date ?type ?event
            ORDER BY DESC(BOUND(?date)) ?date ?type
            """);

    /** The built-in queries, in order. */
    public static final List<ReadyQuery> ALL = List.of(PEOPLE_AND_ROLES, EVENTS_BY_DATE);

    /** The project's query files that stand for the built-in ones, by position in {@link #ALL}. */
    private static final List<String> FILES = List.of("role-holders.rq", "events-by-date.rq");

    /**
     * The queries the start-up message links to: the project's {@code role-holders.rq} and
     * {@code events-by-date.rq} in {@code queriesDir} (the ones the console runs), each replaced by
     * its built-in counterpart when the file is not there (a server started outside the project).
     *
     * @throws ServerException when a file is there but cannot be read
     */
    public static List<ReadyQuery> forStartup(Path queriesDir) {
        List<ReadyQuery> queries = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            Path file = queriesDir.resolve(FILES.get(i));
            queries.add(Files.isRegularFile(file) ? fromFile(ALL.get(i).title(), file) : ALL.get(i));
        }
        return List.copyOf(queries);
    }

    /**
     * A query read from a file.
     *
     * @throws ServerException when the file cannot be read
     */
    public static ReadyQuery fromFile(String title, Path file) {
        try {
            return new ReadyQuery(title, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerException(file + ": cannot read the query (" + e.getMessage() + ")", e);
        }
    }

    public ReadyQuery {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sparql, "sparql");
    }

    /**
     * The UI link that opens the query editor of {@code dataset} on this query.
     *
     * @param serverUrl the server's base URL, ending in {@code /}
     * @param dataset   the dataset name, without a slash
     */
    public String uiLink(String serverUrl, String dataset) {
        // %20, not '+', for spaces: the UI's router decodes the hash part itself.
        String encoded = URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
        return serverUrl + "#/dataset/" + dataset + "/query?query=" + encoded;
    }
}
