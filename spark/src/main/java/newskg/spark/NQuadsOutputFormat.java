package newskg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;

/**
 * Hadoop's file output (task attempts, the committer, {@code _SUCCESS}) for N-Quads: one gzipped file a
 * task, {@code part-r-00000.nq.gz}, each record the N-Quads of one article, written as it is, so that
 * the quads of an article stay together.
 * <pre>
 *   pairs.saveAsNewAPIHadoopFile(out, NullWritable.class, Text.class, NQuadsOutputFormat.class, conf);
 * </pre>
 * Each record writer is used by one task thread.
 */
public final class NQuadsOutputFormat extends FileOutputFormat<NullWritable, Text> {
    /** The part files' extension. */
    static final String EXTENSION = ".nq.gz";

    @Override
    public RecordWriter<NullWritable, Text> getRecordWriter(TaskAttemptContext job) throws IOException {
        Path file = getDefaultWorkFile(job, EXTENSION);
        OutputStream out = new GZIPOutputStream(file.getFileSystem(job.getConfiguration()).create(file, false), 1 << 16);
        return new RecordWriter<>() {
            @Override
            public void write(NullWritable key, Text value) throws IOException {
                out.write(value.getBytes(), 0, value.getLength());
            }

            @Override
            public void close(TaskAttemptContext context) throws IOException {
                out.close();
            }
        };
    }
}
