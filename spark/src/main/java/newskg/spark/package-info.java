/**
 * newskg's extraction on Apache Spark: articles from any Hadoop file system (files, directories, JSON
 * Lines, Parquet) through the same per-article function and linking rule as {@code newskg build}, to
 * gzipped N-Quads files and a manifest that {@code newskg load} loads.
 */
package newskg.spark;
