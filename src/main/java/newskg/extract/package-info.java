/**
 * Extraction: names ({@link newskg.extract.MentionFinder}), roles ({@link newskg.extract.RoleExtractor}),
 * quotes ({@link newskg.extract.QuoteFinder}), events ({@link newskg.extract.EventDetector}) and dates
 * ({@link newskg.extract.DateResolver}), each fact with its {@link newskg.extract.Evidence}. Knows
 * nothing of RDF.
 */
package newskg.extract;
