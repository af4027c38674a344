package newskg.source;

import static newskg.source.Inputs.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private static String message(Path file) {
        return assertThrows(ArticleException.class, () -> ArticleReader.read(file)).getMessage();
    }

    @Test
    void readsTitleAndDateline() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Storm Hits Coast\r\n\r\nMar 3, 2025\r\n\r\nThe storm arrived.\r\n");
        Article a = ArticleReader.read(f);
        assertEquals("a.txt", a.id());
        assertEquals("Storm Hits Coast", a.title());
        assertEquals(LocalDate.of(2025, 3, 3), a.published());
        assertEquals(DateSource.DATELINE, a.publication().source());
        assertEquals("Storm Hits Coast\n\nMar 3, 2025\n\nThe storm arrived.\n", a.text());
        assertEquals(ArticleMetadata.NONE, a.metadata());
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
        assertEquals(f + ": empty file, no article text", message(f));
    }

    @Test
    void fileWithoutLettersIsNoArticleText() throws Exception {
        Path controls = Files.write(dir.resolve("controls.txt"), new byte[] {1, 2, 3, 7, 8, 0x1B, '\n', 0x7F});
        assertEquals(controls + ": empty file, no article text", message(controls));
        Path digits = Files.writeString(dir.resolve("digits.txt"), "12 34 -- 56 !!\n");
        assertEquals(digits + ": no article text (no letters in it)", message(digits));
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        Path f = Files.write(dir.resolve("bin.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertEquals(f + ": binary file, not a text article", message(f));
    }

    @Test
    void latin1FileIsRefused() throws Exception {
        Path f = Files.write(dir.resolve("latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        assertEquals(f + ": not valid UTF-8 text", message(f));
    }

    @Test
    void utf16AndUtf32WithByteOrderMarkAreDecoded() throws Exception {
        String text = "Harbor Plan Approved\n\nMayor Rosa Delgado signed the plan.\n";
        for (String cs : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8")) {
            Path f = Files.write(dir.resolve(cs + ".txt"), withBom(text, Charset.forName(cs)));
            Article a = ArticleReader.read(f);
            assertEquals(text, a.text(), cs);
            assertEquals("Harbor Plan Approved", a.title(), cs);
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamed() throws Exception {
        Path f = Files.write(dir.resolve("wide.txt"), "Harbor Plan Approved by the council".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(f + ": UTF-16 text without a byte-order mark; save it as UTF-8", message(f));
    }

    private static byte[] withBom(String text, Charset cs) {
        byte[] body = ("\uFEFF" + text).getBytes(cs);
        return body;
    }

    @Test
    void invisibleCharactersNeverReachTheText() throws Exception {
        // a BOM, CRLF, a zero-width space inside a name, a no-break space, a decomposed accent
        Path f = Files.writeString(dir.resolve("z.txt"), "\uFEFFTitle\r\n\r\nRosa Del\u200Bgado met Jose\u0301\u00A0Abara.\r\n");
        Article a = ArticleReader.read(f);
        assertEquals("Title\n\nRosa Delgado met Jos\u00E9 Abara.\n", a.text());
    }

    @Test
    void htmlSavedAsTextIsReadAsAPage() throws Exception {
        Path f = Files.writeString(dir.resolve("page.txt"), "<!DOCTYPE html><html><head><title>Harbor plan | Riverton Daily</title>"
                + "<meta property=\"og:title\" content=\"Harbor plan approved\"></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<article><p>Mayor Rosa Delgado signed the harbor plan on Monday after a long debate in the council.</p>"
                + "</article></body></html>");
        Article a = ArticleReader.read(f);
        assertEquals("Harbor plan approved", a.title());
        assertEquals("Mayor Rosa Delgado signed the harbor plan on Monday after a long debate in the council.\n", a.text());
    }

    @Test
    void jsonLinesFileIsNotOneArticle() throws Exception {
        Path f = Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"A\"}\n");
        assertEquals(f + ": a JSON Lines file holds one article a line; give it to build as input", message(f));
    }

    @Test
    void missingPathIsNamed() {
        Path p = dir.resolve("nope");
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.collect(List.of(p)));
        assertEquals(p + ": no such file or directory", e.getMessage());
    }

    @Test
    void directoryWithoutArticlesIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.pdf"), "x");
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.collect(List.of(dir)));
        assertEquals(dir + ": directory holds no articles (.txt, .md, .html, .htm, .jsonl, .ndjson (.gz))", e.getMessage());
    }

    @Test
    void directoriesAreSearchedInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.md"), "B");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve("c.html"), "<p>C</p>");
        assertEquals(List.of(new ArticleFile(dir.resolve("a.txt"), "a.txt"), new ArticleFile(dir.resolve("c.html"), "c.html"),
                        new ArticleFile(dir.resolve("sub/b.md"), "sub/b.md")), list(ArticleReader.collect(List.of(dir))));
    }

    @Test
    void otherFilesAndBrokenLinksInADirectoryAreReportedHiddenOnesLeftOut() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve("photo.jpg"), "x");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD.txt"), "x");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("missing.txt"));
        List<ArticleInput> inputs = list(ArticleReader.collect(List.of(dir)));
        assertEquals(List.of("a.txt", "gone.txt", "photo.jpg"), inputs.stream().map(ArticleInput::id).toList());
        assertEquals(dir.resolve("gone.txt") + ": broken symbolic link (its target is missing)",
                assertThrows(ArticleException.class, () -> inputs.get(1).read()).getMessage());
        assertEquals(dir.resolve("photo.jpg") + ": not an article file (.jpg file; articles are .txt, .md, .html, .htm, "
                + ".jsonl, .ndjson (.gz))", assertThrows(ArticleException.class, () -> inputs.get(2).read()).getMessage());
    }

    @Test
    void symbolicLinksToFilesAndFoldersAreFollowed() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("x.txt"), "X");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(in.resolve("linked"), elsewhere);
        Files.createSymbolicLink(in.resolve("y.txt"), elsewhere.resolve("x.txt"));
        assertEquals(List.of("linked/x.txt", "y.txt"), list(ArticleReader.collect(List.of(in))).stream().map(ArticleInput::id).toList());
    }

    @Test
    void sameNameInTwoFoldersIsTwoArticles() throws Exception {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/001.txt"), "X");
        Files.writeString(dir.resolve("y/001.txt"), "Y");
        assertEquals(List.of("x/001.txt", "y/001.txt"), list(ArticleReader.collect(List.of(dir))).stream().map(ArticleInput::id).toList());
    }

    @Test
    void twoInputsGivingOneArticleIdAreRefused() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("x")).resolve("001.txt"), "X");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("y")).resolve("001.txt"), "Y");
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.collect(List.of(a, b)));
        assertEquals(b + " and " + a + " would both be article '001.txt'; build them separately or rename one", e.getMessage());
    }

    @Test
    void aFileGivenUnderAnUnknownNameIsReadAsText() throws Exception {
        Path f = Files.writeString(dir.resolve("story"), "Harbor Plan\n\nThe council voted.\n");
        assertEquals("Harbor Plan", ArticleReader.read(f).title());
        assertTrue(list(ArticleReader.collect(List.of(f))).get(0) instanceof ArticleFile);
    }
}
