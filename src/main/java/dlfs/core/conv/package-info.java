/**
 * The arithmetic behind convolution and pooling: output sizes from formula (7.1), and im2col /
 * col2im, which turn a sliding window into one matrix product and back.
 */
package dlfs.core.conv;
