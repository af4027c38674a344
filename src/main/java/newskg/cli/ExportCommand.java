package newskg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newskg.store.ExportFormat;
import newskg.store.Exporter;
import newskg.store.GraphStore;
import newskg.vocab.NKG;
import newskg.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newskg export}: writes the knowledge graph as RDF.
 * <pre>
 *   newskg export --out kg.ttl
 *   newskg export --format trig --out kg.trig
 *   newskg export --graph 042_0123456789abcdef.txt
 * </pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the knowledge graph as RDF, with the newskg prefixes.",
                "Turtle, N-Triples and JSON-LD get one graph, the union of all articles; TriG and N-Quads keep "
                        + "one named graph per article."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "ttl, trig, nt, nq or jsonld. Default: from the --out file's extension, else ttl.")
    String format;

    @Option(names = {"-g", "--graph"}, paramLabel = "ARTICLE",
            description = "Export one article's graph only: its IRI, a prefixed name (article:042_0123456789abcdef) "
                    + "or its file name (042_0123456789abcdef.txt).")
    String graph;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only once the export is complete) instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        ExportFormat fmt = ExportFormat.of(format != null ? format : formatOf(out));
        String graphIri = graph == null ? null : graphIri(graph);
        try (GraphStore gs = Stores.openExisting(store.path())) {
            Exporter exporter = new Exporter(gs);
            if (out != null) {
                exporter.write(fmt, graphIri, out);
            } else {
                // Bytes, not picocli's PrintWriter: RDF is UTF-8 whatever the platform's charset.
                OutputStream stdout = new BufferedOutputStream(System.out);
                exporter.write(fmt, graphIri, stdout);
            }
        }
        return 0;
    }

    /** The format a file name suggests ({@code kg.trig} → trig); ttl when it suggests none. */
    static String formatOf(Path file) {
        if (file == null) {
            return "ttl";
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "trig", "nt", "nq", "jsonld" -> ext;
            case "json" -> "jsonld";
            default -> "ttl";
        };
    }

    /**
     * The graph IRI a user means: an IRI as given (angle brackets allowed), a prefixed name expanded
     * with the newskg prefixes, or an article file name or key.
     */
    static String graphIri(String arg) {
        String a = arg.strip();
        if (a.startsWith("<") && a.endsWith(">")) {
            return a.substring(1, a.length() - 1);
        }
        if (a.contains(":")) {
            return Prefixes.MAPPING.expandPrefix(a);
        }
        String file = Path.of(a).getFileName().toString();
        String key = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
        return NKG.ID + "article/" + key;
    }
}
