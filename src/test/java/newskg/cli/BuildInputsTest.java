package newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import newskg.store.GraphStore;
import newskg.store.Validator;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newskg build} over every input format: what the store holds, and what bad input prints. */
class BuildInputsTest {
    private static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/> ";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private static List<Map<String, String>> select(Path store, String query) {
        try (GraphStore gs = GraphStore.open(store)) {
            return Txn.calculateRead(gs.dataset(), () -> {
                List<Map<String, String>> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.create(PREFIXES + query, gs.dataset())) {
                    qe.execSelect().forEachRemaining((QuerySolution s) -> {
                        Map<String, String> row = new HashMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                                ? s.getLiteral(v).getLexicalForm() + (s.getLiteral(v).getDatatypeURI().endsWith("#string")
                                ? "" : "^^" + s.getLiteral(v).getDatatypeURI().replaceAll(".*#", "xsd:"))
                                : s.get(v).toString()));
                        rows.add(row);
                    });
                }
                return rows;
            });
        }
    }

    /** A front-matter Markdown file with a BOM, CRLF, a zero-width space in a name and a decomposed accent. */
    private static final String MARKDOWN = "\uFEFF---\r\ntitle: Harbor board names a chief\r\npublished: 2025-09-02T14:30:00Z\r\n"
            + "url: https://news.example.org/harbor\r\nsource: Riverton Daily\r\nauthors: [Ana Ortiz]\r\nlanguage: en\r\n---\r\n"
            + "# Harbor board names a chief\r\n\r\nThe harbor board named **Ines Wal\u200Bcott** its chief on Monday, "
            + "said Mayor Rosa Delgado.\r\n\r\nGovernor Ken Abara met Jose\u0301 Marti\u0301nez in [Riverton](https://x.org) "
            + "on Tuesday.\r\n";
    private static final String JSONL = "{\"id\": \"wire/101\", \"title\": \"Council backs port\", \"published\": "
            + "\"2025-09-03\", \"source\": {\"name\": \"Riverton Wire\"}, \"text\": \"Senator Dana Whitcombe met Mayor "
            + "Rosa Delgado in Riverton on Wednesday.\\r\\n\\r\\n\\u201CThe port will grow,\\u201D Whitcombe told reporters "
            + "after the meeting.\"}\n"
            + "{\"text\": \"Governor Ken Abara visited Lakeview\\u00A0Harbor yesterday, officials said.\", \"date\": \"2025-09-04\"}\n";
    private static final String HTML = "<!DOCTYPE html><html lang=\"en\"><head><title>Port deal | Riverton Daily</title>"
            + "<meta property=\"og:title\" content=\"Port deal signed\"><meta property=\"article:published_time\" "
            + "content=\"2025-09-05\"><link rel=\"canonical\" href=\"https://news.example.org/port-deal\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Port deal signed</h1>"
            + "<p>Mayor Rosa Delgado and Senator Dana Whitcombe signed the port deal in Riverton on Friday.</p>"
            + "<p>&ldquo;This is a good day for the harbor,&rdquo; Delgado said after the ceremony at the docks.</p>"
            + "</article><footer>Copyright 2025 Riverton Daily</footer></body></html>";

    @Test
    void everyFormatLoadsAndEveryStoredWordIsTheStoredTextAtItsOffsets() throws Exception {
        write("harbor.md", MARKDOWN);
        write("feeds/day.jsonl", JSONL);
        write("port.html", HTML);
        write("plain.txt", "Harbor Notes\n\nMar 3, 2025\n\nMayor Rosa Delgado spoke in Riverton.\n");
        Path store = dir.resolve("store");
        Cli.Run r = Cli.run("build", "--input", dir.resolve("in").toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(": 5 articles,"), r.out());

        List<Map<String, String>> words = select(store, "SELECT ?a ?text ?w ?b ?e WHERE { GRAPH ?g { ?a a nkg:Article ; "
                + "nkg:text ?text . ?x nkg:anchorOf ?w ; nkg:beginIndex ?b ; nkg:endIndex ?e } }");
        Map<String, Integer> perArticle = new HashMap<>();
        for (Map<String, String> row : words) {
            String text = row.get("text");
            int b = Integer.parseInt(row.get("b").replaceAll("\\^\\^.*", ""));
            int e = Integer.parseInt(row.get("e").replaceAll("\\^\\^.*", ""));
            assertEquals(row.get("w"), text.substring(b, e), row.get("a"));
            perArticle.merge(row.get("a"), 1, Integer::sum);
        }
        assertEquals(5, perArticle.size(), perArticle.toString());
        perArticle.values().forEach(n -> assertTrue(n >= 2, perArticle.toString()));
        List<Map<String, String>> sentences = select(store, "SELECT ?text ?s ?b ?e WHERE { GRAPH ?g { ?a nkg:text ?text . "
                + "?x nkg:inArticle ?a ; nkg:text ?s ; nkg:beginIndex ?b ; nkg:endIndex ?e } }");
        assertFalse(sentences.isEmpty());
        for (Map<String, String> row : sentences) {
            int b = Integer.parseInt(row.get("b").replaceAll("\\^\\^.*", ""));
            int e = Integer.parseInt(row.get("e").replaceAll("\\^\\^.*", ""));
            assertEquals(row.get("s"), row.get("text").substring(b, e));
        }
        // names are whole despite the zero-width space and the decomposed accents
        List<String> people = select(store, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?n WHERE { GRAPH ?g "
                + "{ ?p a nkg:Person ; skos:prefLabel ?n } }").stream().map(m -> m.get("n")).distinct().sorted().toList();
        assertTrue(people.contains("Ines Walcott"), people.toString());
        assertTrue(people.contains("Jos\u00E9 Mart\u00EDnez"), people.toString());
        try (GraphStore gs = GraphStore.open(store)) {
            assertEquals(List.of(), Validator.newskgShapes().validate(gs));
        }
    }

    @Test
    void theArticleNodeSaysWhatItsSourceSays() throws Exception {
        write("harbor.md", MARKDOWN);
        write("feeds/day.jsonl", JSONL);
        write("port.html", HTML);
        write("plain.txt", "Harbor Notes\n\nMar 3, 2025\n\nMayor Rosa Delgado spoke in Riverton.\n");
        Path store = dir.resolve("store");
        assertEquals(0, Cli.run("build", "--input", dir.resolve("in").toString(), "--store", store.toString()).exit());
        Map<String, Map<String, String>> byFile = new HashMap<>();
        for (Map<String, String> row : select(store, "SELECT ?file ?title ?issued ?from ?url ?source ?creator ?lang WHERE { "
                + "GRAPH ?g { ?a a nkg:Article ; nkg:sourceFile ?file ; dcterms:title ?title . "
                + "OPTIONAL { ?a dcterms:issued ?issued ; nkg:dateSource ?from } OPTIONAL { ?a schema:url ?url } "
                + "OPTIONAL { ?a dcterms:source ?source } OPTIONAL { ?a dcterms:creator ?creator } "
                + "OPTIONAL { ?a dcterms:language ?lang } } }")) {
            byFile.put(row.get("file"), row);
        }
        assertEquals(Map.of("file", "harbor.md", "title", "Harbor board names a chief", "issued",
                "2025-09-02T14:30:00Z^^xsd:dateTime", "from", "metadata", "url", "https://news.example.org/harbor",
                "source", "Riverton Daily", "creator", "Ana Ortiz", "lang", "en"), byFile.get("harbor.md"));
        assertEquals(Map.of("file", "wire/101", "title", "Council backs port", "issued", "2025-09-03^^xsd:date",
                "from", "metadata", "source", "Riverton Wire"), byFile.get("wire/101"));
        assertEquals("Governor Ken Abara visited Lakeview Harbor yesterday, officials said.",
                byFile.get("feeds/day.jsonl:2").get("title"));
        assertEquals(Map.of("file", "port.html", "title", "Port deal signed", "issued", "2025-09-05^^xsd:date",
                "from", "metadata", "url", "https://news.example.org/port-deal", "lang", "en"), byFile.get("port.html"));
        assertEquals(Map.of("file", "plain.txt", "title", "Harbor Notes", "issued", "2025-03-03^^xsd:date",
                "from", "dateline"), byFile.get("plain.txt"));
        // dates against the publication date: "yesterday" in an article of 2025-09-04
        List<String> dates = select(store, "SELECT ?d WHERE { GRAPH <https://w3id.org/newskg/id/article/feeds/day.jsonl%3A2> "
                + "{ ?e a nkg:Event ; nkg:date ?d } }").stream().map(m -> m.get("d")).toList();
        assertEquals(List.of("2025-09-03^^xsd:date"), dates);
    }

    @Test
    void badInputsAreOneLineEachNamingFileAndLineAndWhatWasStoredStays() throws Exception {
        Path store = dir.resolve("store");
        Path good = Files.createDirectories(dir.resolve("good"));
        Files.writeString(good.resolve("kept.txt"), "Kept\n\nMayor Rosa Delgado spoke in Riverton.\n");
        assertEquals(0, Cli.run("build", "--input", good.toString(), "--store", store.toString()).exit());
        long before = select(store, "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }").size();

        Path open = write("open.md", "---\ntitle: Open\nThe body.\n");
        Path notYaml = write("bad.md", "---\ntitle: fine\nsummary: Breaking: news\n---\nBody text here.\n");
        Path date = write("date.md", "---\npublished: sometime soon\n---\nMayor Rosa Delgado spoke in Riverton.\n");
        Path feed = write("feed.jsonl", "{\"text\": \"Senator Dana Whitcombe spoke in Riverton.\"}\n{\"text\": oops}\n"
                + "{\"title\": \"no text\"}\n");
        Path page = write("nav.html", "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav></body></html>");
        Path photo = write("photo.png", "not an article");
        Path link = Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("nowhere.txt"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"id\": \"g").append(i).append("\", \"text\": \"Line ").append(i).append(" of the feed.\"}\n");
        }
        byte[] gz = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = Files.write(dir.resolve("in/cut.jsonl.gz"), Arrays.copyOf(gz, gz.length - 30));

        Cli.Run r = Cli.run("build", "--input", dir.resolve("in").toString(), "--store", store.toString(), "--replace");
        assertEquals(1, r.exit());
        List<String> err = r.err().lines().toList();
        assertTrue(err.contains("newskg: skipped " + open + ":1: front matter opened with --- is not closed (no --- line "
                + "after it)"), r.err());
        assertTrue(err.contains("newskg: skipped " + notYaml + ":3: front matter is not YAML (mapping values are not "
                + "allowed here)"), r.err());
        assertTrue(err.contains("newskg: warning: " + date + ":2: published 'sometime soon' is not a date (such as "
                + "2025-09-02 or 2025-09-02T14:30:00Z); the article has no publication date"), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("newskg: skipped " + feed + ":2: not JSON (")), r.err());
        assertTrue(err.contains("newskg: skipped " + feed + ":3: no article text (no \"text\", \"body\" or \"content\" "
                + "field)"), r.err());
        assertTrue(err.contains("newskg: skipped " + page + ": no main text found in the HTML page (only navigation, "
                + "links or scripts)"), r.err());
        assertTrue(err.contains("newskg: skipped " + link + ": broken symbolic link (its target is missing)"), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("newskg: skipped " + photo + ": not an article file (.png file")), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith("newskg: skipped " + cut + ": truncated gzip file (it ends "
                + "early); lines after ")), r.err());
        assertTrue(err.contains("newskg: warning: --replace not applied: an input was not read to its end, so no article "
                + "was removed"), r.err());
        assertEquals(err.size(), err.stream().filter(l -> l.startsWith("newskg: ")).count(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        // the good inputs loaded, and the article stored before is still there, whole
        List<String> files = select(store, "SELECT ?f WHERE { GRAPH ?g { ?a nkg:sourceFile ?f } }").stream()
                .map(m -> m.get("f")).toList();
        assertTrue(files.containsAll(List.of("kept.txt", "date.md", "feed.jsonl:1", "g0", "g1")), files.toString());
        assertEquals(before, select(store, "SELECT ?s WHERE { GRAPH <https://w3id.org/newskg/id/article/kept> "
                + "{ ?s ?p ?o } }").size());
    }

    @Test
    void aMissingInputFailsBeforeTheStoreIsTouched() {
        Path store = dir.resolve("store");
        Cli.Run r = Cli.run("build", "--input", dir.resolve("nope.jsonl").toString(), "--store", store.toString());
        assertEquals(1, r.exit());
        assertEquals("newskg: " + dir.resolve("nope.jsonl") + ": no such file or directory\n", r.err());
        assertFalse(Files.exists(store));
    }

    /**
     * A 360 MB JSON Lines file (90 articles, each line padded to 4 MB with a field newskg keeps but does not
     * read) builds in a JVM whose heap (320 MB, of which the models, the entity model included, take about
     * 150 MB) could not hold the file: lines are streamed.
     */
    @Test
    void aLargeJsonLinesFileIsStreamedWithABoundedHeap() throws Exception {
        Path big = dir.resolve("big.jsonl");
        String padding = "x".repeat(4 << 20);
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 90; i++) {
                out.write("{\"id\": \"big-" + i + "\", \"text\": \"Mayor Rosa Delgado met Governor Ken Abara in "
                        + "Riverton on Monday.\", \"padding\": \"" + padding + "\"}\n");
            }
        }
        assertTrue(Files.size(big) > 360_000_000L);
        Path store = dir.resolve("store");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx320m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--input", big.toString(), "--store", store.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("Built " + store + ": 90 articles,"), output);
        Files.delete(big);
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(data);
        }
        return b.toByteArray();
    }
}
