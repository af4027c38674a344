package newskg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newskg.source.ArticleFile;

/**
 * {@code newskg bench}: the parts, in the order they run, and the table and JSON of their figures.
 * <pre>
 *   try (BenchContext ctx = Bench.context(settings, files, err)) {
 *       List&lt;Measurement&gt; m = Bench.run(ctx, Set.of(), err);
 *       out.print(Bench.table(m));
 *   }
 * </pre>
 * A part that fails is reported as a failed figure and the run goes on with the next.
 */
public final class Bench {
    private Bench() {
    }

    /**
     * Every part, in order: baselines and extraction, the builds (fresh, against tdbloader, rebuilt twice,
     * one article added, the scaling series), then the HTTP parts over a server on the built store, the
     * server in its own JVM under load and while the corpus is rebuilt through it (which changes the built
     * store, so it comes last but one), and the faults (kill -9 during builds and a live update). A
     * new part goes here, after the parts it {@link BenchPart#needs()}.
     */
    public static List<BenchPart> parts() {
        return List.of(new TaggingPart(), new ExtractionPart(), new BuildPart(), new LoaderPart(), new RebuildPart(),
                new AddOnePart(), new ScalePart(), new QueryPart(), new MixPart(), new ExplorerPart(), new SparkPart(),
                new LivePart(), new FaultPart());
    }

    /** The names of every part. */
    public static List<String> names() {
        return parts().stream().map(BenchPart::name).toList();
    }

    public static BenchContext context(BenchContext.Settings settings, List<ArticleFile> files, PrintWriter log) {
        return new BenchContext(settings, files, log);
    }

    /** Runs the {@code selected} parts (all when empty) and the parts they need, in order. */
    public static List<Measurement> run(BenchContext ctx, Set<String> selected) {
        Set<String> wanted = new LinkedHashSet<>(selected.isEmpty() ? names() : selected);
        boolean added = true;
        while (added) {
            added = false;
            for (BenchPart p : parts()) {
                if (wanted.contains(p.name()) && !wanted.containsAll(p.needs())) {
                    wanted.addAll(p.needs());
                    added = true;
                }
            }
        }
        List<Measurement> out = new ArrayList<>();
        for (BenchPart p : parts()) {
            if (!wanted.contains(p.name())) {
                continue;
            }
            ctx.log("part " + p.name());
            long t0 = System.nanoTime();
            try {
                out.addAll(p.run(ctx));
            } catch (Exception | Error e) {
                ctx.log("  part " + p.name() + " failed: " + e);
                out.add(new Measurement(p.name(), "FAILED: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                        0, "", "runs", false));
            } finally {
                if (p instanceof BuildPart || p instanceof RebuildPart || p instanceof AddOnePart) {
                    ctx.stopServer();
                }
            }
            ctx.log(String.format(Locale.ROOT, "  part %s took %.0f s", p.name(), (System.nanoTime() - t0) / 1e9));
        }
        return out;
    }

    /** The figures as an aligned table: part, what, value, unit, target, met. */
    public static String table(List<Measurement> ms) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"part", "measure", "value", "unit", "target", "met"});
        for (Measurement m : ms) {
            boolean note = m.unit().isEmpty() && m.target().isEmpty() && m.value() == 0;
            rows.add(new String[] {m.part(), m.name(), note ? "" : Measurement.fmt(m.value()), m.unit(), m.target(),
                    m.met() == null ? "" : m.met() ? "yes" : "NO"});
        }
        int[] w = new int[6];
        for (String[] r : rows) {
            for (int i = 0; i < 6; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            sb.append(String.format("%-" + w[0] + "s  %-" + w[1] + "s  %" + w[2] + "s  %-" + w[3] + "s  %-" + w[4]
                    + "s  %s", (Object[]) r).stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The figures as JSON: {@code {"settings": {...}, "measurements": [{"part":..., ...}]}}. */
    public static String json(BenchContext.Settings s, List<Measurement> ms) {
        StringBuilder sb = new StringBuilder("{\n  \"settings\": {");
        sb.append("\"inputs\": [");
        for (int i = 0; i < s.inputs().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(str(s.inputs().get(i).toString()));
        }
        sb.append("], \"threads\": ").append(s.threads()).append(", \"scales\": ").append(s.scales())
                .append(", \"clients\": ").append(s.clients()).append(", \"durationSeconds\": ")
                .append(s.duration().toSeconds()).append(", \"runs\": ").append(s.runs()).append(", \"heap\": ")
                .append(str(s.heap())).append(", \"cores\": ").append(Runtime.getRuntime().availableProcessors())
                .append("},\n  \"measurements\": [\n");
        for (int i = 0; i < ms.size(); i++) {
            Measurement m = ms.get(i);
            sb.append("    {\"part\": ").append(str(m.part())).append(", \"name\": ").append(str(m.name()))
                    .append(", \"value\": ").append(Double.isFinite(m.value()) ? Double.toString(m.value()) : "null")
                    .append(", \"unit\": ").append(str(m.unit())).append(", \"target\": ").append(str(m.target()))
                    .append(", \"met\": ").append(m.met()).append('}').append(i < ms.size() - 1 ? ",\n" : "\n");
        }
        return sb.append("  ]\n}\n").toString();
    }

    private static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
