/** The TDB2 store: one named graph per article, replaced whole in one transaction. */
package newskg.store;
