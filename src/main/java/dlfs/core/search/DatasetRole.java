package dlfs.core.search;

/**
 * What a dataset is for. Hyper-parameters must be tuned on data carved out of the training set,
 * never on the test set, or the test score stops measuring generalisation (the book's 6.5.1).
 */
public enum DatasetRole { TRAINING, TEST }
