/**
 * Parameter updates of chapter 6.1 (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam) with their
 * per-parameter state readable for panels, learning-rate schedules, and the 2-D trajectory helper.
 */
package dlfs.core.optimizer;
