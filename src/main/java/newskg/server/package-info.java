/**
 * Serving the graph over HTTP: embedded Fuseki Main with its UI, read-only unless updates or article
 * ingest are enabled with credentials, with admission control (a bounded number of queries running
 * and waiting), request size, nesting and row limits, no {@code SERVICE} unless allowed, and one log
 * line per request. Articles sent to a running server, or written into a watched directory, go
 * through the build's own pipeline into the served store; the client side of that is here too.
 * Only this package (and {@code newskg.store}) knows Fuseki and Jetty.
 */
package newskg.server;
