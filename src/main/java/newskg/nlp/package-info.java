/**
 * Language processing with OpenNLP: sentences, tokens and Universal Dependencies POS tags
 * ({@link newskg.nlp.Annotator} over shared {@link newskg.nlp.NlpModels}), learned names of people,
 * organizations and places ({@link newskg.nlp.EntityRecognizer}, {@link newskg.nlp.OpenNlpEntityRecognizer}
 * over the project's own trained model), and WordNet senses ({@link newskg.nlp.WordNet}). Knows nothing
 * of RDF.
 */
package newskg.nlp;
