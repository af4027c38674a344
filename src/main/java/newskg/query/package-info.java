/** SPARQL over the store with the newskg prefixes predeclared, and result formats. */
package newskg.query;
