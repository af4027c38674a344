package newskg.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import newskg.build.BuildOptions;

/**
 * What one Spark extraction reads and writes, and its per-article limits (those of {@code newskg build}).
 * <pre>
 *   JobOptions o = JobOptions.of(List.of("hdfs:///news"), List.of(), "hdfs:///newskg/nquads");
 * </pre>
 *
 * @param inputs          article files and directories (Hadoop paths), as {@code newskg build --input}
 * @param parquet         Parquet files or datasets, one article a row with the JSON Lines keys as columns
 * @param out             the output directory, which must not exist unless {@code overwrite}
 * @param overwrite       whether an existing output directory is replaced
 * @param partitions      output files (and processing tasks); 0 for one per 2,000 articles, at least two per core
 * @param maxArticleBytes articles larger than this are skipped
 * @param articleTimeout  an article still being processed after this long is skipped
 */
public record JobOptions(List<String> inputs, List<String> parquet, String out, boolean overwrite, int partitions,
                         long maxArticleBytes, Duration articleTimeout) implements Serializable {
    public JobOptions {
        inputs = List.copyOf(inputs);
        parquet = List.copyOf(parquet);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(articleTimeout, "articleTimeout");
        if (inputs.isEmpty() && parquet.isEmpty()) {
            throw new IllegalArgumentException("no input: give --input or --parquet");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must not be negative: " + partitions);
        }
    }

    /** The inputs with the build's default limits, automatic partitions, no overwrite. */
    public static JobOptions of(List<String> inputs, List<String> parquet, String out) {
        return new JobOptions(inputs, parquet, out, false, 0, BuildOptions.DEFAULT_MAX_ARTICLE_BYTES,
                BuildOptions.DEFAULT_ARTICLE_TIMEOUT);
    }

    public JobOptions partitions(int n) {
        return new JobOptions(inputs, parquet, out, overwrite, n, maxArticleBytes, articleTimeout);
    }

    public JobOptions overwrite(boolean o) {
        return new JobOptions(inputs, parquet, out, o, partitions, maxArticleBytes, articleTimeout);
    }

    public JobOptions limits(long maxBytes, Duration timeout) {
        return new JobOptions(inputs, parquet, out, overwrite, partitions, maxBytes, timeout);
    }
}
