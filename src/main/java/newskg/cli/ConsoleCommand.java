package newskg.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newskg.NewskgException;
import newskg.console.Console;
import newskg.console.EndpointTarget;
import newskg.console.QueryTarget;
import newskg.console.StoreTarget;
import newskg.query.ResultFormat;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newskg console}: a SPARQL console over the store or a SPARQL endpoint. Interactive on a
 * terminal; reads a script from standard input otherwise (or with {@code --batch}).
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"A SPARQL console over the store or any SPARQL endpoint: end queries with ';',",
                "\\help lists the commands. The newskg prefixes (nkg:, skos:, org:, ...) are predeclared.",
                "When standard input is not a terminal, reads queries from it and exits with 1 if any failed."})
public final class ConsoleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint instead of the store (e.g. http://127.0.0.1:3030/newskg/sparql).")
    String endpoint;

    @Option(names = "--history", paramLabel = "FILE", defaultValue = "${sys:user.home}/.newskg_history",
            description = "Where the history is kept (default: ${DEFAULT-VALUE}).")
    Path history;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Where \\run NAME finds NAME.rq (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "How results are shown at first: table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--allow-service", description = "Let queries on the store call other endpoints with SERVICE.")
    boolean allowService;

    @Option(names = "--batch", description = "Read queries from standard input without prompts, even on a terminal.")
    boolean batch;

    @Override
    public Integer call() {
        if (endpoint != null && spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw new ParameterException(spec.commandLine(), "give --store or --endpoint, not both");
        }
        if (endpoint != null && allowService) {
            throw new ParameterException(spec.commandLine(), "--allow-service is for the store; the endpoint's server"
                    + " decides for its own queries");
        }
        ResultFormat fmt = resultFormat();
        try (QueryTarget target = endpoint != null ? endpointTarget()
                : new StoreTarget(Stores.openExisting(store.path()), allowService)) {
            Console console = new Console(target, queries, fmt);
            if (batch || System.console() == null) {
                InputStreamReader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
                return console.runBatch(in, spec.commandLine().getOut(), spec.commandLine().getErr());
            }
            try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
                return console.runInteractive(terminal, history);
            } catch (IOException e) {
                throw new NewskgException("cannot open the terminal (" + e.getMessage() + ")", e);
            }
        }
    }

    private ResultFormat resultFormat() {
        try {
            ResultFormat fmt = ResultFormat.of(format);
            if (fmt == ResultFormat.TABLE || fmt == ResultFormat.CSV || fmt == ResultFormat.JSON) {
                return fmt;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--format must be table, csv or json, not '" + format + "'");
    }

    private QueryTarget endpointTarget() {
        try {
            return new EndpointTarget(endpoint);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--endpoint: " + e.getMessage());
        }
    }
}
