/**
 * Tensors (N-dimensional double arrays, row-major like NumPy) and the matrix product every layer uses.
 */
package dlfs.core.tensor;
