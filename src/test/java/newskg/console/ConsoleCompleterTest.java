package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleCompleterTest {
    @TempDir
    Path queries;

    /** What JLine offers after Tab at the end of {@code typed}: the candidates that start with the word typed. */
    private List<String> complete(String typed) {
        ParsedLine line = new StatementParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        new ConsoleCompleter(queries).complete(null, line, candidates);
        return candidates.stream().map(Candidate::value).filter(v -> v.startsWith(line.word())).sorted().toList();
    }

    @Test
    void completesOntologyTermsAfterAPrefix() {
        assertEquals(List.of("nkg:Person", "nkg:PersonnelChange"), complete("SELECT ?p WHERE {?p a nkg:Pe"));
        assertEquals(List.of("nkg:Place"), complete("SELECT ?p WHERE {\n  ?e a nkg:Pla"));
        assertTrue(complete("SELECT ?p WHERE { ?p nkg:").containsAll(List.of("nkg:Person", "nkg:saidBy", "nkg:title")));
    }

    @Test
    void completesPrefixesKeywordsAndOtherVocabularies() {
        assertEquals(List.of("org:", "org:Membership", "org:Organization", "org:member", "org:memberDuring", "org:organization",
                "organization:"), complete("SELECT * { ?r org"));
        assertTrue(complete("SEL").contains("SELECT"));
        assertTrue(complete("SELECT ?n { ?p skos:").contains("skos:prefLabel"));
    }

    @Test
    void completesCommandsAndTheirArguments() throws IOException {
        Files.writeString(queries.resolve("people.rq"), "SELECT * {}");
        Files.writeString(queries.resolve("events.rq"), "SELECT * {}");

        assertEquals(List.of("\\run"), complete("\\ru"));
        assertEquals(List.of("events", "people"), complete("\\run "));
        assertEquals(List.of("csv"), complete("\\format c"));
    }
}
