/** The {@code newskg} command line (picocli): one class per subcommand; only {@link newskg.cli.Main} exits. */
package newskg.cli;
