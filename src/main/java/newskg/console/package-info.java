/**
 * The SPARQL console ({@code newskg console}): a JLine REPL, or a script reader when standard input
 * is not a terminal, over the store or any SPARQL endpoint.
 * <p>
 * {@link newskg.console.Console} runs the loop; a {@link newskg.console.QueryTarget} says where
 * queries go ({@link newskg.console.StoreTarget}, {@link newskg.console.EndpointTarget}); the
 * backslash commands, the table renderer and tab completion are package-private helpers.
 */
package newskg.console;
