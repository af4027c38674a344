package newskg.source;

/**
 * One article waiting to be read: a file, or one line of a JSON Lines file. Inputs are listed cheaply
 * (names only) and read later, in whichever thread processes them, so that a large input is streamed
 * rather than held in memory.
 * <pre>
 *   for (ArticleInput in : ArticleReader.collect(paths)) { Article a = in.read(); }
 * </pre>
 * Implementations are immutable and thread-safe.
 */
public interface ArticleInput {
    /** The article's id: names the article and its graph everywhere ({@code politics/001.txt}). */
    String id();

    /** Where it comes from, for messages: a path, or a path and line ({@code feed.jsonl:12}). */
    String origin();

    /**
     * Reads the article.
     *
     * @throws ArticleException when it is not a readable article; the message starts with {@link #origin()}
     */
    Article read();

    /**
     * The input's size in bytes when it is known before reading it (a file's size), else -1; a build
     * skips an input over its size limit unread.
     *
     * @throws java.io.IOException when the size cannot be found
     */
    default long sizeBeforeReading() throws java.io.IOException {
        return -1;
    }
}
