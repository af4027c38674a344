/**
 * Language processing with OpenNLP: sentences, tokens and Universal Dependencies POS tags
 * ({@link newskg.nlp.Annotator} over shared {@link newskg.nlp.NlpModels}), and WordNet senses
 * ({@link newskg.nlp.WordNet}). Knows nothing of RDF.
 */
package newskg.nlp;
