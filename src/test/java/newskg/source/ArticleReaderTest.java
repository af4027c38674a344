package newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTitleAndDateline() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Storm Hits Coast\r\n\r\nMar 3, 2025\r\n\r\nThe storm arrived.\r\n");
        Article a = ArticleReader.read(f);
        assertEquals("a.txt", a.id());
        assertEquals("Storm Hits Coast", a.title());
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
        assertEquals("Storm Hits Coast\n\nMar 3, 2025\n\nThe storm arrived.\n", a.text());
    }

    @Test
    void noDatelineMeansNoDate() throws Exception {
        Path f = Files.writeString(dir.resolve("b.txt"), "Title\n\nA long first paragraph that mentions March 3, 2025 in passing, "
                + "well past the length of any dateline line.\n");
        assertNull(ArticleReader.read(f).published());
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n\n");
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.read(f));
        assertEquals(f + ": empty file, no article text", e.getMessage());
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path f = Files.write(dir.resolve("bin.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.read(f));
        assertEquals(f + ": binary file, not a text article", e.getMessage());
    }

    @Test
    void latin1FileIsRefused() throws Exception {
        Path f = Files.write(dir.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.read(f));
        assertEquals(f + ": not valid UTF-8 text", e.getMessage());
    }

    @Test
    void missingPathIsNamed() {
        Path p = dir.resolve("nope");
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.collect(List.of(p)));
        assertEquals(p + ": no such file or directory", e.getMessage());
    }

    @Test
    void directoryWithoutArticlesIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.md"), "x");
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.collect(List.of(dir)));
        assertEquals(dir + ": directory holds no .txt articles", e.getMessage());
    }

    @Test
    void directoriesAreSearchedInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "B");
        Files.writeString(dir.resolve("a.txt"), "A");
        assertEquals(List.of(new ArticleFile(dir.resolve("a.txt"), "a.txt"), new ArticleFile(dir.resolve("sub/b.txt"), "sub/b.txt")),
                ArticleReader.collect(List.of(dir)));
    }

    @Test
    void sameNameInTwoFoldersIsTwoArticles() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/001.txt"), "X");
        Files.writeString(dir.resolve("y/001.txt"), "Y");
        assertEquals(List.of("x/001.txt", "y/001.txt"), ArticleReader.collect(List.of(dir)).stream().map(ArticleFile::id).toList());
    }

    @Test
    void twoInputsGivingOneArticleIdAreRefused() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("x")).resolve("001.txt"), "X");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("y")).resolve("001.txt"), "Y");
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.collect(List.of(a, b)));
        assertEquals(b + " and " + a + " would both be article '001.txt'; build them separately or rename one", e.getMessage());
    }
}
