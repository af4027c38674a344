package newskg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The same corpus built twice more into the build's store (every article replaced), in child JVMs:
 * the store must stay within 1.3 times what {@code tdb2.tdbloader} makes of the same quads.
 */
final class RebuildPart implements BenchPart {
    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public List<String> needs() {
        return List.of("build", "tdbloader");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        long loader = ctx.get("tdbloader.bytes", Long.class);
        List<Measurement> out = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            BenchContext.ChildRun r = BuildPart.build(ctx, BuildPart.inputs(ctx), ctx.store());
            long bytes = BenchContext.diskBytes(ctx.store());
            out.add(Measurement.of(name(), "wall, rebuild " + i, r.wallSeconds(), "s"));
            out.add(Measurement.atMost(name(), "peak RSS, rebuild " + i, r.peakRssBytes() / 1e9, "GB",
                    BuildPart.MAX_RSS_GB));
            out.add(Measurement.atMost(name(), "store after rebuild " + i + " / tdbloader store", (double) bytes / loader,
                    "x", 1.3));
        }
        return out;
    }
}
