package newskg.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of article input newskg reads, told by the file name (and, for text, by its content).
 * <pre>
 *   ArticleFormat.of(Path.of("feed.jsonl.gz"));   // JSON_LINES
 * </pre>
 */
public enum ArticleFormat {
    /** {@code .txt}: plain text, perhaps with YAML front matter; a saved web page is read as {@link #HTML}. */
    TEXT,
    /** {@code .md}, {@code .markdown}: Markdown, perhaps with YAML front matter, reduced to its words. */
    MARKDOWN,
    /** {@code .html}, {@code .htm}, {@code .xhtml}: a saved news page. */
    HTML,
    /** {@code .jsonl}, {@code .ndjson}, each perhaps {@code .gz}: one article a line. */
    JSON_LINES;

    /** The extensions a directory is searched for, for messages. */
    public static final String EXTENSIONS = ".txt, .md, .html, .htm, .jsonl, .ndjson (.gz)";

    /** The format of {@code file} by its name, or {@code null} when the name is none of these. */
    public static ArticleFormat of(Path file) {
        return of(file.getFileName().toString());
    }

    /** The format of a file named {@code fileName} (the last part of a path), or {@code null} when it is none of these. */
    public static ArticleFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
                || name.endsWith(".ndjson.gz")) {
            return JSON_LINES;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return TEXT;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        return null;
    }

    /** Why a file of this name in a directory is not read: "not an article file (.jpg file; articles are ...)". */
    public static String notAnArticle(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String kind = dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) + " file" : "no extension";
        return "not an article file (" + kind + "; articles are " + EXTENSIONS + ")";
    }

    /** Whether decoded text is a web page saved under another name: it opens with a doctype or html tag. */
    static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 16)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && text.substring(i, Math.min(text.length(), i + 512)).toLowerCase(Locale.ROOT).contains("<html");
    }
}
