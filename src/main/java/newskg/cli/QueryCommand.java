package newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newskg.NewskgException;
import newskg.query.QueryRunner;
import newskg.query.ResultFormat;
import newskg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newskg query}: runs SPARQL over the union of all article graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query over all articles.",
                "The newskg prefixes (nkg:, skos:, org:, ...) are predeclared."})
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT/ASK) or ttl, nt, jsonld (CONSTRUCT/DESCRIBE). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--allow-service", description = "Let the query call other SPARQL endpoints with SERVICE.")
    boolean allowService;

    @Parameters(paramLabel = "QUERY-OR-FILE", description = "A SPARQL query, or a file holding one (e.g. queries/people.rq).")
    String query;

    @Override
    public Integer call() {
        ResultFormat fmt = ResultFormat.of(format);
        String text = queryText(query);
        try (GraphStore gs = Stores.openExisting(store.path())) {
            new QueryRunner(gs.dataset(), allowService).run(text, fmt, System.out);
        }
        System.out.flush();
        return 0;
    }

    /** The query itself, or the contents of the file it names. */
    static String queryText(String arg) {
        boolean looksLikeFile = arg.endsWith(".rq") || arg.endsWith(".sparql")
                || (!arg.contains("{") && !arg.contains(" ") && !arg.isBlank());
        Path p = Path.of(arg.isBlank() ? "." : arg);
        if (looksLikeFile) {
            if (!Files.isRegularFile(p)) {
                throw new NewskgException(arg + ": no such query file");
            }
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new NewskgException(arg + ": cannot read query file (" + e.getMessage() + ")");
            }
        }
        return arg;
    }
}
