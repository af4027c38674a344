/** Entity resolution: mentions to one entity per real person, organisation or place. */
package newskg.resolve;
