/**
 * Number formats (8.3.4): IEEE half precision written out for Java 17, and a rounded copy of a
 * trained network that shows how little the recognition accuracy depends on 64-bit numbers.
 */
package dlfs.core.precision;
