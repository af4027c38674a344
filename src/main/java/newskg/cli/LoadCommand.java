package newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newskg.build.QuadsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg load}: a build written as N-Quads files (by {@code newskg spark}) into a new store, with
 * TDB2's bulk loader and the name index, ready for {@code newskg serve}.
 * <pre>
 *   newskg load --nquads out/nquads --store data/store
 *   newskg load --nquads hdfs-copy/nquads --store /srv/newskg/store --replace
 * </pre>
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the gzipped N-Quads files 'newskg spark' wrote (checked against their manifest) into",
                "a new store with TDB2's bulk loader, and builds the name index: 'newskg serve' then serves it.",
                "The store must be missing or empty unless --replace; it stays as it was if the load fails."})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--nquads", paramLabel = "DIR", required = true,
            description = "The directory 'newskg spark --out DIR' wrote: part files and manifest.json.")
    Path nquads;

    @Option(names = "--replace", description = "Replace a store that is not empty (once the new one is loaded).")
    boolean replace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuadsLoader.Summary s = QuadsLoader.load(nquads, store.path(), replace, line -> {
            err.println("newskg: " + line);
            err.flush();
        });
        out.println("Loaded " + store.path() + ": " + s.describe());
        out.flush();
        return 0;
    }
}
