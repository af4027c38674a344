/**
 * Browsing the graph: the explorer's pages ({@code /explore}: search, entity, article and
 * neighbourhood pages), its JSON API ({@code /api/}), the linked-data IRIs ({@code /id/...}, with
 * content negotiation) and the additions to Fuseki's UI, as servlets that the server registers on
 * its own port. Every answer comes from SPARQL over the store within the server's timeout and row
 * cap; the pages are static files from the jar (cytoscape.js from its webjar) that render the API's
 * JSON with DOM text nodes only. Knows ARQ and the servlet API, not Fuseki or Jetty.
 */
package newskg.explore;
