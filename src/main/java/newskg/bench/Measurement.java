package newskg.bench;

import java.util.Objects;

/**
 * One figure of a benchmark run.
 *
 * @param part   the part that measured it ({@code build}, {@code queries} ...)
 * @param name   what it is ({@code wall}, {@code mentions-of.rq p50} ...)
 * @param value  the figure
 * @param unit   its unit ({@code s}, {@code ms}, {@code MB}, {@code %}, {@code x}, {@code tokens/s} ...)
 * @param target the target it is held to ({@code <= 30}), or empty
 * @param met    whether the target is met; {@code null} without a target
 */
public record Measurement(String part, String name, double value, String unit, String target, Boolean met) {
    public Measurement {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
    }

    /** A figure without a target. */
    public static Measurement of(String part, String name, double value, String unit) {
        return new Measurement(part, name, value, unit, "", null);
    }

    /** A figure that must be at most {@code max}. */
    public static Measurement atMost(String part, String name, double value, String unit, double max) {
        return new Measurement(part, name, value, unit, "<= " + fmt(max), value <= max);
    }

    /** A figure that must be at least {@code min}. */
    public static Measurement atLeast(String part, String name, double value, String unit, double min) {
        return new Measurement(part, name, value, unit, ">= " + fmt(min), value >= min);
    }

    /** A figure that must be within {@code tolerance} (a fraction) of {@code expected}. */
    public static Measurement near(String part, String name, double value, String unit, double expected,
                                   double tolerance) {
        return new Measurement(part, name, value, unit, fmt(expected) + " +/- " + Math.round(tolerance * 100) + "%",
                Math.abs(value - expected) <= tolerance * expected);
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Math.abs(v) >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", v)
                : Math.abs(v) >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", v)
                : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
