/** Batched evaluation of a network on a dataset: accuracy, confusion matrix, per-class accuracy and mistakes. */
package dlfs.core.metrics;
