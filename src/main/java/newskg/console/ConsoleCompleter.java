package newskg.console;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newskg.query.ResultFormat;
import newskg.vocab.Prefixes;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: backslash commands and their arguments (query names, formats), SPARQL keywords,
 * the newskg prefixes and the ontology's terms ({@link OntologyTerms}).
 * <pre>
 *   LineReaderBuilder.builder().completer(new ConsoleCompleter(Path.of("queries")))...
 * </pre>
 * JLine keeps the candidates that start with the word typed; the reader is set to ignore case, so
 * {@code sel} finds {@code SELECT}. Thread-safe: the candidate lists never change.
 */
final class ConsoleCompleter implements Completer {
    static final List<String> KEYWORDS = List.of(
            "SELECT", "DISTINCT", "REDUCED", "AS", "CONSTRUCT", "DESCRIBE", "ASK", "FROM", "NAMED", "WHERE",
            "ORDER", "BY", "ASC", "DESC", "LIMIT", "OFFSET", "GROUP", "HAVING", "VALUES", "OPTIONAL", "UNION",
            "MINUS", "FILTER", "BIND", "GRAPH", "SERVICE", "NOT", "EXISTS", "IN", "PREFIX", "BASE",
            "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT", "SEPARATOR", "STR", "LANG",
            "LANGMATCHES", "DATATYPE", "BOUND", "IRI", "CONTAINS", "STRSTARTS", "STRENDS", "LCASE", "UCASE",
            "REGEX", "REPLACE", "YEAR", "MONTH", "DAY", "NOW", "COALESCE", "IF", "ISIRI", "ISLITERAL", "ISBLANK");

    private final List<Candidate> commands = new ArrayList<>();
    private final List<Candidate> formats = new ArrayList<>();
    private final List<Candidate> sparql = new ArrayList<>();
    private final Path queriesDir;

    /**
     * @param queriesDir where {@code \run NAME} finds its queries, for completing NAME
     */
    ConsoleCompleter(Path queriesDir) {
        this.queriesDir = queriesDir;
        for (String name : Commands.NAMES) {
            commands.add(new Candidate(name, name, "commands", null, null, null, true));
        }
        for (ResultFormat f : Session.FORMATS) {
            String name = f.name().toLowerCase(Locale.ROOT);
            formats.add(new Candidate(name, name, "formats", null, null, null, true));
        }
        for (String keyword : KEYWORDS) {
            sparql.add(new Candidate(keyword, keyword, "keywords", null, null, null, true));
        }
        for (String prefix : Prefixes.MAPPING.getNsPrefixMap().keySet()) {
            // Not complete: no space after "nkg:", the local name follows.
            sparql.add(new Candidate(prefix + ":", prefix + ":", "prefixes", null, null, null, false));
        }
        for (OntologyTerms.Term term : OntologyTerms.load()) {
            String group = !term.name().startsWith("nkg:") ? "other vocabularies"
                    : term.kind().equals("class") ? "newskg classes" : "newskg properties";
            sparql.add(new Candidate(term.name(), term.name(), group, term.label(), null, null, true));
        }
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        boolean isCommand = !words.isEmpty() && words.get(0).startsWith("\\");
        if (line.wordIndex() == 0) {
            candidates.addAll(commands);
            candidates.addAll(sparql);
        } else if (isCommand && line.wordIndex() == 1 && words.get(0).equals("\\run")) {
            for (String name : Commands.queryNames(queriesDir)) {
                candidates.add(new Candidate(name, name, "queries", null, null, null, true));
            }
        } else if (isCommand && line.wordIndex() == 1 && words.get(0).equals("\\format")) {
            candidates.addAll(formats);
        } else if (!isCommand) {
            candidates.addAll(sparql);
        }
    }
}
