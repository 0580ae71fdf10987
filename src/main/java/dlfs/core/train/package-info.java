/**
 * The training loop: mini-batches, updates, per-epoch accuracy, pause/resume/cancel and divergence
 * detection, with events for the GUI and the command line.
 */
package dlfs.core.train;
