package newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

    @Test
    void nestingCountsBracketsOutsideStringsIrisAndComments() {
        assertEquals(0, QueryLimits.nestingDepth("ASK"));
        assertEquals(3, QueryLimits.nestingDepth("SELECT * { { ?s ?p ?o FILTER(?o > 1) } }"));
        assertEquals(1, QueryLimits.nestingDepth("ASK { ?s ?p \"{{{((\" }"));
        assertEquals(1, QueryLimits.nestingDepth("ASK { ?s ?p \"\"\"{\n{\n{\"\"\" }"));
        assertEquals(1, QueryLimits.nestingDepth("ASK { ?s <http://x/(((> ?o } # ((((("));
        assertEquals(2, QueryLimits.nestingDepth("ASK { FILTER(?a < ?b) }"));
    }

    @Test
    void tooDeepANestingIsAQueryExceptionNamingTheLimit() {
        QueryException e = assertThrows(QueryException.class,
                () -> QueryLimits.checkDepth("ASK " + "{".repeat(101) + "}".repeat(101)));
        assertEquals("query nested 101 brackets deep; at most 100 levels are accepted", e.getMessage());
        QueryLimits.checkDepth("ASK " + "{".repeat(100) + "}".repeat(100));
        QueryException parse = assertThrows(QueryException.class, () -> QueryRunner.parse("ASK " + "{".repeat(500)));
        assertTrue(parse.getMessage().startsWith("query nested 500 brackets deep"), parse.getMessage());
    }

    @Test
    void serviceIsFoundWhereverItIs() {
        for (String q : new String[] {
                "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x/> { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE <http://x/> { ?s ?p ?o } } } }",
                "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
                "SELECT * { BIND(EXISTS { SERVICE <http://x/> { } } AS ?b) }",
                "SELECT (EXISTS { SERVICE <http://x/> { } } AS ?b) { }",
                "SELECT ?s { ?s ?p ?o } GROUP BY ?s HAVING (EXISTS { SERVICE <http://x/> { } })",
                "SELECT ?s { ?s ?p ?o } ORDER BY (EXISTS { SERVICE <http://x/> { } })",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }"}) {
            assertTrue(QueryLimits.usesService(QueryFactory.create(q, Syntax.syntaxARQ)), q);
        }
        assertFalse(QueryLimits.usesService(QueryFactory.create(
                "SELECT * { ?s ?p \"SERVICE <http://x/>\" FILTER EXISTS { ?s ?p ?o } }")));
        assertFalse(QueryLimits.usesService(QueryFactory.create("DESCRIBE <http://x/>")));
    }
}
