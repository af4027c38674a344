package newskg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds article files and reads them as {@link Article}s.
 * <pre>
 *   for (ArticleFile f : ArticleReader.collect(List.of(Path.of("seeds")))) { Article a = ArticleReader.read(f); }
 * </pre>
 * An article is a UTF-8 {@code .txt} file: its first non-blank line is the title; a date on one of the
 * short lines just below the title is its publication date. Thread-safe (stateless).
 */
public final class ArticleReader {
    /** How many short lines below the title are read as a dateline. */
    private static final int DATELINE_LINES = 6;
    private static final int DATELINE_MAX_CHARS = 60;
    private static final int TITLE_MAX_CHARS = 160;

    private ArticleReader() {
    }

    /**
     * The article files named by {@code inputs}: files as given, directories searched (recursively) for
     * {@code .txt} files, in name order.
     *
     * @throws ArticleException when a path does not exist, a directory holds no {@code .txt} file, or two
     *                          files would have the same article id
     */
    public static List<ArticleFile> collect(List<Path> inputs) {
        List<ArticleFile> files = new ArrayList<>();
        java.util.Map<String, Path> seen = new java.util.HashMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ArticleException(input + ": no such file or directory");
            }
            List<ArticleFile> found = new ArrayList<>();
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted()
                            .forEach(p -> found.add(new ArticleFile(p, input.relativize(p).toString().replace('\\', '/'))));
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new ArticleException(input + ": cannot list directory (" + e.getMessage() + ")");
                }
                if (found.isEmpty()) {
                    throw new ArticleException(input + ": directory holds no .txt articles");
                }
            } else {
                found.add(new ArticleFile(input, input.getFileName().toString()));
            }
            for (ArticleFile f : found) {
                Path other = seen.putIfAbsent(f.id(), f.path());
                if (other != null) {
                    throw new ArticleException(f.path() + " and " + other + " would both be article '" + f.id()
                            + "'; build them separately or rename one");
                }
                files.add(f);
            }
        }
        return files;
    }

    /** Reads one article file given directly: its id is its file name. */
    public static Article read(Path file) {
        return read(new ArticleFile(file, file.getFileName().toString()));
    }

    /**
     * Reads one article.
     *
     * @throws ArticleException when the file cannot be read, is empty, binary or not UTF-8
     */
    public static Article read(ArticleFile source) {
        Path file = source.path();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file + ": cannot read file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ArticleException(file + ": binary file, not a text article");
            }
        }
        String text = decode(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ArticleException(file + ": empty file, no article text");
        }
        String[] lines = text.split("\n");
        int i = 0;
        while (lines[i].isBlank()) {
            i++;
        }
        String title = titleOf(lines[i].strip());
        LocalDate published = null;
        int seen = 0;
        for (int j = i + 1; j < lines.length && seen < DATELINE_LINES; j++) {
            String line = lines[j].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > DATELINE_MAX_CHARS) {
                break;
            }
            published = Dates.firstFullDate(line).orElse(null);
            if (published != null) {
                break;
            }
        }
        return new Article(source.id(), file.toString(), title, published, text);
    }

    /** The first line, or its first sentence when the article has no separate headline line. */
    static String titleOf(String firstLine) {
        if (firstLine.length() <= TITLE_MAX_CHARS) {
            return firstLine;
        }
        int stop = firstLine.indexOf(". ");
        if (stop > 0 && stop < TITLE_MAX_CHARS * 2) {
            return firstLine.substring(0, stop + 1);
        }
        return firstLine.substring(0, TITLE_MAX_CHARS).strip() + "\u2026";
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(file + ": not valid UTF-8 text");
        }
    }
}
