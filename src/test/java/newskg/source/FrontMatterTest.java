package newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterTest {
    @TempDir
    Path dir;

    private Article read(String name, String content) throws Exception {
        return ArticleReader.read(Files.writeString(dir.resolve(name), content));
    }

    private String error(String name, String content) throws Exception {
        Path f = Files.writeString(dir.resolve(name), content);
        return assertThrows(ArticleException.class, () -> ArticleReader.read(f)).getMessage();
    }

    @Test
    void frontMatterFieldsBecomeMetadataAndTheBodyTheText() throws Exception {
        Article a = read("harbor.txt", "---\r\ntitle: Board names a new harbor chief\r\npublished: 2025-09-02\r\n"
                + "url: https://example.org/news/123\r\nsource: Riverton Daily\r\nauthors: [Ana Ortiz, Ben Cole]\r\n"
                + "language: en-GB\r\nsection: Business\r\ntags: [ports, jobs]\r\n---\r\n"
                + "The board named Ines Walcott chief on Monday.\r\n");
        assertEquals("harbor.txt", a.id());
        assertEquals("Board names a new harbor chief", a.title());
        assertEquals(LocalDate.of(2025, 9, 2), a.published());
        assertEquals(DateSource.METADATA, a.publication().source());
        assertEquals("The board named Ines Walcott chief on Monday.\n", a.text());
        assertEquals(new ArticleMetadata("https://example.org/news/123", "Riverton Daily", List.of("Ana Ortiz", "Ben Cole"),
                "en-GB", Map.of("section", "Business", "tags", List.of("ports", "jobs"))), a.metadata());
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void publishedMayBeADateTimeWithOrWithoutZone() throws Exception {
        Article zoned = read("z.md", "---\npublished: 2025-09-02T23:30:00-04:00\nauthor: By Ana Ortiz\n---\nText here.\n");
        assertEquals(OffsetDateTime.of(2025, 9, 2, 23, 30, 0, 0, ZoneOffset.ofHours(-4)), zoned.publication().value());
        assertEquals(LocalDate.of(2025, 9, 2), zoned.published()); // the day where it was published
        assertEquals("2025-09-02T23:30:00-04:00", zoned.publication().lexical());
        assertEquals(List.of("Ana Ortiz"), zoned.metadata().authors());
        Article local = read("l.md", "---\npublished: 2025-09-02 08:15\n---\nText here.\n");
        assertEquals(LocalDateTime.of(2025, 9, 2, 8, 15), local.publication().value());
        assertEquals("2025-09-02T08:15:00", local.publication().lexical());
    }

    @Test
    void publishedThatIsNotADateLoadsWithoutDateAndAWarningNamingTheValue() throws Exception {
        Article a = read("soon.md", "---\ntitle: Soon\npublished: next Tuesday\n---\nThe council met on Monday.\n");
        assertNull(a.publication());
        assertEquals(List.of(dir.resolve("soon.md") + ":3: published 'next Tuesday' is not a date (such as 2025-09-02 or "
                + "2025-09-02T14:30:00Z); the article has no publication date"), a.warnings());
    }

    @Test
    void aBadUrlOrLanguageIsLeftOutWithAWarning() throws Exception {
        Article a = read("u.txt", "---\nurl: /news/123\nlanguage: not a language\n---\nText here.\n");
        assertNull(a.metadata().url());
        assertNull(a.metadata().language());
        assertEquals(2, a.warnings().size());
        assertEquals(dir.resolve("u.txt") + ":2: url '/news/123' is not an absolute http(s) address; left out", a.warnings().get(0));
    }

    @Test
    void unclosedFrontMatterIsAnErrorNamingTheLine() throws Exception {
        assertEquals(dir.resolve("open.md") + ":1: front matter opened with --- is not closed (no --- line after it)",
                error("open.md", "---\ntitle: Open\npublished: 2025-09-02\nThe body starts here.\n"));
    }

    @Test
    void frontMatterThatIsNotYamlIsAnErrorNamingTheLine() throws Exception {
        assertEquals(dir.resolve("bad.md") + ":3: front matter is not YAML (mapping values are not allowed here)",
                error("bad.md", "---\ntitle: fine\nsummary: Breaking: the board met\n---\nBody.\n"));
        assertEquals(dir.resolve("list.md") + ":2: front matter is not a list of keys and values (it is a list)",
                error("list.md", "---\n- one\n- two\n---\nBody.\n"));
    }

    @Test
    void aTextWithoutFrontMatterKeepsItsFirstLineAsTitle() throws Exception {
        Article a = read("plain.txt", "Harbor Plan\n---\nSigned.\n");
        assertEquals("Harbor Plan", a.title());
        assertEquals("Harbor Plan\n---\nSigned.\n", a.text());
    }

    @Test
    void markdownBodiesAreReducedToTheirWords() throws Exception {
        Article a = read("m.md", "---\ntitle: Harbor plan\n---\n# Harbor plan\n\nMayor *Rosa Delgado* met "
                + "[Governor Ken Abara](https://example.org/abara) on **Monday**.\n");
        assertEquals("Harbor plan\n\nMayor Rosa Delgado met Governor Ken Abara on Monday.\n", a.text());
    }
}
