package newskg.bench;

import java.util.List;

/**
 * One part of {@code newskg bench}: it measures something over the run's corpus and returns its
 * figures. Parts run in the order {@link Bench} lists them and share what earlier parts left in the
 * {@link BenchContext} (the built store, the baselines, the running server). To add one: implement
 * this, add it to {@link Bench#parts()}, and use {@link BenchContext#server()} and {@link HttpLoad} for
 * anything over HTTP.
 * <pre>
 *   public List&lt;Measurement&gt; run(BenchContext ctx) {
 *       HttpLoad.Result r = HttpLoad.mix(ctx.server().sparqlUrl(), ctx.queries(), 32, Duration.ofSeconds(60));
 *       return List.of(Measurement.of(name(), "requests", r.requests(), ""));
 *   }
 * </pre>
 */
public interface BenchPart {
    /** The part's name, as {@code --parts} selects it. */
    String name();

    /** What earlier parts must have run (their names); the run adds them when they are not selected. */
    default List<String> needs() {
        return List.of();
    }

    /** Measures; the figures are printed in the order returned. */
    List<Measurement> run(BenchContext ctx) throws Exception;
}
