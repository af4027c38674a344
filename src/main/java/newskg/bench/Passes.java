package newskg.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the throughput parts repeat their pass: first {@link #WARMUPS} whole passes while the JIT compiles
 * (extraction's rules are large methods: on two cores C2 spends about 35 s of one core over its first
 * two passes, which run up to twice as slow as the later ones, while bare tagging settles within one),
 * then {@link #COUNT} measured passes, of which the parts that are compared with each other report the
 * median (a pass varies by 10-20 % on a shared two-core machine) and the spread. The system properties
 * {@code newskg.bench.warmups} and {@code newskg.bench.passes} set other counts. The first warm-up
 * pass's wall is kept too: what one pass costs a fresh JVM.
 * <pre>
 *   Passes.Timed timed = Passes.time(ctx, () -> pass(articles));
 *   double s = timed.median();
 * </pre>
 * Stateless.
 */
final class Passes {
    /** Whole passes of a throughput part before the measured ones. */
    static final int WARMUPS = Math.max(1, Integer.getInteger("newskg.bench.warmups", 3));
    /** Measured passes of a throughput part, after its warm-up. */
    static final int COUNT = Math.max(1, Integer.getInteger("newskg.bench.passes", 5));

    private Passes() {
    }

    /** One measured pass; it returns what it counted (tokens, triples). */
    interface Pass {
        long run() throws InterruptedException;
    }

    /**
     * The wall time of each of {@link #COUNT} measured runs of {@code pass} (each logged), of the first
     * warm-up run, and what the last run counted.
     */
    record Timed(double[] walls, double firstWarmup, long count) {
        double median() {
            return Passes.median(walls);
        }

        double spread() {
            return Passes.spread(walls);
        }
    }

    static Timed time(BenchContext ctx, Pass pass) throws InterruptedException {
        double first = 0;
        for (int k = 0; k < WARMUPS; k++) {
            long t0 = System.nanoTime();
            pass.run();
            double wall = (System.nanoTime() - t0) / 1e9;
            if (k == 0) {
                first = wall;
            }
            ctx.log(String.format(Locale.ROOT, "    warm-up pass %d of %d: %.2f s", k + 1, WARMUPS, wall));
        }
        double[] walls = new double[COUNT];
        long count = 0;
        for (int k = 0; k < walls.length; k++) {
            long t0 = System.nanoTime();
            count = pass.run();
            walls[k] = (System.nanoTime() - t0) / 1e9;
            ctx.log(String.format(Locale.ROOT, "    pass %d of %d: %.2f s", k + 1, walls.length, walls[k]));
        }
        return new Timed(walls, first, count);
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
