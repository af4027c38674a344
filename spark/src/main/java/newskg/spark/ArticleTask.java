package newskg.spark;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import newskg.build.ArticleOutcome;
import newskg.build.ArticleProcessor;
import newskg.source.ArticleInput;

/**
 * An executor's side of extraction: each article through {@link ArticleOutcome#process} (the function
 * {@code newskg build} calls) with the processor of the task's thread, within the build's size and time
 * limits. One {@link ArticleProcessor} per executor thread, made on the thread's first article; the
 * models they share are loaded once per JVM.
 * <p>
 * Design decision: an article over the time limit is interrupted (the processor checks between its
 * stages) and skipped with the local build's message. The interrupt only ever reaches the thread while
 * it processes the article (a lock orders it against the end of processing), never while Spark's own
 * code runs on it.
 * <pre>
 *   ExtractedArticle a = ArticleTask.run(input, 1_000_000, Duration.ofSeconds(60));
 * </pre>
 * Thread-safe: each thread uses its own processor.
 */
final class ArticleTask {
    private static final ThreadLocal<ArticleProcessor> PROCESSORS = ThreadLocal.withInitial(ArticleProcessor::new);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newskg-article-timeout");
        t.setDaemon(true);
        return t;
    });

    private ArticleTask() {
    }

    /** Processes one input on the calling thread. */
    static ExtractedArticle run(ArticleInput in, long maxArticleBytes, Duration timeout) {
        ArticleProcessor processor = PROCESSORS.get();
        Limit limit = new Limit(Thread.currentThread());
        ScheduledFuture<?> alarm = WATCHDOG.schedule(limit::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        ArticleOutcome outcome;
        try {
            outcome = ArticleOutcome.process(in, processor::process, maxArticleBytes);
        } finally {
            alarm.cancel(false);
        }
        if (!limit.finish()) {
            return ExtractedArticle.skipped(in.id(), ArticleOutcome.overTime(in, timeout));
        }
        return outcome.skipped() ? ExtractedArticle.skipped(in.id(), outcome.problem())
                : ExtractedArticle.of(outcome.graph());
    }

    /** One article's time limit: the watchdog interrupts the thread only while the article is processed. */
    private static final class Limit {
        private final Thread thread;
        private boolean done;
        private boolean expired;

        Limit(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (!done) {
                expired = true;
                thread.interrupt();
            }
        }

        /** Ends processing; false when the limit expired first (the interrupt is then cleared). */
        synchronized boolean finish() {
            done = true;
            if (expired) {
                Thread.interrupted();
                return false;
            }
            return true;
        }
    }
}
