/**
 * Serving the graph over HTTP: embedded Fuseki Main with its UI, read-only unless updates are
 * enabled with credentials, with a query timeout, a row cap and one log line per request.
 * Only this package (and {@code newskg.store}) knows Fuseki and Jetty.
 */
package newskg.server;
