package newskg.source;

import static newskg.source.Inputs.error;
import static newskg.source.Inputs.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleInputsTest {
    @TempDir
    Path dir;

    private static final String FEED = String.join("\n",
            "{\"id\": \"rv-001\", \"title\": \"Harbor plan approved\", \"text\": \"Mayor Rosa Delgado signed the plan.\", "
                    + "\"published\": \"2025-06-02\", \"url\": \"https://news.example.org/1\", "
                    + "\"source\": {\"id\": \"rd\", \"name\": \"Riverton Daily\"}, \"author\": \"Ana Ortiz\", \"lang\": \"en\"}",
            "",
            "{\"body\": \"Governor Ken Abara welcomed the vote.\", \"publishedAt\": \"2025-06-03T10:00:00Z\", \"views\": 12}",
            "{\"id\": 7, \"content\": \"The council voted seven to two.\", \"date\": \"June 4, 2025\"}",
            "");

    @Test
    void eachLineIsAnArticle() throws Exception {
        Path f = Files.writeString(dir.resolve("feed.jsonl"), FEED);
        List<ArticleInput> inputs = list(ArticleReader.collect(List.of(f)));
        assertEquals(List.of("rv-001", "feed.jsonl:3", "7"), inputs.stream().map(ArticleInput::id).toList());
        assertEquals(List.of(f + ":1", f + ":3", f + ":4"), inputs.stream().map(ArticleInput::origin).toList());
        Article a = inputs.get(0).read();
        assertEquals("Harbor plan approved", a.title());
        assertEquals("Mayor Rosa Delgado signed the plan.", a.text());
        assertEquals(LocalDate.of(2025, 6, 2), a.published());
        assertEquals(new ArticleMetadata("https://news.example.org/1", "Riverton Daily", List.of("Ana Ortiz"), "en",
                Map.of()), a.metadata());
        Article b = inputs.get(1).read();
        assertEquals("Governor Ken Abara welcomed the vote.", b.title());
        assertEquals("2025-06-03T10:00:00Z", b.publication().lexical());
        assertEquals(12, ((Number) b.metadata().extra().get("views")).intValue());
        assertEquals(LocalDate.of(2025, 6, 4), inputs.get(2).read().published());
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndTheOthersRead() throws Exception {
        Path f = Files.writeString(dir.resolve("mixed.ndjson"), String.join("\n",
                "{\"text\": \"First article, fine.\"}",
                "{\"text\": \"unterminated",
                "[1, 2, 3]",
                "{\"title\": \"No text here\"}",
                "{\"text\": \"Second article, fine.\"} trailing",
                "{\"text\": \"12 34\"}",
                "{\"text\": \"Third article, fine.\", \"published\": \"soon\"}",
                "{not json") + "\n");
        List<ArticleInput> inputs = list(ArticleReader.collect(List.of(f)));
        assertEquals(8, inputs.size());
        assertEquals(f + ":8: not JSON (malformed JSON at line 1 column 3)", error(inputs.get(7)));
        assertEquals("First article, fine.", inputs.get(0).read().text());
        assertTrue(error(inputs.get(1)).startsWith(f + ":2: not JSON (Unterminated string"), error(inputs.get(1)));
        assertEquals(f + ":3: not a JSON object (one article a line, as {\"text\": ...})", error(inputs.get(2)));
        assertEquals(f + ":4: no article text (no \"text\", \"body\" or \"content\" field)", error(inputs.get(3)));
        assertTrue(error(inputs.get(4)).startsWith(f + ":5: not JSON ("), error(inputs.get(4)));
        assertEquals(f + ":6: no article text (the text has no letters)", error(inputs.get(5)));
        Article last = inputs.get(6).read();
        assertNull(last.publication());
        assertEquals(List.of(f + ":7: published 'soon' is not a date (such as 2025-09-02 or 2025-09-02T14:30:00Z); "
                + "the article has no publication date"), last.warnings());
    }

    @Test
    void aRepeatedIdIsSkipped() throws Exception {
        Path f = Files.writeString(dir.resolve("dup.jsonl"), "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"a\", \"text\": \"Two.\"}\n");
        List<ArticleInput> inputs = list(ArticleReader.collect(List.of(f)));
        assertEquals("One.", inputs.get(0).read().text());
        assertEquals(f + ":2: article id 'a' is already the id of " + f + ":1; skipped (give it another id)", error(inputs.get(1)));
    }

    @Test
    void gzippedLinesAreReadAndCountedAndAByteOrderMarkIgnored() throws Exception {
        Path f = dir.resolve("feed.jsonl.gz");
        Files.write(f, gzip(("\uFEFF" + FEED).getBytes(StandardCharsets.UTF_8)));
        ArticleInputs inputs = ArticleReader.collect(List.of(f));
        assertEquals(3, inputs.size());
        assertEquals(List.of("rv-001", "feed.jsonl.gz:3", "7"), list(inputs).stream().map(ArticleInput::id).toList());
        assertTrue(inputs.complete());
    }

    @Test
    void aTruncatedGzipFileGivesTheLinesBeforeTheBreakThenAnError() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            lines.append("{\"id\": \"n").append(i).append("\", \"text\": \"Article number ").append(i)
                    .append(" about the harbor plan and the council vote.\"}\n");
        }
        byte[] whole = gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        ArticleInputs inputs = ArticleReader.collect(List.of(f));
        List<ArticleInput> read = list(inputs);
        assertFalse(inputs.complete());
        ArticleInput last = read.get(read.size() - 1);
        assertTrue(read.size() > 100 && read.size() < 2000, "lines read: " + read.size());
        assertEquals(f + ": truncated gzip file (it ends early); lines after " + (read.size() - 1) + " not read", error(last));
        assertEquals("Article number 1 about the harbor plan and the council vote.", read.get(0).read().text());
    }

    @Test
    void aFileNamedGzThatIsNotGzipIsAnError() throws Exception {
        Path f = Files.writeString(dir.resolve("plain.jsonl.gz"), "{\"text\": \"x\"}\n");
        ArticleInputs inputs = ArticleReader.collect(List.of(f));
        List<ArticleInput> read = list(inputs);
        assertEquals(List.of(f + ": not a valid gzip file (Not in GZIP format)"), read.stream().map(Inputs::error).toList());
        assertFalse(inputs.complete());
    }

    @Test
    void aLineThatIsNotUtf8IsSkippedAlone() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("{\"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9);
        b.write("\"}\n{\"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("latin.jsonl"), b.toByteArray());
        List<ArticleInput> read = list(ArticleReader.collect(List.of(f)));
        assertEquals(f + ":1: not valid UTF-8 text", error(read.get(0)));
        assertEquals("Fine.", read.get(1).read().text());
    }

    @Test
    void aDirectoryMixesFilesAndLines() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A title\n\nSome text.\n");
        Files.createDirectories(dir.resolve("feeds"));
        Files.writeString(dir.resolve("feeds/day.jsonl"), "{\"text\": \"One.\"}\n{\"id\": \"a.txt\", \"text\": \"Two.\"}\n");
        List<ArticleInput> read = list(ArticleReader.collect(List.of(dir)));
        assertEquals(List.of("a.txt", "feeds/day.jsonl:1", "a.txt"), read.stream().map(ArticleInput::id).toList());
        assertTrue(error(read.get(2)).contains("article id 'a.txt' is already the id of " + dir.resolve("a.txt")));
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(data);
        }
        return b.toByteArray();
    }
}
