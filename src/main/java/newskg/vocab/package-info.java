/** The ontology's IRIs ({@link newskg.vocab.NKG}) and the shared prefixes ({@link newskg.vocab.Prefixes}). */
package newskg.vocab;
