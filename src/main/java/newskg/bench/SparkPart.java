package newskg.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newskg.build.QuadsManifest;

/**
 * The Spark path on this machine: the Spark job in local mode ({@code local[2]}, a child JVM on the Spark
 * module's classpath, as {@code ./newskg spark} runs it) over the corpus, held against the extraction on
 * the run's threads ({@link ExtractionPart}); then {@code newskg load} of its output held against
 * {@code tdb2.tdbloader} on the same files; and articles per core-second. Needs the Spark module built
 * ({@code spark/target/spark-classpath.txt}: {@code ./newskg spark --help} builds it).
 */
final class SparkPart implements BenchPart {
    /** The JVM options Spark 3.5 needs on Java 17 (as spark-submit gives them). */
    static final List<String> JAVA17_OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
            "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic",
            "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar");

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public List<String> needs() {
        return List.of("extraction");
    }

    @Override
    public List<Measurement> run(BenchContext ctx) throws Exception {
        Path home = Path.of(System.getProperty("newskg.home", "."));
        Path classes = home.resolve("spark/target/classes");
        Path classpath = home.resolve("spark/target/spark-classpath.txt");
        if (!Files.isRegularFile(classpath) || !Files.isDirectory(classes)) {
            throw new IllegalStateException(classpath + " is missing: build the Spark module first (./newskg spark"
                    + " --help builds it)");
        }
        int cores = ctx.settings().threads();
        Path dir = ctx.dir("spark");
        Path out = dir.resolve("nquads");
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx3g"));
        JAVA17_OPENS.forEach(p -> cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED"));
        cmd.add("-Djdk.reflect.useDirectMethodHandle=false");
        cmd.addAll(List.of("-cp", classes + ":" + Files.readString(classpath, StandardCharsets.UTF_8).strip(),
                "newskg.spark.SparkCommand", "--master", "local[" + cores + "]", "--out", out.toString(), "--input"));
        ctx.settings().inputs().forEach(p -> cmd.add(p.toString()));
        ctx.log("newskg spark --master local[" + cores + "] --out " + out + " --input ...");
        BenchContext.ChildRun job = ctx.process(cmd);
        if (!Files.exists(out.resolve(QuadsManifest.FILE))) {
            throw new IllegalStateException("newskg spark failed (exit " + job.exit() + "):\n" + job.output());
        }
        QuadsManifest m = QuadsManifest.read(out);
        double extract = Double.parseDouble(m.run().get("extractSeconds"));
        double total = Double.parseDouble(m.run().get("totalSeconds"));
        ctx.log(String.format(java.util.Locale.ROOT, "  %.1f s wall (extraction %.1f s): %d articles, %d quads",
                job.wallSeconds(), extract, m.articles(), m.quads()));

        Path store = dir.resolve("store");
        BenchContext.ChildRun load = ctx.newskg(List.of("load", "--nquads", out.toString(), "--store", store.toString()));
        if (load.exit() != 0) {
            throw new IllegalStateException("newskg load failed:\n" + load.output());
        }
        long loadBytes = BenchContext.diskBytes(store);
        BenchContext.delete(store);
        Path loc = dir.resolve("tdbloader");
        List<String> files = new ArrayList<>(List.of("--loc", loc.toString()));
        m.parts().forEach(p -> files.add(out.resolve(p.file()).toString()));
        ctx.log("tdb2.tdbloader --loc " + loc + " " + out + "/part-*");
        BenchContext.ChildRun tdb = ctx.javaMain("tdb2.tdbloader", files);
        if (tdb.exit() != 0) {
            throw new IllegalStateException("tdb2.tdbloader failed:\n" + tdb.output());
        }
        long tdbBytes = BenchContext.diskBytes(loc);
        BenchContext.delete(dir);

        double local = ctx.get("extraction.seconds", Double.class);
        List<Measurement> ms = new ArrayList<>();
        ms.add(Measurement.of(name(), "articles (skipped " + m.skipped().size() + ")", m.articles(), ""));
        ms.add(Measurement.of(name(), "quads", m.quads(), ""));
        ms.add(Measurement.of(name(), "wall, JVM and Spark start included", job.wallSeconds(), "s"));
        ms.add(Measurement.of(name(), "job (extract, link, write)", total, "s"));
        ms.add(Measurement.of(name(), "extraction stage, local[" + cores + "]", extract, "s"));
        ms.add(Measurement.of(name(), "build extraction, " + cores + " threads", local, "s"));
        ms.add(Measurement.atMost(name(), "Spark extraction / build extraction", extract / local, "x", 1.3));
        ms.add(Measurement.of(name(), "articles per core-second", m.articles() / (extract * cores), "articles/s"));
        ms.add(Measurement.of(name(), "newskg load (JVM included)", load.wallSeconds(), "s"));
        ms.add(Measurement.of(name(), "tdb2.tdbloader, same files (JVM included)", tdb.wallSeconds(), "s"));
        ms.add(Measurement.atMost(name(), "newskg load / tdb2.tdbloader", load.wallSeconds() / tdb.wallSeconds(), "x",
                1.1));
        ms.add(Measurement.of(name(), "store on disk: newskg load / tdbloader", (double) loadBytes / tdbBytes, "x"));
        return ms;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
