package newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import newskg.build.BuildSummary;
import newskg.build.GraphBuilder;
import newskg.source.ArticleInputs;
import newskg.source.ArticleReader;
import newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg bench}: measures the build (all stages, into a fresh TDB2 store in a temporary
 * directory) over a set of articles and prints throughput and memory. Each round is a full build; the
 * figures are per round and their median.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures build throughput (articles/s, MB/s, triples/s) and memory over the input,",
                "building into a fresh temporary store each round."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*", required = true,
            description = ".txt article files or directories of them, e.g. ../shared/corpus/bbc")
    List<Path> inputs;

    @Option(names = {"-r", "--rounds"}, paramLabel = "N", description = "Timed rounds (default: ${DEFAULT-VALUE}).",
            defaultValue = "3")
    int rounds;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ArticleInputs files = ArticleReader.collect(inputs);
        long bytes = files.bytes();
        out.printf("bench: %d articles, %.2f MB, %d threads, %d rounds (+1 warm-up)%n", files.size(), bytes / 1e6,
                threads, rounds);
        List<Double> seconds = new ArrayList<>();
        BuildSummary last = null;
        for (int r = 0; r <= rounds; r++) {
            Path dir = Files.createTempDirectory("newskg-bench-");
            try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
                last = new GraphBuilder(store, threads).build(files, f -> { });
            } finally {
                delete(dir);
            }
            if (r > 0) {
                seconds.add(last.seconds());
                out.printf("round %d: %.2f s, %.1f articles/s, %.3f MB/s, %.0f triples/s%n", r, last.seconds(),
                        last.articles() / last.seconds(), bytes / 1e6 / last.seconds(), last.triples() / last.seconds());
            }
            out.flush();
        }
        seconds.sort(Comparator.naturalOrder());
        double median = seconds.get(seconds.size() / 2);
        Runtime rt = Runtime.getRuntime();
        out.printf("median: %.2f s, %.1f articles/s, %.3f MB/s, %.0f triples/s; %d triples, %d skipped; "
                        + "heap used %d MB of %d MB max%n", median, last.articles() / median, bytes / 1e6 / median,
                last.triples() / median, last.triples(), last.skipped().size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        return 0;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
