package newskg.build;

import java.util.Set;

/**
 * Where the builder's one writer thread sends the articles the extraction threads processed: now, or
 * with later ones. Implementations: {@link BatchedWriter} (transactions of many articles) and
 * {@link BulkWriter} (TDB2's bulk loader, for an empty store). Not thread-safe: one writer thread.
 */
interface ArticleWriter {
    /** What the writer reports about each article it was given. */
    interface Outcome {
        /** The article is in the store (or will be once the bulk load finishes). */
        void written(ArticleGraph g);

        /** The article could not be written; {@code problem} is "origin: reason". */
        void failed(ArticleGraph g, String problem);
    }

    /** Takes one article; {@code origin} names it in messages. */
    void add(ArticleGraph g, String origin);

    /** Writes whatever is pending. */
    void finish();

    /** The people the graphs it replaced held before (their IRIs), for cross-article linking. */
    Set<String> replacedPeople();

    /** How the articles were written, for the summary: "bulk-loaded ...", "written in 3 transactions". */
    String describe();
}
