package newskg.spark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newskg.NewskgException;
import newskg.build.BuildOptions;
import newskg.build.QuadsManifest;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg spark}: the extraction as a Spark job, the main class of {@code newskg-spark.jar}.
 * <pre>
 *   spark-submit --master yarn --class newskg.spark.SparkCommand newskg-spark.jar --input hdfs:///news --out hdfs:///nq
 *   ./newskg spark --master 'local[2]' --input seeds --out /tmp/nq          # this machine, no cluster
 * </pre>
 * Errors are one line ({@code newskg: ...}) with exit code 1, 2 for a wrong option.
 */
@Command(name = "newskg spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts the knowledge graph of articles as a Spark job: the same graphs as 'newskg build',",
                "written as gzipped N-Quads (one file per partition) and manifest.json, for 'newskg load'."})
public final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", arity = "1..*",
            description = "Article files or directories (any Hadoop path: hdfs://, s3a://, file:, local), read as "
                    + "'newskg build --input' reads them: text, Markdown, HTML, JSON Lines (also gzipped).")
    List<String> inputs = List.of();

    @Option(names = "--parquet", paramLabel = "PATH", arity = "1..*",
            description = "Parquet files or datasets, one article a row; columns are the JSON Lines keys "
                    + "(text, id, title, published, url, source, author, language).")
    List<String> parquet = List.of();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "Output directory (any Hadoop path); it must not exist unless --overwrite.")
    String out;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (under spark-submit, give spark-submit's --master instead).")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Output files and tasks (default: one per " + ExtractionJob.ARTICLES_PER_PARTITION
                    + " articles, at least two per core).")
    int partitions;

    @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "1MB",
            description = "Skip (and list) articles larger than this: bytes, or with kB, MB (default: ${DEFAULT-VALUE}).")
    String maxArticleSize;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Skip (and list) an article still being processed after this long (default: ${DEFAULT-VALUE}).")
    double articleTimeout;

    @Override
    public Integer call() {
        JobOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean running = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = session(master);
        QuadsManifest m;
        try {
            m = ExtractionJob.run(spark, options, line -> {
                err.println("newskg: " + line);
                err.flush();
            });
        } finally {
            if (!running) {
                spark.stop(); // a session made here; one already running (embedded use) is its owner's
            }
        }
        for (QuadsManifest.Skipped s : m.skipped()) {
            err.println("newskg: skipped " + s.problem());
        }
        for (String w : m.warnings()) {
            err.println("newskg: warning: " + w);
        }
        out.println(describe(options.out(), m));
        out.flush();
        err.flush();
        return m.skipped().isEmpty() && m.warnings().isEmpty() ? 0 : 1;
    }

    /** The closing line: what was written, and where the time went. */
    static String describe(String out, QuadsManifest m) {
        return String.format(Locale.ROOT, "Wrote %s: %d articles, %d quads in %d files%s%s; extraction %s s, linking"
                        + " %s s, writing %s s (%s, Spark %s)", out, m.articles(), m.quads(), m.parts().size(),
                m.skipped().isEmpty() ? "" : ", " + m.skipped().size() + " skipped",
                m.linked() == 0 ? "" : "; surnames linked in " + m.linked() + (m.linked() == 1 ? " article" : " articles"),
                m.run().get("extractSeconds"), m.run().get("linkSeconds"), m.run().get("writeSeconds"),
                m.run().get("master"), m.run().get("sparkVersion"));
    }

    private JobOptions options() {
        CommandLine cl = spec.commandLine();
        if (inputs.isEmpty() && parquet.isEmpty()) {
            throw new ParameterException(cl, "give --input PATH... or --parquet PATH... (or both)");
        }
        if (partitions < 0) {
            throw new ParameterException(cl, "--partitions must be positive: " + partitions);
        }
        if (!(articleTimeout > 0)) {
            throw new ParameterException(cl, "--article-timeout must be a positive number of seconds: " + articleTimeout);
        }
        long maxBytes;
        try {
            maxBytes = BuildOptions.parseSize(maxArticleSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cl, "--max-article-size " + e.getMessage());
        }
        return new JobOptions(inputs, parquet, out, overwrite, partitions, maxBytes,
                Duration.ofMillis(Math.max(1, Math.round(articleTimeout * 1000))));
    }

    /**
     * The session: {@code master} when given (else spark-submit's). A local master keeps to this machine:
     * the driver on 127.0.0.1 and no web UI; warnings only, unless the configuration says otherwise. A
     * cluster master given here (not through spark-submit) gets the job's jar, {@code newskg.sparkJar}.
     */
    static SparkSession session(String master) {
        SparkConf given = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName("newskg extraction");
        String m = master != null ? master : given.get("spark.master", null);
        if (master != null) {
            b.master(master);
        }
        String jar = System.getProperty("newskg.sparkJar");
        if (master != null && !master.startsWith("local") && jar != null) {
            // the driver runs here on the module's classpath; the cluster's executors get the job's jar
            setUnlessGiven(b, given, "spark.jars", jar);
        }
        if (m != null && m.startsWith("local")) {
            setUnlessGiven(b, given, "spark.ui.enabled", "false");
            setUnlessGiven(b, given, "spark.driver.bindAddress", "127.0.0.1");
            setUnlessGiven(b, given, "spark.driver.host", "127.0.0.1");
            setUnlessGiven(b, given, "spark.log.level", "WARN");
        }
        // the extracted articles wait, compressed, while the links are found
        setUnlessGiven(b, given, "spark.rdd.compress", "true");
        return b.getOrCreate();
    }

    private static void setUnlessGiven(SparkSession.Builder b, SparkConf given, String key, String value) {
        if (!given.contains(key)) {
            b.config(key, value);
        }
    }

    public static void main(String[] args) {
        // Jena asks the StAX factory for settings Hadoop's (Woodstox) does not know, and logs an error each
        // time; the JDK's knows them. Hadoop itself uses Woodstox directly, whatever this says.
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
        System.exit(commandLine().execute(args));
    }

    /** The command line with newskg's error handling: one line for a user's error, a trace for a bug. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkCommand());
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            PrintWriter err = c.getErr();
            Throwable cause = rootNewskg(e);
            if (cause != null) {
                err.println("newskg: " + cause.getMessage());
            } else {
                err.println("newskg: the Spark job failed: " + e);
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cl;
    }

    /** The newskg error behind {@code e} (a task's error reaches the driver wrapped by Spark), if any. */
    private static Throwable rootNewskg(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NewskgException || t instanceof IllegalArgumentException) {
                return t;
            }
        }
        return null;
    }
}
