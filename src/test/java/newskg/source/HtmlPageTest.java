package newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {
    @TempDir
    Path dir;

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-US">
            <head>
              <title>Harbor plan approved | Riverton Daily</title>
              <meta property="og:title" content="Harbor plan approved after long debate">
              <meta property="og:site_name" content="Riverton Daily">
              <meta property="article:published_time" content="2025-06-01T08:00:00Z">
              <link rel="canonical" href="https://news.example.org/2025/06/harbor-plan">
              <script type="application/ld+json">
              {"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Riverton Daily"},
                {"@type": ["NewsArticle"], "headline": "Council approves the harbor plan",
                 "datePublished": "2025-06-02T09:30:00+02:00",
                 "author": [{"@type": "Person", "name": "Ana Ortiz"}, {"@type": "Person", "name": "Ben Cole"}],
                 "publisher": {"@type": "Organization", "name": "Riverton Daily Media"}}]}
              </script>
            </head>
            <body>
              <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
              <div class="ad">Buy harbor cruises now, fifty percent off this week only!</div>
              <article>
                <h1>Council approves the harbor plan</h1>
                <p class="byline">By Ana Ortiz and Ben Cole</p>
                <p>Mayor Rosa Delgado signed the harbor plan on Monday, after the council voted seven to two in
                   favour of the new docks.</p>
                <figure><img src="docks.jpg"><figcaption>The old docks. Photo: Riverton Daily</figcaption></figure>
                <p>&ldquo;We will build it,&rdquo; Delgado said, adding that work would begin in the autumn and that
                   the state had promised help with the cost.</p>
                <p>Governor Ken Abara welcomed the vote.<br>He said the docks would bring jobs to the coast.</p>
              </article>
              <footer>Copyright 2025 Riverton Daily. All rights reserved. <a href="/privacy">Privacy</a></footer>
            </body>
            </html>
            """;

    @Test
    void mainTextWithoutNavigationAdsBylineCaptionsAndFooter() throws Exception {
        Article a = ArticleReader.read(Files.writeString(dir.resolve("harbor.html"), PAGE));
        assertEquals("Mayor Rosa Delgado signed the harbor plan on Monday, after the council voted seven to two in "
                + "favour of the new docks.\n\n\u201CWe will build it,\u201D Delgado said, adding that work would begin "
                + "in the autumn and that the state had promised help with the cost.\n\nGovernor Ken Abara welcomed the "
                + "vote.\nHe said the docks would bring jobs to the coast.\n", a.text());
    }

    @Test
    void metadataFromJsonLdFirstThenMetaTags() throws Exception {
        Article a = ArticleReader.read(Files.writeString(dir.resolve("harbor.html"), PAGE));
        assertEquals("Council approves the harbor plan", a.title());
        assertEquals(OffsetDateTime.of(2025, 6, 2, 9, 30, 0, 0, ZoneOffset.ofHours(2)), a.publication().value());
        assertEquals(DateSource.METADATA, a.publication().source());
        assertEquals(List.of("Ana Ortiz", "Ben Cole"), a.metadata().authors());
        assertEquals("Riverton Daily Media", a.metadata().publisher());
        assertEquals("https://news.example.org/2025/06/harbor-plan", a.metadata().url());
        assertEquals("en-US", a.metadata().language());
    }

    @Test
    void metaTagsAndTimeElementWithoutJsonLd() throws Exception {
        String page = PAGE.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
        Article a = ArticleReader.read(Files.writeString(dir.resolve("harbor.htm"), page));
        assertEquals("Harbor plan approved after long debate", a.title());
        assertEquals("2025-06-01T08:00:00Z", a.publication().lexical());
        assertEquals("Riverton Daily", a.metadata().publisher());
        String timeOnly = "<html><body><article><time datetime=\"2025-06-03\">3 June</time><p>Mayor Rosa Delgado "
                + "signed the harbor plan on Monday after the council vote.</p></article></body></html>";
        assertEquals("2025-06-03", ArticleReader.read(Files.writeString(dir.resolve("t.html"), timeOnly)).publication().lexical());
    }

    @Test
    void theEncodingComesFromTheMetaCharset() throws Exception {
        String page = "<html><head><meta charset=\"ISO-8859-1\"><title>Caf\u00E9 reopens</title></head><body><p>The "
                + "caf\u00E9 on Harbor Street reopened on Monday after a long renovation.</p></body></html>";
        Path f = Files.write(dir.resolve("cafe.html"), page.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(ArticleReader.read(f).text().startsWith("The caf\u00E9 on Harbor Street"));
    }

    @Test
    void aPageWithoutMainTextIsAnError() throws Exception {
        Path nav = Files.writeString(dir.resolve("nav.html"), "<html><head><title>Riverton Daily</title></head><body><nav>"
                + "<a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<footer>Copyright 2025</footer></body></html>");
        assertEquals(nav + ": no main text found in the HTML page (only navigation, links or scripts)",
                assertThrows(ArticleException.class, () -> ArticleReader.read(nav)).getMessage());
        Path shell = Files.writeString(dir.resolve("app.html"), "<html><head><title>App</title></head><body><div id=\"root\">"
                + "</div><script>render()</script></body></html>");
        assertThrows(ArticleException.class, () -> ArticleReader.read(shell));
    }

    @Test
    void brokenJsonLdIsPassedOver() throws Exception {
        String page = PAGE.replace("\"headline\"", "headline: oops,");
        Article a = ArticleReader.read(Files.writeString(dir.resolve("broken.html"), page));
        assertEquals("Harbor plan approved after long debate", a.title());
        assertFalse(a.text().contains("Home"));
    }
}
