/** Random hyper-parameter search on a validation split (chapter 6.5). */
package dlfs.core.search;
