/**
 * Model files: NumPy's {@code .npy} and {@code .npz} formats (so Python can open what Java saved,
 * and Java can import the book's weights), a small JSON reader and writer for the manifest, and
 * {@link dlfs.core.io.ModelFile}, which keeps architecture, weights, optimizer state and training
 * facts together in one {@code .npz} file, saved atomically and loaded only after every check passed.
 */
package dlfs.core.io;
