/**
 * Functions of x and y typed by a user, such as {@code (1 - x)^2 + 100*(y - x^2)^2}: a small
 * recursive-descent parser, a tree that evaluates its value and its exact gradient, and a
 * {@link dlfs.core.optimizer.SurfaceFunction} view so the optimizers can walk on it.
 */
package dlfs.core.expression;
