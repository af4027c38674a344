package newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newskg.build.QuadsManifest;
import newskg.build.SurnameLinks;
import newskg.source.ArticleInput;
import newskg.source.JsonLine;
import newskg.source.JsonLinesReader;
import newskg.source.SkippedInput;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The extraction as a Spark job: articles in, gzipped N-Quads (one file per partition) and a
 * {@link QuadsManifest} out, the same graphs as {@code newskg build} makes of the same input.
 * <pre>
 *   inputs (listed on the driver) -> JSON Lines files split into lines, Parquet rows as JSON lines
 *     -> repeated ids skipped (first one wins) -> spread over the partitions
 *     -> per article: ArticleOutcome.process (read, limits, ArticleProcessor), one processor per thread
 *     -> persisted -> people grouped by surname -> SurnameLinks.links per group -> the links, broadcast
 *     -> each article's lone surnames linked (SurnameLinks.rewrite) -> part-r-NNNNN.nq.gz + manifest.json
 * </pre>
 * <pre>
 *   QuadsManifest m = ExtractionJob.run(spark, JobOptions.of(List.of("hdfs:///news"), List.of(), "hdfs:///nq"), log);
 * </pre>
 * One run at a time per output directory.
 */
public final class ExtractionJob {
    /** Articles per output file when the job chooses the partitions. */
    static final int ARTICLES_PER_PARTITION = 2000;
    private static final Pattern PART = Pattern.compile("part-[a-z]-(\\d+)" + Pattern.quote(NQuadsOutputFormat.EXTENSION));

    private ExtractionJob() {
    }

    /**
     * Runs the job.
     *
     * @param log told what the job does, a line at a time
     * @throws SparkJobException when the output exists (without overwrite) or cannot be written
     * @throws newskg.source.ArticleException when an input does not exist or a directory holds no articles
     */
    public static QuadsManifest run(SparkSession spark, JobOptions o, Consumer<String> log) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = sc.hadoopConfiguration();
        Path out = new Path(o.out());
        prepareOutput(out, hconf, o.overwrite());

        List<SourceItem> listed = InputListing.list(o.inputs(), hconf);
        Broadcast<HadoopConf> conf = sc.broadcast(new HadoopConf(hconf));
        int slices = Math.max(1, Math.min(listed.size(), 4 * sc.defaultParallelism()));
        JavaRDD<SourceItem> items = listed.isEmpty() ? sc.emptyRDD()
                : sc.parallelize(listed, slices).flatMap(item -> expand(item, conf.value().get()));
        long rank = listed.size();
        for (String p : o.parquet()) {
            items = items.union(parquetRows(spark, p, rank++));
        }
        JavaRDD<SourceItem> listedItems = items.persist(StorageLevel.MEMORY_AND_DISK_SER());
        items = skipRepeatedIds(sc, listedItems);
        long inputs = items.count();
        int partitions = o.partitions() > 0 ? o.partitions()
                : (int) Math.max(2L * sc.defaultParallelism(), (inputs + ARTICLES_PER_PARTITION - 1) / ARTICLES_PER_PARTITION);
        log.accept(String.format(Locale.ROOT, "%d inputs in %d partitions on %s", inputs, partitions, sc.master()));

        long maxBytes = o.maxArticleBytes();
        java.time.Duration timeout = o.articleTimeout();
        JavaRDD<ExtractedArticle> extracted = items.repartition(partitions)
                .map(item -> ArticleTask.run(item.input(conf.value().get()), maxBytes, timeout))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long t1 = System.nanoTime();
        extracted.count();
        items.unpersist(false);
        listedItems.unpersist(false);
        double extractSeconds = (System.nanoTime() - t1) / 1e9;
        log.accept(String.format(Locale.ROOT, "extracted in %.1f s", extractSeconds));

        long t2 = System.nanoTime();
        Map<String, String> links = links(extracted);
        Broadcast<HashMap<String, String>> linkMap = sc.broadcast(new HashMap<>(links));
        double linkSeconds = (System.nanoTime() - t2) / 1e9;
        log.accept(String.format(Locale.ROOT, "%d lone surnames linked to full names in %.1f s", links.size(),
                linkSeconds));

