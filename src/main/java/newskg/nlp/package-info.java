/**
 * Language processing with OpenNLP: sentences, tokens and Universal Dependencies POS tags
 * ({@link newskg.nlp.Annotator} over shared {@link newskg.nlp.NlpModels}), learned names of people,
 * organizations and places ({@link newskg.nlp.EntityRecognizer}, {@link newskg.nlp.OpenNlpEntityRecognizer}
 * over the project's own trained model), dependency trees ({@link newskg.nlp.DependencyParser},
 * {@link newskg.nlp.OpenNlpDependencyParser}: an arc-eager parser over an OpenNLP classifier the project
 * trains), and WordNet senses ({@link newskg.nlp.WordNet}). Knows nothing
 * of RDF.
 */
package newskg.nlp;
