/**
 * The benchmark behind {@code newskg bench}: parts ({@link newskg.bench.BenchPart}) run in order over
 * one corpus, each adding {@link newskg.bench.Measurement}s; builds run in child JVMs, queries over
 * HTTP against a server on a free loopback port ({@link newskg.bench.HttpLoad}).
 */
package newskg.bench;
