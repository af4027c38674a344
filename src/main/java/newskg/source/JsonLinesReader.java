package newskg.source;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a JSON Lines file ({@code .jsonl}, {@code .ndjson}, gzipped when the name ends {@code .gz}) one line
 * at a time, as {@link JsonLine} inputs: memory stays bounded by the longest line, whatever the file's size.
 * Blank lines are passed over. A line that is not UTF-8 or longer than {@link #MAX_LINE_BYTES} becomes a
 * {@link SkippedInput}; so does the end of a file that cannot be read to its end (a truncated gzip file),
 * after which the reader stops and {@link #complete()} is false.
 * <pre>
 *   try (JsonLinesReader r = new JsonLinesReader(path, "feed.jsonl")) { r.forEachRemaining(in -&gt; ...); }
 * </pre>
 * Not thread-safe: one thread iterates; the inputs it gives are immutable.
 */
public final class JsonLinesReader extends LookaheadIterator<ArticleInput> implements Closeable {
    /** A line longer than this (64 MiB) is skipped without being held in memory. */
    public static final int MAX_LINE_BYTES = 64 << 20;
    private static final int BUFFER = 1 << 16;

    private final String fileId;
    private final String origin;
    private final boolean gzipped;
    private final Opener opener;
    private InputStream in;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private byte[] line = new byte[8192];
    private long lineNumber;
    private boolean done;
    private boolean complete = true;

    /**
     * @param path   the file
     * @param fileId its id (its path below the input directory), which with the line number names records without an {@code id}
     */
    public JsonLinesReader(Path path, String fileId) {
        this(path.toString(), fileId, gzipped(path), () -> Files.newInputStream(path));
    }

    /**
     * A reader of a file found elsewhere (a distributed file system).
     *
     * @param origin  the file's name for messages
     * @param fileId  its id, as for a path
     * @param gzipped whether its bytes are gzipped
     * @param opener  opens the file's (raw) bytes, once
     */
    public JsonLinesReader(String origin, String fileId, boolean gzipped, Opener opener) {
        this.origin = origin;
        this.fileId = fileId;
        this.gzipped = gzipped;
        this.opener = opener;
    }

    /** Opens a file's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** Whether the file was read to its end (so far): false after a truncated gzip file or a read error. */
    public boolean complete() {
        return complete;
    }

    @Override
    public void close() {
        done = true;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written: a failed close loses nothing
            }
            in = null;
        }
    }

    @Override
    protected ArticleInput advance() {
        if (done) {
            return null;
        }
        try {
            if (in == null) {
                in = open(opener.open(), gzipped);
            }
            while (true) {
                int length = readLine();
                if (length < 0) {
                    close();
                    return null;
                }
                lineNumber++;
                if (length > MAX_LINE_BYTES) {
                    return new SkippedInput(origin + ":" + lineNumber, fileId + ":" + lineNumber,
                            "line longer than " + (MAX_LINE_BYTES >> 20) + " MB, not read");
                }
                int start = lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                        && (line[2] & 0xFF) == 0xBF ? 3 : 0;
                int end = length > start && line[length - 1] == '\r' ? length - 1 : length;
                if (blank(start, end)) {
                    continue;
                }
                String json;
                try {
                    json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(line, start, end - start)).toString();
                } catch (CharacterCodingException e) {
                    return new SkippedInput(origin + ":" + lineNumber, fileId + ":" + lineNumber, "not valid UTF-8 text");
                }
                String id = JsonLine.idOf(json);
                return new JsonLine(origin, lineNumber, id != null ? id : fileId + ":" + lineNumber, json);
            }
        } catch (IOException e) {
            complete = false;
            close();
            return new SkippedInput(origin, fileId + ":unread", unreadable(e));
        }
    }

    private String unreadable(IOException e) {
        String after = lineNumber == 0 ? "" : "; lines after " + lineNumber + " not read";
        if (e instanceof EOFException && gzipped) {
            return "truncated gzip file (it ends early)" + after;
        }
        if (e instanceof ZipException) {
            return "not a valid gzip file (" + e.getMessage() + ")" + after;
        }
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            return "no such file";
        }
        return "cannot read file (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ")" + after;
    }

    /**
     * Reads the next line into {@link #line} (without its {@code \n}); a line over the limit is consumed but
     * only its length counted.
     *
     * @return the line's length in bytes, or -1 at the end of the file
     */
    private int readLine() throws IOException {
        int n = 0;
        long total = 0;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return total == 0 ? -1 : clamp(total);
                }
            }
            int end = pos;
            while (end < limit && buf[end] != '\n') {
                end++;
            }
            int take = end - pos;
            if (total + take <= MAX_LINE_BYTES) {
                if (n + take > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(MAX_LINE_BYTES, Math.max(line.length * 2L, n + take)));
                }
                System.arraycopy(buf, pos, line, n, take);
                n += take;
            }
            total += take;
            if (end < limit) {
                pos = end + 1;
                return clamp(total);
            }
            pos = limit;
        }
    }

    private static int clamp(long total) {
        return total > MAX_LINE_BYTES ? MAX_LINE_BYTES + 1 : (int) total;
    }

    private boolean blank(int start, int end) {
        for (int i = start; i < end; i++) {
            byte c = line[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    static boolean gzipped(Path path) {
        return gzipped(path.getFileName().toString());
    }

    /** Whether a file of this name is read as gzipped (it ends {@code .gz}). */
    public static boolean gzipped(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    static InputStream open(Path path) throws IOException {
        return open(Files.newInputStream(path), gzipped(path));
    }

    private static InputStream open(InputStream raw, boolean gzipped) throws IOException {
        try {
            return gzipped ? new GZIPInputStream(raw, BUFFER) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** How many non-blank lines {@code path} holds (reading it once), counting an unreadable end as one more. */
    static long countLines(Path path) {
        long count = 0;
        try (InputStream in = open(path)) {
            boolean content = false;
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte c = buf[i];
                    if (c == '\n') {
                        count += content ? 1 : 0;
                        content = false;
                    } else if (c != ' ' && c != '\t' && c != '\r') {
                        content = true;
                    }
                }
            }
            return count + (content ? 1 : 0);
        } catch (IOException e) {
            return count + 1;
        }
    }
}
