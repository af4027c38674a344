package newskg.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The process's own CPU time and peak resident memory, written by a child {@code newskg build} for
 * {@code newskg bench} ({@code --usage-file}): {@code cpuSeconds} and {@code peakRssBytes} (from
 * {@code /proc/self/status} VmHWM; 0 where there is no /proc), and {@code heapMaxBytes}.
 */
final class ResourceUsage {
    private ResourceUsage() {
    }

    static void write(Path file) {
        Properties p = new Properties();
        p.setProperty("cpuSeconds", Double.toString(cpuNanos() / 1e9));
        p.setProperty("peakRssBytes", Long.toString(peakRssBytes()));
        p.setProperty("heapMaxBytes", Long.toString(Runtime.getRuntime().maxMemory()));
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "newskg build resource usage");
        } catch (IOException e) {
            throw new newskg.NewskgException(file + ": cannot write the resource usage (" + e.getMessage() + ")", e);
        }
    }

    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** VmHWM of this process, in bytes; 0 when unknown. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
