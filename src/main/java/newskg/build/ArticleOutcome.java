package newskg.build;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import newskg.NewskgException;
import newskg.source.Article;
import newskg.source.ArticleInput;

/**
 * One article input taken through the processor within a build's size limit: its graph, or the one-line
 * problem ("origin: reason") it is skipped for. The local build (on its extraction threads) and the
 * distributed job (per partition) both call {@link #process}, so that an article is skipped, and for the
 * same reason, in both. The time limit is the caller's, with {@link #overTime} as its message.
 * <pre>
 *   ArticleOutcome o = ArticleOutcome.process(input, new ArticleProcessor()::process, 1_000_000);
 *   if (o.skipped()) report(o.problem()); else load(o.graph());
 * </pre>
 * Immutable; {@link #process} is as thread-safe as the processor given.
 *
 * @param input   the input
 * @param graph   its graph, or {@code null} when skipped
 * @param problem why it was skipped, or {@code null}
 */
public record ArticleOutcome(ArticleInput input, ArticleGraph graph, String problem) {
    public ArticleOutcome {
        Objects.requireNonNull(input, "input");
        if ((graph == null) == (problem == null)) {
            throw new IllegalArgumentException("an outcome has a graph or a problem");
        }
    }

    /** Whether the article was skipped. */
    public boolean skipped() {
        return problem != null;
    }

    /**
     * Reads {@code in} and processes it; an input larger than {@code maxArticleBytes} (its size before
     * reading, else its text's length) is skipped, and so is one that cannot be read or processed.
     */
    public static ArticleOutcome process(ArticleInput in, Function<Article, ArticleGraph> processor,
                                         long maxArticleBytes) {
        try {
            long size = in.sizeBeforeReading();
            if (size > maxArticleBytes) {
                return new ArticleOutcome(in, null, tooLarge(in, size, maxArticleBytes));
            }
            Article a = in.read();
            if (a.text().length() > maxArticleBytes) {
                return new ArticleOutcome(in, null, tooLarge(in, a.text().length(), maxArticleBytes));
            }
            return new ArticleOutcome(in, processor.apply(a), null);
        } catch (NewskgException e) {
            return new ArticleOutcome(in, null, e.getMessage());
        } catch (IOException e) {
            return new ArticleOutcome(in, null, in.origin() + ": cannot read file (" + e.getMessage() + ")");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new ArticleOutcome(in, null, in.origin() + ": cannot process article (" + e + ")");
        }
    }

    /** The problem of an input still being processed after {@code limit}. */
    public static String overTime(ArticleInput in, Duration limit) {
        return in.origin() + ": still being processed after " + seconds(limit.toMillis())
                + ", over the time limit (--article-timeout); skipped";
    }

    private static String tooLarge(ArticleInput in, long size, long max) {
        return in.origin() + ": " + size(size) + ", larger than the " + size(max)
                + " limit (--max-article-size); skipped";
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
