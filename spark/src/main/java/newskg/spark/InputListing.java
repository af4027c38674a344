package newskg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newskg.source.ArticleException;
import newskg.source.ArticleFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The job's inputs listed on the driver, on any Hadoop file system, by the rules of
 * {@code ArticleReader.collect}: a file given is one input named by its file name; a directory is searched
 * recursively in name order, hidden files and folders left out, each file named by its path below it;
 * files of other kinds are listed as skipped, so that the manifest names them. Ids and messages are the
 * local build's, so the two report the same.
 * <pre>
 *   List&lt;SourceItem&gt; items = InputListing.list(List.of("hdfs:///news"), conf);
 * </pre>
 * Thread-safe (stateless).
 */
final class InputListing {
    private InputListing() {
    }

    /**
     * Lists {@code inputs} in order.
     *
     * @throws ArticleException as the local build: a path that does not exist, a directory without articles,
     *                          two files of one id
     */
    static List<SourceItem> list(List<String> inputs, Configuration conf) {
        List<SourceItem> all = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String input : inputs) {
            String given = input.length() > 1 && input.endsWith("/") ? input.substring(0, input.length() - 1) : input;
            Path path = new Path(given);
            List<SourceItem> found;
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status;
                try {
                    status = fs.getFileStatus(path);
                } catch (FileNotFoundException e) {
                    throw new ArticleException(given + ": no such file or directory");
                }
                found = status.isDirectory() ? walk(fs, status.getPath(), given, all.size())
                        : List.of(SourceItem.file(status.getPath().toString(), path.getName(), given,
                        orText(ArticleFormat.of(path.getName())), status.getLen(), all.size()));
            } catch (IOException e) {
                throw new ArticleException(given + ": cannot list (" + e.getMessage() + ")");
            }
            for (SourceItem item : found) {
                if (item.kind() != SourceItem.Kind.SKIPPED) {
                    String other = seen.putIfAbsent(item.id(), item.origin());
                    if (other != null) {
                        throw new ArticleException(item.origin() + " and " + other + " would both be article '"
                                + item.id() + "'; build them separately or rename one");
                    }
                }
                all.add(item);
            }
        }
        return all;
    }

    /** A file given directly under an unknown name is read as text, as the local build does. */
    private static ArticleFormat orText(ArticleFormat f) {
        return f == null ? ArticleFormat.TEXT : f;
    }

    private static List<SourceItem> walk(FileSystem fs, Path dir, String given, int rank) throws IOException {
        String root = dir.toUri().getPath();
        root = root.endsWith("/") ? root : root + "/";
        List<LocatedFileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            files.add(it.next());
        }
        List<SourceItem> found = new ArrayList<>();
        for (LocatedFileStatus f : files) {
            String full = f.getPath().toUri().getPath();
            String id = full.startsWith(root) ? full.substring(root.length()) : f.getPath().getName();
            if (hidden(id)) {
                continue;
            }
            String origin = given + "/" + id;
            ArticleFormat format = ArticleFormat.of(f.getPath().getName());
            if (!f.isFile()) {
                found.add(SourceItem.skipped(origin, id, "not a regular file", rank, 0));
            } else if (format == null) {
                found.add(SourceItem.skipped(origin, id, ArticleFormat.notAnArticle(f.getPath().getName()), rank, 0));
            } else {
                found.add(SourceItem.file(f.getPath().toString(), id, origin, format, f.getLen(), rank));
            }
        }
        found.sort(Comparator.comparing(SourceItem::origin));
        if (found.stream().noneMatch(i -> i.kind() != SourceItem.Kind.SKIPPED)) {
            throw new ArticleException(given + ": directory holds no articles (" + ArticleFormat.EXTENSIONS + ")");
        }
        List<SourceItem> ranked = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            SourceItem s = found.get(i);
            ranked.add(new SourceItem(s.kind(), s.id(), s.origin(), s.uri(), s.format(), s.size(), rank + i, s.line(),
                    s.json(), s.reason()));
        }
        return ranked;
    }

    /** Whether a path below the directory has a hidden file or folder in it. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
