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
        BenchContext.ChildRun r = BuildPart.build(ctx, List.of(one.toString()), ctx.store());
        BenchContext.ChildRun again = BuildPart.build(ctx, List.of(one.toString()), ctx.store());
        return List.of(Measurement.atMost(name(), "wall, JVM start included", r.wallSeconds(), "s", 1.5),
                Measurement.atMost(name(), "wall, same article again", again.wallSeconds(), "s", 1.5));
    }
}
