package newskg.cli;

import java.io.PrintWriter;
import newskg.NewskgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newskg} command: builds a knowledge graph from news articles and queries, exports,
 * validates and serves it. The only place that calls {@link System#exit}.
 */
@Command(name = "newskg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
        description = "Builds a knowledge graph from news articles and queries, exports, validates and serves it.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ValidateCommand.class,
                StatsCommand.class, SearchCommand.class, ServeCommand.class, ConsoleCommand.class, BenchCommand.class,
                LoadCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with newskg's error handling: messages for user errors, traces only for bugs. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handleError);
        return cl;
    }

    private static int handleError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof NewskgException || e instanceof IllegalArgumentException) {
            err.println("newskg: " + e.getMessage());
            if (Boolean.getBoolean("newskg.debug")) {
                e.printStackTrace(err);
            }
        } else {
            err.println("newskg: internal error: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
