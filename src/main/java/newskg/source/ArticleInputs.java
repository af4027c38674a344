package newskg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The articles of a build's input, listed cheaply and read lazily: files as {@link ArticleFile}s, each line
 * of a JSON Lines file as a {@link JsonLine} read from disk only as iteration reaches it, and the files of a
 * directory that are not articles as {@link SkippedInput}s, so that they are reported and counted.
 * <pre>
 *   ArticleInputs inputs = ArticleReader.collect(List.of(Path.of("news")));
 *   for (ArticleInput in : inputs) { Article a = in.read(); }
 *   inputs.complete();   // false when a file could not be read to its end
 * </pre>
 * Each iteration reads the input anew. A record whose id another input already has is skipped (ids name
 * the graphs, so the second would replace the first). Iterate in one thread at a time; the inputs given are
 * immutable and may be read in any thread.
 */
public final class ArticleInputs implements Iterable<ArticleInput> {
    private final List<ArticleInput> listed;
    private volatile boolean complete = true;
    private long size = -1;

    ArticleInputs(List<ArticleInput> listed) {
        this.listed = List.copyOf(listed);
    }

    /**
     * How many inputs an iteration gives: files, plus the non-blank lines of JSON Lines files (which are read
     * once to count them; the figure is kept).
     */
    public synchronized long size() {
        if (size < 0) {
            long n = 0;
            for (ArticleInput in : listed) {
                n += in instanceof ArticleFile f && f.format() == ArticleFormat.JSON_LINES
                        ? JsonLinesReader.countLines(f.path()) : 1;
            }
            size = n;
        }
        return size;
    }

    /** The total size in bytes of the files listed. */
    public long bytes() {
        long total = 0;
        for (ArticleInput in : listed) {
            if (in instanceof ArticleFile f) {
                try {
                    total += Files.size(f.path());
                } catch (IOException e) {
                    // an unreadable file is reported when it is read
                }
            }
        }
        return total;
    }

    /**
     * Whether the last iteration read every file to its end. False after a truncated or unreadable JSON Lines
     * file: then the records after the break are not known, and nothing should be removed for being absent.
     */
    public boolean complete() {
        return complete;
    }

    @Override
    public Iterator<ArticleInput> iterator() {
        complete = true;
        return new LookaheadIterator<>() {
            private final Iterator<ArticleInput> files = listed.iterator();
            private final Map<String, String> seen = new HashMap<>();
            private JsonLinesReader lines;

            @Override
            protected ArticleInput advance() {
                while (true) {
                    if (lines != null && lines.hasNext()) {
                        return unique(lines.next());
                    }
                    if (lines != null) {
                        complete &= lines.complete();
                        lines = null;
                    }
                    if (!files.hasNext()) {
                        return null;
                    }
                    ArticleInput in = files.next();
                    if (in instanceof ArticleFile f && f.format() == ArticleFormat.JSON_LINES) {
                        lines = new JsonLinesReader(f.path(), f.id());
                    } else {
                        return unique(in);
                    }
                }
            }

            private ArticleInput unique(ArticleInput in) {
                if (in instanceof SkippedInput) {
                    return in;
                }
                String other = seen.putIfAbsent(in.id(), in.origin());
                if (other == null) {
                    return in;
                }
                return new SkippedInput(in.origin(), in.id(), "article id '" + in.id() + "' is already the id of "
                        + other + "; skipped (give it another id)");
            }
        };
    }
}
