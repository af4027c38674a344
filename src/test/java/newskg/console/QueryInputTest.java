package newskg.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QueryInputTest {

    @Test
    void semicolonAtTheEndOfALineEndsTheQuery() {
        assertTrue(QueryInput.isComplete("SELECT * WHERE { ?s ?p ?o } LIMIT 3;\n"));
        assertTrue(QueryInput.isComplete("SELECT * WHERE { ?s ?p ?o }\nLIMIT 3 ; # done\n"));
        assertFalse(QueryInput.isComplete("SELECT * WHERE { ?s ?p ?o }\n"));
    }

    @Test
    void semicolonInsideAGroupContinuesThePattern() {
        assertFalse(QueryInput.isComplete("SELECT ?p WHERE {\n  ?p a nkg:Person ;\n"));
        assertFalse(QueryInput.isComplete("SELECT ?p WHERE {\n  ?r a nkg:Role ; org:member [ a nkg:Person ;\n"));
        assertFalse(QueryInput.isComplete("SELECT (GROUP_CONCAT(?n ;\n"));
    }

    @Test
    void semicolonInStringsIrisAndCommentsIsText() {
        assertFalse(QueryInput.isComplete("SELECT * WHERE { ?s ?p \"a;\" }\n"));
        assertFalse(QueryInput.isComplete("SELECT * WHERE { ?s ?p \"\"\"two\nlines;\n"));
        assertFalse(QueryInput.isComplete("SELECT * WHERE { ?s ?p ?o } # not yet;\n"));
        assertTrue(QueryInput.isComplete("SELECT * WHERE { ?s <http://example.org/#a;b> ?o };"));
        assertTrue(QueryInput.isComplete("SELECT * WHERE { ?s ?p ?n FILTER(?n < 3) };"));
        assertTrue(QueryInput.isComplete("SELECT * WHERE { ?s ?p 'it''s' };"));
    }

    @Test
    void semicolonRightAfterAClosingBraceEndsAnUnbalancedQuery() {
        assertTrue(QueryInput.isComplete("SELECT ?p WHERE {\n  FILTER(\n};\n"));
    }

    @Test
    void commandsAndBlankInputAreCompleteAtOnce() {
        assertTrue(QueryInput.isComplete("\\run people"));
        assertTrue(QueryInput.isComplete(""));
        assertTrue(QueryInput.isComplete("  # just a comment\n"));
        assertTrue(QueryInput.isBlank(" \n# comment; \n"));
        assertFalse(QueryInput.isBlank("ASK {}"));
    }

    @Test
    void withoutTerminatorDropsOnlyTheFinalSemicolon() {
        assertEquals("SELECT ?p WHERE { ?p a nkg:Person ; skos:prefLabel ?n } \n",
                QueryInput.withoutTerminator("SELECT ?p WHERE { ?p a nkg:Person ; skos:prefLabel ?n } ;\n"));
        assertEquals("ASK {}", QueryInput.withoutTerminator("ASK {}"));
    }
}
