package newskg.source;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reduces Markdown to the words a reader sees: headings, paragraphs, list items and quotations each become
 * a block of text separated by a blank line; emphasis, link targets, images, code marks and inline HTML go.
 * Parsed by commonmark-java (CommonMark 0.31).
 * <pre>
 *   String text = MarkdownText.reduce("# Harbor plan\n\nMayor *Rosa Delgado* met [the governor](https://x.org).");
 *   // "Harbor plan\n\nMayor Rosa Delgado met the governor.\n"
 * </pre>
 * The reduced text is what the graph stores, so offsets refer to it. Thread-safe (the parser is immutable).
 */
public final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {
    }

    /** The text of {@code markdown}: blocks separated by a blank line, a final line end. */
    public static String reduce(String markdown) {
        Node doc = PARSER.parse(markdown);
        Reducer r = new Reducer();
        doc.accept(r);
        String text = r.out.toString().strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    private static final class Reducer extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();

        /** Starts a new block: a blank line after the text so far. */
        private void block() {
            int n = out.length();
            if (n == 0) {
                return;
            }
            if (out.charAt(n - 1) != '\n') {
                out.append("\n\n");
            } else if (n < 2 || out.charAt(n - 2) != '\n') {
                out.append('\n');
            }
        }

        @Override
        public void visit(Paragraph p) {
            // a list item's paragraphs stay on the item's line
            if (!(p.getParent() instanceof ListItem && p.getPrevious() == null)) {
                block();
            }
            visitChildren(p);
        }

        @Override
        public void visit(Heading h) {
            block();
            visitChildren(h);
        }

        @Override
        public void visit(BlockQuote q) {
            block();
            visitChildren(q);
        }

        @Override
        public void visit(BulletList l) {
            block();
            visitChildren(l);
        }

        @Override
        public void visit(OrderedList l) {
            block();
            visitChildren(l);
        }

        @Override
        public void visit(ListItem item) {
            if (item.getPrevious() != null && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            visitChildren(item);
        }

        @Override
        public void visit(Text t) {
            out.append(t.getLiteral());
        }

        @Override
        public void visit(Code c) {
            out.append(c.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak b) {
            out.append('\n');
        }

        @Override
        public void visit(HardLineBreak b) {
            out.append('\n');
        }

        @Override
        public void visit(Image image) {
            // a picture's alt text is not part of the article's text
        }

        @Override
        public void visit(HtmlInline html) {
            // tags only: the words around them are Text nodes
        }

        @Override
        public void visit(HtmlBlock html) {
            String words = Jsoup.parse(html.getLiteral()).text().strip();
            if (!words.isEmpty()) {
                block();
                out.append(words);
            }
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block();
            out.append(code.getLiteral().stripTrailing());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block();
            out.append(code.getLiteral().stripTrailing());
        }

        @Override
        public void visit(ThematicBreak b) {
            block();
        }
    }
}
