package newskg.build;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a build written as N-Quads files holds ({@value #FILE} beside the files, written last): the
 * articles and quads of each file, the articles skipped and why, the warnings, and how the run went. The
 * distributed job writes it; {@code newskg load} checks the files against it before it loads them.
 * <pre>
 *   QuadsManifest m = QuadsManifest.read(Path.of("out/nquads"));
 *   m.parts().forEach(p -&gt; System.out.println(p.file() + ": " + p.quads() + " quads"));
 * </pre>
 * Immutable.
 *
 * @param format   {@value #FORMAT}
 * @param articles articles written
 * @param quads    quads written
 * @param linked   articles whose lone surnames were linked to full names before writing
 * @param parts    the files, each with its articles and quads, in order
 * @param skipped  the articles not written, each with its problem ("origin: reason")
 * @param warnings problems in articles written all the same, each "origin: problem"
 * @param run      how the job ran: master, inputs, partitions, seconds per stage ... (names to text)
 */
public record QuadsManifest(String format, long articles, long quads, long linked, List<Part> parts,
                            List<Skipped> skipped, List<String> warnings, Map<String, String> run) {
    /** The manifest's file name in the output directory. */
    public static final String FILE = "manifest.json";
    /** The format this class reads and writes. */
    public static final String FORMAT = "newskg-nquads/1";

    /** Missing lists and maps (in a manifest read) are empty. */
    public QuadsManifest {
        parts = parts == null ? List.of() : List.copyOf(parts);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        run = run == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(run));
    }

    /** One file: its name in the directory (gzipped N-Quads), the articles and quads it holds. */
    public record Part(String file, long articles, long quads) implements Serializable {
        public Part {
            Objects.requireNonNull(file, "file");
        }
    }

    /** One article skipped: its id and the problem ("origin: reason"), as the local build reports it. */
    public record Skipped(String article, String problem) implements Serializable {
        public Skipped {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    /** The manifest as JSON. */
    public String toJson() {
        return GSON.toJson(this) + "\n";
    }

    /**
     * Parses a manifest.
     *
     * @param origin the file's name, for messages
     * @throws BuildException when the text is not a manifest of this format
     */
    public static QuadsManifest parse(String json, String origin) {
        QuadsManifest m;
        try {
            m = GSON.fromJson(json, QuadsManifest.class);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new BuildException(origin + ": not a newskg manifest (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // a record field of the wrong kind, or a part without its file
            throw new BuildException(origin + ": not a newskg manifest (" + e.getMessage() + ")");
        }
        if (m == null || !FORMAT.equals(m.format())) {
            throw new BuildException(origin + ": not a newskg manifest (format is "
                    + (m == null ? "missing" : "'" + m.format() + "'") + ", expected '" + FORMAT + "')");
        }
        if (m.parts().stream().anyMatch(p -> p.file().contains("/") || p.file().startsWith("."))) {
            throw new BuildException(origin + ": a part file is named outside the directory");
        }
        return m;
    }

    /**
     * Reads the manifest of the directory {@code dir}.
     *
     * @throws BuildException when it is missing, unreadable or not a manifest
     */
    public static QuadsManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BuildException(dir + ": no " + FILE + " (not the output of 'newskg spark', or the job did"
                    + " not finish)");
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read it (" + e.getMessage() + ")");
        }
        return parse(json, file.toString());
    }
}
