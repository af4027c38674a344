/**
 * newskg: news articles to a knowledge graph. Stages, each in its own package, in the order data flows:
 * {@link newskg.source} (articles) → {@link newskg.nlp} (sentences, tokens, POS) → {@link newskg.extract}
 * (mentions, roles, events, quotes, dates) → {@link newskg.resolve} (one entity per real thing) →
 * {@link newskg.rdf} (RDF under {@link newskg.vocab}) → {@link newskg.store} (TDB2) →
 * {@link newskg.query}, {@link newskg.server}, {@link newskg.console}; {@link newskg.cli} wires them.
 */
package newskg;
