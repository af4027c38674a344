package newskg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newskg.source.ArticleFile;

/**
 * Cost growth: the corpus copied k times under other ids (symbolic links {@code copyN/ID}), each built
 * into a fresh store in a child JVM; the wall time of k copies against one must be about k.
 */
final class ScalePart implements BenchPart {
    @Override
    public String name() {
        return "scale";
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        List<Measurement> out = new ArrayList<>();
        double base = 0;
        for (int k : ctx.settings().scales()) {
            Path dir = ctx.dir("scale-" + k);
            Path input = Files.createDirectories(dir.resolve("input"));
            for (int c = 1; c <= k; c++) {
                for (ArticleFile f : ctx.files()) {
                    Path link = input.resolve("copy" + c).resolve(f.id());
                    Files.createDirectories(link.getParent());
                    Files.createSymbolicLink(link, f.path().toAbsolutePath());
                }
            }
            BenchContext.ChildRun r = BuildPart.build(ctx, List.of(input.toString()), dir.resolve("store"));
            BenchContext.delete(dir);
            if (base == 0) {
                base = r.wallSeconds() / k;
            }
            out.add(Measurement.of(name(), "wall x" + k, r.wallSeconds(), "s"));
            if (out.size() > 1) {
                out.add(Measurement.near(name(), "wall x" + k + " / x1", r.wallSeconds() / base, "x", k, 0.10));
            }
        }
        return out;
    }
}
