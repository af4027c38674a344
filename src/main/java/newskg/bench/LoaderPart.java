package newskg.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The store baseline: the build's quads exported as N-Quads and loaded by {@code tdb2.tdbloader} in a
 * child JVM (wall, size on disk), and the build held against it and against bare tagging.
 */
final class LoaderPart implements BenchPart {
    @Override
    public String name() {
        return "tdbloader";
    }

    @Override
    public List<String> needs() {
        return List.of("tagging", "build");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        Path dir = ctx.dir("tdbloader");
        Path nq = dir.resolve("all.nq");
        BenchContext.ChildRun export = ctx.newskg(List.of("export", "--store", ctx.store().toString(), "--format", "nq",
                "--out", nq.toString()));
        if (export.exit() != 0) {
            throw new IllegalStateException("newskg export failed:\n" + export.output());
        }
        Path loc = dir.resolve("store");
        ctx.log("tdb2.tdbloader --loc " + loc + " " + nq);
        BenchContext.ChildRun load = ctx.javaMain("tdb2.tdbloader", List.of("--loc", loc.toString(), nq.toString()));
        if (load.exit() != 0) {
            throw new IllegalStateException("tdb2.tdbloader failed:\n" + load.output());
        }
        long bytes = BenchContext.diskBytes(loc);
        ctx.put("tdbloader.bytes", bytes);
        ctx.put("tdbloader.seconds", load.wallSeconds());
        BenchContext.delete(dir);
        double tagging = ctx.get("tagging.seconds", Double.class);
        double build = ctx.get("build.seconds", Double.class);
        long built = ctx.get("build.bytes", Long.class);
        return List.of(Measurement.of(name(), "wall (JVM included)", load.wallSeconds(), "s"),
                Measurement.of(name(), "store on disk", bytes / 1e6, "MB"),
                Measurement.atMost(name(), "build wall / (bare tagging + tdbloader)", build / (tagging + load.wallSeconds()),
                        "x", 1.5),
                Measurement.atMost(name(), "build store / tdbloader store", (double) built / bytes, "x", 1.3));
    }
}
