package newskg.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the articles of the input paths and reads them as {@link Article}s.
 * <pre>
 *   for (ArticleInput in : ArticleReader.collect(List.of(Path.of("news")))) { Article a = in.read(); }
 *   Article one = ArticleReader.read(Path.of("news/harbor.md"));
 * </pre>
 * Formats ({@link ArticleFormat}): {@code .txt} and {@code .md} files, each with optional YAML front matter
 * ({@code title}, {@code published}, {@code url}, {@code source}, {@code author}/{@code authors},
 * {@code language}; other keys kept), Markdown reduced to its words; saved web pages ({@code .html}, and a
 * {@code .txt} that holds one), read for their main text and metadata; JSON Lines, one article a line. Text
 * is UTF-8, or UTF-16/UTF-32 with a byte-order mark, and is stored normalized ({@link TextNormalizer}).
 * Without a date in the metadata, a dateline in the text gives it ({@link PublicationDateFinder}).
 * Thread-safe (stateless).
 */
public final class ArticleReader {
    private ArticleReader() {
    }

    /**
     * The articles named by {@code inputs}: files as given, directories searched recursively (following
     * symbolic links, in name order, hidden files and folders left out). In a directory, files of other
     * kinds and broken links are listed as {@link SkippedInput}s, so the build reports them.
     *
     * @throws ArticleException when a path does not exist, a directory holds no article file, or two files
     *                          would have the same article id
     */
    public static ArticleInputs collect(List<Path> inputs) {
        List<ArticleInput> all = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ArticleException(input + (Files.isSymbolicLink(input) ? ": broken symbolic link (its target is missing)"
                        : ": no such file or directory"));
            }
            List<ArticleInput> found = Files.isDirectory(input) ? walk(input)
                    : List.of(new ArticleFile(input, input.getFileName().toString()));
            for (ArticleInput in : found) {
                if (in instanceof ArticleFile f) {
                    Path other = seen.putIfAbsent(f.id(), f.path());
                    if (other != null) {
                        throw new ArticleException(f.path() + " and " + other + " would both be article '" + f.id()
                                + "'; build them separately or rename one");
                    }
                }
                all.add(in);
            }
        }
        return new ArticleInputs(all);
    }

    private static List<ArticleInput> walk(Path dir) {
        List<ArticleInput> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String id = idOf(dir, file);
                    if (attrs.isSymbolicLink()) {
                        found.add(new SkippedInput(file.toString(), id, "broken symbolic link (its target is missing)"));
                    } else if (!attrs.isRegularFile()) {
                        found.add(new SkippedInput(file.toString(), id, "not a regular file"));
                    } else if (ArticleFormat.of(file) == null) {
                        found.add(new SkippedInput(file.toString(), id,
                                ArticleFormat.notAnArticle(file.getFileName().toString())));
                    } else {
                        found.add(new ArticleFile(file, id));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                            : e instanceof AccessDeniedException ? "permission denied"
                            : "cannot read (" + e.getClass().getSimpleName() + ")";
                    found.add(new SkippedInput(file.toString(), idOf(dir, file), why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ArticleException(dir + ": cannot list directory (" + e.getMessage() + ")");
        }
        found.sort(Comparator.comparing(in -> in.origin()));
        if (found.stream().noneMatch(in -> in instanceof ArticleFile)) {
            throw new ArticleException(dir + ": directory holds no articles (" + ArticleFormat.EXTENSIONS + ")");
        }
        return found;
    }

    private static String idOf(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Reads one article file given directly: its id is its file name. */
    public static Article read(Path file) {
        return read(new ArticleFile(file, file.getFileName().toString()));
    }

    /**
     * Reads one article file.
     *
     * @throws ArticleException when the file cannot be read, is empty, binary, not text in a known encoding,
     *                          has broken front matter, is a page without main text, or is a JSON Lines file
     *                          (which holds many articles: read it through {@link #collect})
     */
    public static Article read(ArticleFile source) {
        String origin = source.origin();
        if (source.format() == ArticleFormat.JSON_LINES) {
            throw new ArticleException(origin + ": a JSON Lines file holds one article a line; give it to build as input");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.path());
        } catch (IOException e) {
            throw new ArticleException(origin + ": cannot read file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        return read(source.id(), origin, source.format(), bytes);
    }

    /**
     * Reads one article from the bytes of a file of {@code format} ({@code null}: text), wherever the bytes
     * come from (a local file, a distributed file system).
     *
     * @param id     the article id
     * @param origin where the bytes come from, for messages
     * @throws ArticleException as {@link #read(ArticleFile)}
     */
    public static Article read(String id, String origin, ArticleFormat format, byte[] bytes) {
        if (format == ArticleFormat.JSON_LINES) {
            throw new ArticleException(origin + ": a JSON Lines file holds one article a line; give it to build as input");
        }
        if (format == ArticleFormat.HTML) {
            HtmlPage page = HtmlPage.parse(bytes, origin);
            return Articles.assemble(id, origin, page.fields(), page.text());
        }
        String text = TextNormalizer.normalize(TextDecoder.decode(bytes, origin));
        if (ArticleFormat.looksLikeHtml(text)) {
            HtmlPage page = HtmlPage.parse(text, origin);
            return Articles.assemble(id, origin, page.fields(), page.text());
        }
        Optional<FrontMatter> fm = FrontMatter.split(text, origin);
        ArticleFields fields = fm.map(f -> ArticleFields.read(f.fields(), key -> origin + ":" + f.lineOf(key)))
                .orElse(ArticleFields.NONE);
        String body = fm.map(FrontMatter::body).orElse(text);
        if (format == ArticleFormat.MARKDOWN) {
            body = MarkdownText.reduce(body);
        }
        return Articles.assemble(id, origin, fields, body);
    }
}
