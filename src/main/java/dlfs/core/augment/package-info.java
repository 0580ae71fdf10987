/**
 * Data augmentation (8.1.2): rotations, shifts, scaling and elastic distortions of small images with
 * bilinear sampling, drawn reproducibly from an Rng.
 */
package dlfs.core.augment;
