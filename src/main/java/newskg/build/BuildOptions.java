package newskg.build;

import java.time.Duration;
import java.util.Locale;

/**
 * How a build runs.
 * <pre>
 *   BuildOptions o = BuildOptions.defaults().threads(2).replace(true);
 * </pre>
 *
 * @param threads         extraction threads, at least 1
 * @param maxArticleBytes articles larger than this (bytes of a file, else characters) are skipped
 * @param articleTimeout  an article still being processed after this long is skipped
 * @param replace         whether the store's articles that are not in the input are removed afterwards
 * @param compactAbove    an incremental build compacts the store when it has grown past this many times
 *                        its size after the last bulk load or compaction; at least 1
 * @param served          whether the store is served while the build runs (live ingest): then it is written
 *                        in transactions only, never bulk-loaded (readers would wait on a bulk load, and one
 *                        cut short leaves the store to be emptied) nor emptied
 */
public record BuildOptions(int threads, long maxArticleBytes, Duration articleTimeout, boolean replace,
                           double compactAbove, boolean served) {
    /** The default size limit, 1 MB. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;
    /** The default time limit per article. */
    public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(60);
    /** The default growth that triggers compaction. */
    public static final double DEFAULT_COMPACT_ABOVE = 1.5;

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxArticleBytes < 1) {
            throw new IllegalArgumentException("the article size limit must be positive: " + maxArticleBytes);
        }
        if (articleTimeout == null || articleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("the article time limit must be at least 1 ms: " + articleTimeout);
        }
        if (!(compactAbove >= 1)) {
            throw new IllegalArgumentException("the compaction threshold must be at least 1: " + compactAbove);
        }
    }

    /** One thread per core, 1 MB, 60 s, no replace, compaction at 1.5 times. */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_ARTICLE_BYTES,
                DEFAULT_ARTICLE_TIMEOUT, false, DEFAULT_COMPACT_ABOVE, false);
    }

    /**
     * A size as the command line gives it: {@code 1MB}, {@code 500kB}, {@code 2000000}; decimal units,
     * case-insensitive.
     *
     * @throws IllegalArgumentException "must be a size such as 1MB or 500kB, not 'x'"
     */
    public static long parseSize(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        for (String[] u : new String[][] {{"gb", "1000000000"}, {"mb", "1000000"}, {"kb", "1000"}, {"g", "1000000000"},
                {"m", "1000000"}, {"k", "1000"}, {"b", "1"}}) {
            if (t.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                t = t.substring(0, t.length() - u[0].length());
                break;
            }
        }
        try {
            double v = Double.parseDouble(t);
            if (v > 0) {
                return Math.max(1, Math.round(v * unit));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a size such as 1MB or 500kB, not '" + text + "'");
    }

    public BuildOptions threads(int n) {
        return new BuildOptions(n, maxArticleBytes, articleTimeout, replace, compactAbove, served);
    }

    public BuildOptions maxArticleBytes(long n) {
        return new BuildOptions(threads, n, articleTimeout, replace, compactAbove, served);
    }

    public BuildOptions articleTimeout(Duration d) {
        return new BuildOptions(threads, maxArticleBytes, d, replace, compactAbove, served);
    }

    public BuildOptions replace(boolean r) {
        return new BuildOptions(threads, maxArticleBytes, articleTimeout, r, compactAbove, served);
    }

    public BuildOptions compactAbove(double ratio) {
        return new BuildOptions(threads, maxArticleBytes, articleTimeout, replace, ratio, served);
    }

    /** For a store being served: transactions only, never a bulk load nor emptying the store. */
    public BuildOptions served(boolean s) {
        return new BuildOptions(threads, maxArticleBytes, articleTimeout, replace, compactAbove, s);
    }
}
