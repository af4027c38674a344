/**
 * Reading articles: finding the article files of the input paths ({@code .txt} and {@code .md} with YAML
 * front matter, saved web pages, JSON Lines streamed a line at a time), decoding and normalizing their
 * text, and reading their metadata and publication date.
 */
package newskg.source;
