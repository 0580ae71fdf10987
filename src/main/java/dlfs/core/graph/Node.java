package dlfs.core.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One node of a {@link ComputationalGraph}: a leaf (an editable input or a constant) or an
 * operation on earlier nodes. It carries what a figure of chapter 5 writes on its edges: the
 * forward value above, the gradient ∂L/∂node below. Only the graph changes a node's state.
 */
public final class Node {
    /** What sort of node this is. */
    public enum Kind { INPUT, CONSTANT, OPERATION }

    private final String name;
    private final Kind kind;
    private final Operation operation;
    private final List<Node> inputs;
    private final int index;
    private final int operationLayer;
    private int layer;
    private int outgoingEdges;

    private double value;
    private boolean hasValue;
    private double gradient;
    private int pendingEdges;
    private boolean gradientKnown;
    private final double[] inputGradients;
    private boolean backwardDone;

    Node(String name, Kind kind, Operation operation, List<Node> inputs, int index, double value) {
        this.name = name;
        this.kind = kind;
        this.operation = operation;
        this.inputs = List.copyOf(inputs);
        this.index = index;
        this.value = value;
        this.hasValue = kind != Kind.OPERATION;
        this.inputGradients = new double[inputs.size()];
        int deepest = 0;
        for (Node in : inputs) {
            deepest = Math.max(deepest, in.operationLayer);
        }
        this.operationLayer = kind == Kind.OPERATION ? deepest + 1 : 0;
        this.layer = operationLayer;
        for (Node in : inputs) {
            in.addOutgoingEdge(operationLayer);
        }
    }

    private void addOutgoingEdge(int consumerLayer) {
        if (kind != Kind.OPERATION) {
            // a leaf sits just left of its first consumer, so constants such as "1" or "−1" stay near their node
            layer = outgoingEdges == 0 ? consumerLayer - 1 : Math.min(layer, consumerLayer - 1);
        }
        outgoingEdges++;
    }

    // ---------------------------------------------------------------- what a panel reads

    /** A short identifier such as "apple_num" or "y1" (the book's variable names), unique in its graph. */
    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isLeaf() {
        return kind != Kind.OPERATION;
    }

    /** The operation, or null for a leaf. */
    public Operation operation() {
        return operation;
    }

    /** The nodes this one reads, in order. */
    public List<Node> inputs() {
        return inputs;
    }

    /** Position in topological order (every input comes before the node). */
    public int index() {
        return index;
    }

    /** Column for a left-to-right layout: 1 + the deepest operation input; a leaf just left of its first consumer. */
    public int layer() {
        return layer;
    }

    /** How many edges leave this node; with more than one, the gradients coming back are added. */
    public int outgoingEdges() {
        return outgoingEdges;
    }

    /** The local rule's message key ("rule.mul", …; "rule.input" or "rule.constant" for a leaf). */
    public String ruleKey() {
        return kind == Kind.OPERATION ? operation.ruleKey() : kind == Kind.INPUT ? "rule.input" : "rule.constant";
    }

    /** What to draw inside the node: the operation's symbol, or the name of a leaf. */
    public String symbol() {
        return kind == Kind.OPERATION ? operation.symbol() : name;
    }

    /** True once the forward pass has reached this node (always true for a leaf). */
    public boolean hasValue() {
        return hasValue;
    }

    /** The forward value; NaN before the forward pass reaches the node. */
    public double value() {
        return hasValue ? value : Double.NaN;
    }

    /** True once every edge leaving this node has sent its gradient back. */
    public boolean gradientKnown() {
        return gradientKnown;
    }

    /** ∂L/∂node: the sum of what the outgoing edges sent back; NaN until {@link #gradientKnown()}. */
    public double gradient() {
        return gradientKnown ? gradient : Double.NaN;
    }

    /**
     * What this node's backward step sent to input {@code i}: upstream gradient × local derivative.
     * NaN until the node has stepped backward. For an input used by several nodes, these are the
     * branches whose sum is its gradient.
     */
    public double inputGradient(int i) {
        return backwardDone ? inputGradients[i] : Double.NaN;
    }

    /**
     * ∂(this node)/∂(input {@code i}) at the current forward values: the factor the node's backward
     * step multiplies the upstream gradient by ("swap the inputs" for ×, 1 for +, exp(x) for exp).
     * NaN for a leaf and before the forward pass reaches the node.
     */
    public double localDerivative(int i) {
        Objects.checkIndex(i, inputs.size());
        return hasValue && kind == Kind.OPERATION ? operation.derivative(inputValues(), value, i) : Double.NaN;
    }

    /** True once this (operation) node has passed its gradient to its inputs. */
    public boolean backwardDone() {
        return backwardDone;
    }

    // ---------------------------------------------------------------- driven by the graph

    void setLeafValue(double v) {
        value = v;
    }

    void clear() {
        if (kind == Kind.OPERATION) {
            hasValue = false;
            value = 0;
        }
        gradient = 0;
        pendingEdges = outgoingEdges;
        gradientKnown = false;
        Arrays.fill(inputGradients, 0);
        backwardDone = false;
    }

    void forward() {
        double[] in = inputValues();
        value = operation.forward(in);
        hasValue = true;
    }

    /** Starts backward here with ∂L/∂L (the output), or marks a dead end whose gradient is 0. */
    void seed(double upstream) {
        gradient = upstream;
        gradientKnown = true;
    }

    void backward() {
        double[] in = inputValues();
        for (int i = 0; i < inputs.size(); i++) {
            inputGradients[i] = gradient * operation.derivative(in, value, i);
            inputs.get(i).receive(inputGradients[i]);
        }
        backwardDone = true;
    }

    /** The multivariate chain rule: a node used by several nodes adds up what each sends back. */
    private void receive(double branch) {
        gradient += branch;
        pendingEdges--;
        if (pendingEdges == 0) {
            gradientKnown = true;
        }
    }

    private double[] inputValues() {
        double[] in = new double[inputs.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = inputs.get(i).value;
        }
        return in;
    }

    @Override
    public String toString() {
        return name + (hasValue ? " = " + value : "") + (gradientKnown ? ", ∂L/∂" + name + " = " + gradient : "");
    }
}
