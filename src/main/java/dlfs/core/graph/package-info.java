/**
 * Scalar computational graphs for chapter 5 and Appendix A, run one node at a time forward and
 * backward so a panel can show every value and gradient.
 */
package dlfs.core.graph;
