package newskg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build as a user runs it, in a child JVM with the run's heap: a fresh store from the corpus (wall,
 * CPU, peak RSS, size on disk). Leaves {@code build.store}, {@code build.seconds}, {@code build.bytes}.
 */
final class BuildPart implements BenchPart {
    /** Peak resident memory allowed for a build. */
    static final double MAX_RSS_GB = 2.0;

    @Override
    public String name() {
        return "build";
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        Path store = ctx.dir("bbc").resolve("store");
        BenchContext.ChildRun r = build(ctx, inputs(ctx), store);
        ctx.put("build.store", store);
        ctx.put("build.seconds", r.wallSeconds());
        long bytes = BenchContext.diskBytes(store);
        ctx.put("build.bytes", bytes);
        int cores = ctx.settings().threads();
        List<Measurement> out = new ArrayList<>();
        out.add(Measurement.atMost(name(), "wall, fresh store", r.wallSeconds(), "s", 30));
        out.add(Measurement.atLeast(name(), "CPU busy (of " + cores * 100 + "%)", r.cpuPercent(), "%", 90.0 * cores));
        out.add(Measurement.atMost(name(), "peak RSS (-Xmx" + ctx.settings().heap() + ")", r.peakRssBytes() / 1e9, "GB",
                MAX_RSS_GB));
        out.add(Measurement.of(name(), "store on disk", bytes / 1e6, "MB"));
        return out;
    }

    static List<String> inputs(BenchContext ctx) {
        List<String> in = new ArrayList<>();
        ctx.settings().inputs().forEach(p -> in.add(p.toString()));
        return in;
    }

    /** Runs {@code newskg build} in a child JVM; a failure to build at all stops the bench. */
    static BenchContext.ChildRun build(BenchContext ctx, List<String> inputs, Path store, String... more)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("build", "--store", store.toString(), "--threads",
                Integer.toString(ctx.settings().threads()), "--input"));
        args.addAll(inputs);
        args.addAll(List.of(more));
        ctx.log(String.join(" ", args.subList(0, Math.min(args.size(), 8))) + (args.size() > 8 ? " ..." : ""));
        BenchContext.ChildRun r = ctx.newskg(args);
        if (!Files.exists(store) || (r.exit() != 0 && !r.output().contains("Built "))) {
            throw new IllegalStateException("newskg build failed (exit " + r.exit() + "):\n" + r.output());
        }
        ctx.log(String.format(java.util.Locale.ROOT, "  %.1f s wall, %.0f%% CPU, %.2f GB peak RSS: %s",
                r.wallSeconds(), r.cpuPercent(), r.peakRssBytes() / 1e9, summary(r.output())));
        return r;
    }

    /** The build's "Built ..." line, without the store path. */
    static String summary(String output) {
        for (String line : output.split("\n")) {
            if (line.startsWith("Built ")) {
                int colon = line.indexOf(": ");
                return colon > 0 ? line.substring(colon + 2) : line;
            }
        }
        return "(no summary)";
    }
}
