/** Reading articles: finding the {@code .txt} files of the input paths and checking each is a text article. */
package newskg.source;