        long t3 = System.nanoTime();
        JavaRDD<ExtractedArticle> linked = extracted.map(a -> a.relinked(linkMap.value()));
        List<PartStats> stats = new ArrayList<>(linked.mapPartitionsWithIndex(
                (index, it) -> List.of(PartStats.of(index, it)).iterator(), true).collect());
        stats.sort(Comparator.comparingInt(PartStats::index));
        linked.filter(a -> !a.isSkipped())
                .mapToPair(a -> new Tuple2<>(NullWritable.get(), new Text(a.nquads())))
                .saveAsNewAPIHadoopFile(o.out(), NullWritable.class, Text.class, NQuadsOutputFormat.class, hconf);
        double writeSeconds = (System.nanoTime() - t3) / 1e9;
        extracted.unpersist(false);

        Map<String, String> run = new LinkedHashMap<>();
        run.put("master", sc.master());
        run.put("sparkVersion", sc.version());
        run.put("defaultParallelism", Integer.toString(sc.defaultParallelism()));
        run.put("partitions", Integer.toString(partitions));
        run.put("inputs", String.join(" ", o.inputs()));
        run.put("parquet", String.join(" ", o.parquet()));
        run.put("extractSeconds", seconds(extractSeconds));
        run.put("linkSeconds", seconds(linkSeconds));
        run.put("writeSeconds", seconds(writeSeconds));
        run.put("totalSeconds", seconds((System.nanoTime() - t0) / 1e9));
        QuadsManifest manifest = manifest(out, hconf, stats, links.size(), run);
        writeManifest(out, hconf, manifest);
        return manifest;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static void prepareOutput(Path out, Configuration conf, boolean overwrite) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (fs.exists(out)) {
                if (!overwrite) {
                    throw new SparkJobException(out + ": output directory exists; give --overwrite to replace it");
                }
                fs.delete(out, true);
            }
        } catch (IOException e) {
            throw new SparkJobException(out + ": cannot prepare the output directory (" + e.getMessage() + ")", e);
        }
    }

    /** A JSON Lines file as its lines (read lazily, one line at a time); any other item as it is. */
    static Iterator<SourceItem> expand(SourceItem item, Configuration conf) {
        if (item.kind() != SourceItem.Kind.JSON_LINES_FILE) {
            return List.of(item).iterator();
        }
        String uri = item.uri();
        JsonLinesReader reader = new JsonLinesReader(item.origin(), item.id(),
                JsonLinesReader.gzipped(new Path(uri).getName()), () -> HadoopArticleFile.open(uri, conf));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return reader.hasNext();
            }

            @Override
            public SourceItem next() {
                ArticleInput in = reader.next();
                if (in instanceof JsonLine j) {
                    return SourceItem.json(j.file(), j.line(), j.id(), j.json(), item.rank());
                }
                SkippedInput s = (SkippedInput) in;
                return SourceItem.skipped(s.origin(), s.id(), s.reason(), item.rank(), 0);
            }
        };
    }

    /** A Parquet file or dataset as JSON lines: the columns as JSON Lines keys, its {@code id} or name:row. */
    private static JavaRDD<SourceItem> parquetRows(SparkSession spark, String path, long rank) {
        String name = new Path(path).getName();
        return spark.read().parquet(path).toJSON().javaRDD().zipWithIndex().map(t -> {
            long row = t._2() + 1;
            String id = JsonLine.idOf(t._1());
            return SourceItem.json(path, row, id != null ? id : name + ":" + row, t._1(), rank);
        });
    }

    /**
     * Records whose id an earlier input already has are skipped, as the local build skips them: the
     * first in the listing's order (file, then line) keeps the id.
     */
    private static JavaRDD<SourceItem> skipRepeatedIds(JavaSparkContext sc, JavaRDD<SourceItem> items) {
        List<String> repeated = items.filter(i -> i.kind() != SourceItem.Kind.SKIPPED)
                .mapToPair(i -> new Tuple2<>(i.id(), 1L)).reduceByKey(Long::sum).filter(c -> c._2() > 1).keys().collect();
        if (repeated.isEmpty()) {
            return items;
        }
        Set<String> ids = new HashSet<>(repeated);
        Broadcast<Set<String>> idSet = sc.broadcast(ids);
        List<SourceItem> holders = new ArrayList<>(items.filter(i -> i.kind() != SourceItem.Kind.SKIPPED
                && idSet.value().contains(i.id())).collect());
        holders.sort(Comparator.comparingLong(SourceItem::rank).thenComparingLong(SourceItem::line));
        Map<String, String> first = new HashMap<>();
        Map<String, String> losers = new HashMap<>();
        for (SourceItem h : holders) {
            String other = first.putIfAbsent(h.id(), h.where());
            if (other != null) {
                losers.put(h.rank() + ":" + h.line(), "article id '" + h.id() + "' is already the id of " + other
                        + "; skipped (give it another id)");
            }
        }
        Broadcast<Map<String, String>> skip = sc.broadcast(losers);
        return items.map(i -> {
            String why = i.kind() == SourceItem.Kind.SKIPPED ? null : skip.value().get(i.rank() + ":" + i.line());
            return why == null ? i : i.skip(why);
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /**
     * The cross-article links as a Spark stage: every person once, grouped by surname, the rule applied to
     * each group ({@link SurnameLinks#links}, which relates people of one surname only).
     */
    static Map<String, String> links(JavaRDD<ExtractedArticle> extracted) {
        return new TreeMap<>(extracted.flatMap(a -> a.people().iterator()).distinct()
                .mapToPair(p -> new Tuple2<>(SurnameLinks.surname(p), p))
                .filter(t -> t._1() != null)
                .groupByKey()
                .flatMapToPair(g -> {
                    List<String> group = new ArrayList<>();
                    g._2().forEach(group::add);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    SurnameLinks.links(group).forEach((k, v) -> out.add(new Tuple2<>(k, v)));
                    return out.iterator();
                })
                .collectAsMap());
    }

    /** The manifest of what was written: each part file found in the output matched to its partition. */
    private static QuadsManifest manifest(Path out, Configuration conf, List<PartStats> stats, int links,
                                          Map<String, String> run) {
        Map<Integer, String> files = new TreeMap<>();
        try {
            for (FileStatus f : out.getFileSystem(conf).listStatus(out)) {
                Matcher m = PART.matcher(f.getPath().getName());
                if (m.matches()) {
                    files.put(Integer.parseInt(m.group(1)), f.getPath().getName());
                }
            }
        } catch (IOException e) {
            throw new SparkJobException(out + ": cannot list the output (" + e.getMessage() + ")", e);
        }
        List<QuadsManifest.Part> parts = new ArrayList<>();
        List<QuadsManifest.Skipped> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        long articles = 0;
        long quads = 0;
        long linked = 0;
        for (PartStats s : stats) {
            String file = files.get(s.index());
            if (file == null) {
                throw new SparkJobException(out + ": the file of partition " + s.index() + " is missing");
            }
            parts.add(new QuadsManifest.Part(file, s.articles(), s.quads()));
            skipped.addAll(s.skipped());
            warnings.addAll(s.warnings());
            articles += s.articles();
            quads += s.quads();
            linked += s.linked();
        }
        skipped.sort(Comparator.comparing(QuadsManifest.Skipped::problem));
        Map<String, String> r = new LinkedHashMap<>(run);
        r.put("surnameLinks", Integer.toString(links));
        return new QuadsManifest(QuadsManifest.FORMAT, articles, quads, linked, parts, skipped, warnings, r);
    }

    private static void writeManifest(Path out, Configuration conf, QuadsManifest m) {
        Path file = new Path(out, QuadsManifest.FILE);
        try (OutputStream os = file.getFileSystem(conf).create(file, true)) {
            os.write(m.toJson().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SparkJobException(file + ": cannot write the manifest (" + e.getMessage() + ")", e);
        }
    }

    /** What one partition holds. */
    record PartStats(int index, long articles, long quads, long linked, List<QuadsManifest.Skipped> skipped,
                     List<String> warnings) implements java.io.Serializable {
        static PartStats of(int index, Iterator<ExtractedArticle> it) {
            long articles = 0;
            long quads = 0;
            long linked = 0;
            List<QuadsManifest.Skipped> skipped = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            while (it.hasNext()) {
                ExtractedArticle a = it.next();
                if (a.isSkipped()) {
                    skipped.add(new QuadsManifest.Skipped(a.id(), a.problem()));
                    continue;
                }
                articles++;
                quads += a.quads();
                linked += a.linked() ? 1 : 0;
                warnings.addAll(a.warnings());
            }
            return new PartStats(index, articles, quads, linked, skipped, warnings);
        }
    }
}
