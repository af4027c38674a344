package newskg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One new article (a copy of the corpus's first, under another name) added to the built store, as a
 * user would: {@code newskg build --input one.txt} in a fresh JVM, start-up included.
 */
final class AddOnePart implements BenchPart {
    @Override
    public String name() {
        return "add-one";
    }

    @Override
    public List<String> needs() {
        return List.of("build");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        Path dir = ctx.dir("add-one");
        Path one = Files.copy(ctx.files().get(0).path(), dir.resolve("bench-added-article.txt"));
        BenchContext.ChildRun plain = add(ctx, one, List.of());
        // as ./newskg runs it: the first run records a class-data archive, later ones map it
        Path jsa = dir.resolve("newskg.jsa");
        add(ctx, one, List.of("-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        List<String> shared = List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off");
        Path two = Files.copy(ctx.files().get(1 % ctx.files().size()).path(), dir.resolve("bench-added-article-2.txt"));
        BenchContext.ChildRun r = add(ctx, two, shared);
        BenchContext.ChildRun again = add(ctx, two, shared);
        return List.of(Measurement.of(name(), "wall, no class-data archive", plain.wallSeconds(), "s"),
                Measurement.atMost(name(), "wall, JVM start included (./newskg)", r.wallSeconds(), "s", 1.5),
                Measurement.atMost(name(), "wall, same article again", again.wallSeconds(), "s", 1.5),
                Measurement.of(name(), "CPU, JVM start included", r.cpuSeconds(), "s"));
    }

    private static BenchContext.ChildRun add(BenchContext ctx, Path article, List<String> jvm) throws Exception {
        List<String> args = List.of("build", "--store", ctx.store().toString(), "--input", article.toString());
        ctx.log(String.join(" ", args) + (jvm.isEmpty() ? "" : " (" + jvm.get(0) + ")"));
        BenchContext.ChildRun r = ctx.newskg(args, jvm);
        if (r.exit() != 0) {
            throw new IllegalStateException("newskg build failed (exit " + r.exit() + "):\n" + r.output());
        }
        ctx.log(String.format(java.util.Locale.ROOT, "  %.2f s wall, %.2f s CPU", r.wallSeconds(), r.cpuSeconds()));
        return r;
    }
}
