package newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import newskg.bench.Bench;
import newskg.bench.BenchContext;
import newskg.bench.Measurement;
import newskg.source.ArticleFile;
import newskg.source.ArticleFormat;
import newskg.source.ArticleInput;
import newskg.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg bench}: every figure of the performance targets in one run over one corpus, as a table
 * (or JSON): bare OpenNLP tagging and extraction throughput, the build in a child JVM (wall, CPU, peak
 * RSS, store size) against {@code tdb2.tdbloader}, two rebuilds, one article added, the scaling series,
 * each query file over HTTP (p50/p99) and many clients at once. Progress goes to standard error.
 * <pre>
 *   newskg bench --input ../shared/corpus/bbc
 *   newskg bench --input ../shared/corpus/bbc --parts queries,mix --json
 * </pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures tagging and extraction throughput, the build (child JVM: wall, CPU, peak RSS, store size)",
                "against tdb2.tdbloader, rebuilds, adding one article, scaling, and query latency over HTTP.",
                "Stores go to a temporary directory, deleted afterwards (a BBC-size run needs about 2 GB of disk)."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*", required = true,
            description = ".txt article files or directories of them, e.g. ../shared/corpus/bbc")
    List<Path> inputs;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--scale", paramLabel = "K,...", split = ",", defaultValue = "1,2,4",
            description = "Copies of the corpus for the scaling series (default: ${DEFAULT-VALUE}).")
    List<Integer> scales;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32",
            description = "Concurrent HTTP clients of the mix (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long the clients send queries (default: ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
            description = "Timed runs of each query file, after two warm-ups (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "-Xmx of the child builds (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--parts", paramLabel = "NAME,...", split = ",",
            description = "Only these parts (and what they need): tagging, extraction, build, tdbloader, rebuild,"
                    + " add-one, scale, queries, mix, explorer, spark, live, faults. Default: all.")
    List<String> parts = List.of();

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "The query files (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the stores go (default: a temporary directory).")
    Path workDir;

    @Option(names = "--keep", description = "Keep the stores afterwards.")
    boolean keep;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        // the bench copies and links article files (scaling, adding one): it takes the inputs that are files
        List<ArticleFile> files = new ArrayList<>();
        for (ArticleInput in : ArticleReader.collect(inputs)) {
            if (in instanceof ArticleFile f && f.format() != ArticleFormat.JSON_LINES) {
                files.add(f);
            }
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--input: no article files (the bench needs files, not"
                    + " JSON Lines)");
        }
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("newskg-bench-");
        BenchContext.Settings settings = new BenchContext.Settings(inputs, threads, scales, clients,
                Duration.ofSeconds(durationSeconds), runs, queries, dir, keep, heap);
        err.printf("bench: %d articles, %d threads, %d cores, scale %s, %d clients for %d s; stores in %s%n",
                files.size(), threads, Runtime.getRuntime().availableProcessors(), scales, clients, durationSeconds, dir);
        err.flush();
        List<Measurement> figures;
        BenchContext ctx = Bench.context(settings, files, err);
        try {
            figures = Bench.run(ctx, new LinkedHashSet<>(parts));
        } finally {
            ctx.close();
        }
        out.print(json ? Bench.json(settings, figures) : Bench.table(figures));
        out.flush();
        return figures.stream().anyMatch(m -> m.name().startsWith("FAILED")) ? 1 : 0;
    }

    private void checkOptions() {
        Set<String> known = Set.copyOf(Bench.names());
        List<String> unknown = new ArrayList<>(parts.stream().filter(p -> !known.contains(p)).toList());
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--parts: no such part " + unknown + "; parts: "
                    + String.join(", ", Bench.names()));
        }
        if (threads < 1 || clients < 1 || durationSeconds < 1 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--threads, --clients, --duration and --runs must be positive");
        }
        if (scales.isEmpty() || scales.stream().anyMatch(k -> k < 1)) {
            throw new ParameterException(spec.commandLine(), "--scale must list positive numbers of copies, e.g. 1,2,4");
        }
        if (!Files.isDirectory(queries)) {
            throw new ParameterException(spec.commandLine(), "--queries " + queries + ": no such directory");
        }
    }
}
