/** RDF mapping: a resolved article to triples ({@link newskg.rdf.GraphMapper}) under IRIs from {@link newskg.rdf.Iris}. */
package newskg.rdf;
