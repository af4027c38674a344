package newskg.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file systems, credentials, {@code spark.hadoop.*} settings) carried to
 * the executors, which read and write the same paths with it.
 * <pre>
 *   Broadcast&lt;HadoopConf&gt; conf = sc.broadcast(new HadoopConf(sc.hadoopConfiguration()));
 *   FileSystem fs = path.getFileSystem(conf.value().get());
 * </pre>
 * Thread-safe to read once built.
 */
final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    HadoopConf(Configuration conf) {
        this.conf = conf;
    }

    Configuration get() {
        return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}
