package newskg.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the throughput parts repeat their measured pass: after the tenth-corpus warm-up the JIT is still
 * compiling (the first passes of extraction are up to twice as slow as the later ones) and a pass varies
 * by 10-20 % on a shared two-core machine, so the parts that are compared with each other report the
 * median of five passes (the system property {@code newskg.bench.passes} sets another count) and their
 * spread.
 * <pre>
 *   double s = Passes.median(walls);
 * </pre>
 * Stateless.
 */
final class Passes {
    /** Measured passes of a throughput part, after its warm-up. */
    static final int COUNT = Math.max(1, Integer.getInteger("newskg.bench.passes", 5));

    private Passes() {
    }

    /** One measured pass; it returns what it counted (tokens, triples). */
    interface Pass {
        long run() throws InterruptedException;
    }

    /** The wall time of each of {@link #COUNT} runs of {@code pass} (each logged), and what the last counted. */
    record Timed(double[] walls, long count) {
        double median() {
            return Passes.median(walls);
        }

        double spread() {
            return Passes.spread(walls);
        }
    }

    static Timed time(BenchContext ctx, Pass pass) throws InterruptedException {
        double[] walls = new double[COUNT];
        long count = 0;
        for (int k = 0; k < walls.length; k++) {
            long t0 = System.nanoTime();
            count = pass.run();
            walls[k] = (System.nanoTime() - t0) / 1e9;
            ctx.log(String.format(Locale.ROOT, "    pass %d of %d: %.2f s", k + 1, walls.length, walls[k]));
        }
        return new Timed(walls, count);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The slowest pass's time less the fastest's. */
    private static double spread(double[] values) {
        return Arrays.stream(values).max().orElse(0) - Arrays.stream(values).min().orElse(0);
    }
}
