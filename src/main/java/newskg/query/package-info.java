/**
 * SPARQL over the store with the newskg prefixes predeclared, result formats, and the limits every
 * query runs under (nesting depth, no {@code SERVICE} unless allowed).
 */
package newskg.query;
