/** The build: article files through every stage into the store, one transaction per article. */
package newskg.build;
