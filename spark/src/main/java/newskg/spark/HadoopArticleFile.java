package newskg.spark;

import java.io.IOException;
import java.io.InputStream;
import newskg.source.Article;
import newskg.source.ArticleException;
import newskg.source.ArticleFormat;
import newskg.source.ArticleInput;
import newskg.source.ArticleReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An article file on a Hadoop file system (HDFS, S3, the local disk ...), read as {@code newskg build}
 * reads a local one ({@link ArticleReader#read(String, String, ArticleFormat, byte[])}).
 * <pre>
 *   Article a = new HadoopArticleFile("hdfs:///news/a.txt", "a.txt", "hdfs:///news/a.txt", ArticleFormat.TEXT, 812, conf).read();
 * </pre>
 * Immutable; reading is thread-safe.
 */
final class HadoopArticleFile implements ArticleInput {
    private final String uri;
    private final String id;
    private final String origin;
    private final ArticleFormat format;
    private final long size;
    private final Configuration conf;

    HadoopArticleFile(String uri, String id, String origin, ArticleFormat format, long size, Configuration conf) {
        this.uri = uri;
        this.id = id;
        this.origin = origin;
        this.format = format;
        this.size = size;
        this.conf = conf;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public long sizeBeforeReading() {
        return size;
    }

    @Override
    public Article read() {
        byte[] bytes;
        try (InputStream in = open(uri, conf)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ArticleException(origin + ": cannot read file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        return ArticleReader.read(id, origin, format, bytes);
    }

    /** Opens the raw bytes of the file {@code uri}. */
    static InputStream open(String uri, Configuration conf) throws IOException {
        Path path = new Path(uri);
        FileSystem fs = path.getFileSystem(conf);
        return fs.open(path);
    }
}
