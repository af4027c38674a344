package newskg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void headingsEmphasisAndLinksBecomePlainWords() {
        assertEquals("Harbor plan\n\nMayor Rosa Delgado met the governor in Riverton.\n",
                MarkdownText.reduce("## Harbor *plan*\n\nMayor **Rosa Delgado** met [the governor](https://x.org \"t\") "
                        + "in `Riverton`.\n"));
    }

    @Test
    void listsAndQuotationsAreBlocksImagesAndHtmlTagsGo() {
        assertEquals("First point\nSecond point\n\nWe will build it, she said.\n\nAfter the picture.\n",
                MarkdownText.reduce("- First point\n- Second point\n\n> We will build it, she said.\n\n"
                        + "![a photo of the harbor](harbor.jpg)\n\nAfter <b>the</b> picture.\n"));
    }

    @Test
    void lineBreaksInAParagraphStayAndEscapesAndEntitiesAreRead() {
        assertEquals("Line one\nline two & *three*.\n", MarkdownText.reduce("Line one\nline two &amp; \\*three\\*.\n"));
    }
}
