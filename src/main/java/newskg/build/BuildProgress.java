package newskg.build;

/**
 * How far a build has got, as its listener is told.
 *
 * @param done    articles finished (loaded or skipped)
 * @param loaded  articles processed and written (or waiting in the current batch)
 * @param skipped articles skipped
 * @param total   articles in the input, or -1 when the input is streamed and its size unknown
 * @param seconds since the build started
 * @param phase   what the build is doing: {@code loading}, {@code linking}, {@code compacting}, {@code done}
 */
public record BuildProgress(int done, int loaded, int skipped, int total, double seconds, String phase) {
    /** Articles per second so far. */
    public double rate() {
        return seconds > 0 ? done / seconds : 0;
    }

    /** One line for a log without a terminal: {@code 1200/2225 articles, 48.2/s, 1 skipped, 24.9 s}. */
    public String describe() {
        return String.format("%s%s articles, %.1f/s, %d skipped, %.0f s%s", done, total >= 0 ? "/" + total : "",
                rate(), skipped, seconds, phase.equals("loading") ? "" : " (" + phase + ")");
    }
}
