package newskg.spark;

import java.io.Serializable;
import java.util.Objects;
import newskg.source.ArticleFormat;
import newskg.source.ArticleInput;
import newskg.source.JsonLine;
import newskg.source.SkippedInput;
import org.apache.hadoop.conf.Configuration;

/**
 * One input on its way through the job: an article file to read, a JSON Lines file to split into its
 * lines, one line (or Parquet row) read already, or an input known not to be an article. Small and
 * serializable, so that the listing can be spread over the cluster before anything is read.
 *
 * @param kind   what it is
 * @param id     the article id (a JSON Lines file's: its file id)
 * @param origin where it is, for messages: the path as given below the input, with {@code :line} for a line
 * @param uri    the file (FILE, JSON_LINES_FILE), else {@code null}
 * @param format the file's format (FILE), else {@code null}
 * @param size   the file's size in bytes (FILE), else -1
 * @param rank   the file's place in the listing, for "first one wins" among records of one id
 * @param line   the line (JSON, from 1) or row, else 0
 * @param json   the line's JSON (JSON), else {@code null}
 * @param reason why it is not an article (SKIPPED), else {@code null}
 */
record SourceItem(Kind kind, String id, String origin, String uri, ArticleFormat format, long size, long rank,
                  long line, String json, String reason) implements Serializable {
    enum Kind { FILE, JSON_LINES_FILE, JSON, SKIPPED }

    SourceItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
    }

    static SourceItem file(String uri, String id, String origin, ArticleFormat format, long size, long rank) {
        return new SourceItem(format == ArticleFormat.JSON_LINES ? Kind.JSON_LINES_FILE : Kind.FILE, id, origin, uri,
                format, size, rank, 0, null, null);
    }

    static SourceItem skipped(String origin, String id, String reason, long rank, long line) {
        return new SourceItem(Kind.SKIPPED, id, origin, null, null, -1, rank, line, null, reason);
    }

    /** A JSON Lines line (or a Parquet row as JSON); {@code file} is the file's origin. */
    static SourceItem json(String file, long line, String id, String json, long rank) {
        return new SourceItem(Kind.JSON, id, file, null, null, -1, rank, line, json, null);
    }

    /** This item skipped for {@code why}, keeping its place. */
    SourceItem skip(String why) {
        String where = kind == Kind.JSON ? origin + ":" + line : origin;
        return new SourceItem(Kind.SKIPPED, id, where, null, null, -1, rank, line, null, why);
    }

    /** Where it is, as messages name it. */
    String where() {
        return kind == Kind.JSON ? origin + ":" + line : origin;
    }

    /** The article input to process (not for a JSON Lines file, which is split first). */
    ArticleInput input(Configuration conf) {
        return switch (kind) {
            case FILE -> new HadoopArticleFile(uri, id, origin, format, size, conf);
            case JSON -> new JsonLine(origin, line, id, json);
            case SKIPPED -> new SkippedInput(origin, id, reason);
            case JSON_LINES_FILE -> throw new IllegalStateException(origin + ": a JSON Lines file is split, not read");
        };
    }
}
