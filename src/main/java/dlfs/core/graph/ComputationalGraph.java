package dlfs.core.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph of scalar operations that can be run one node at a time, forward (left to right) and
 * backward (right to left), as chapter 5 and Appendix A draw it. Nodes are created in topological
 * order: each one only reads nodes created before it, and the last node created is the output L.
 *
 * <p>Forward evaluates operation nodes in creation order; backward starts from ∂L/∂L (1, or any
 * upstream value set with {@link #setUpstreamGradient}) and visits the operation nodes in reverse,
 * each sending upstream × local derivative to its inputs. A node read by several nodes adds the
 * gradients coming back along its edges (the multivariate chain rule).
 */
public final class ComputationalGraph {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Node> operations = new ArrayList<>();
    private final Map<String, Node> byName = new LinkedHashMap<>();
    private double upstreamGradient = 1;
    private int forwardSteps;
    private int backwardSteps;

    // ---------------------------------------------------------------- building

    /** A leaf whose value the student can edit. */
    public Node input(String name, double value) {
        return addNode(name, Node.Kind.INPUT, null, List.of(), value);
    }

    /** A fixed leaf such as the 1 of the sigmoid's "+1" or the −1 of "×(−1)". */
    public Node constant(String name, double value) {
        return addNode(name, Node.Kind.CONSTANT, null, List.of(), value);
    }

    public Node add(String name, Node... terms) {
        return operation(name, Operation.ADD, terms);
    }

    public Node multiply(String name, Node x, Node y) {
        return operation(name, Operation.MULTIPLY, x, y);
    }

    public Node subtract(String name, Node x, Node y) {
        return operation(name, Operation.SUBTRACT, x, y);
    }

    public Node divide(String name, Node x, Node y) {
        return operation(name, Operation.DIVIDE, x, y);
    }

    /** The book's "/" node: 1/x. */
    public Node reciprocal(String name, Node x) {
        return operation(name, Operation.RECIPROCAL, x);
    }

    public Node exp(String name, Node x) {
        return operation(name, Operation.EXP, x);
    }

    public Node log(String name, Node x) {
        return operation(name, Operation.LOG, x);
    }

    public Node square(String name, Node x) {
        return operation(name, Operation.SQUARE, x);
    }

    /** An operation node reading {@code inputs} (nodes of this graph). */
    public Node operation(String name, Operation operation, Node... inputs) {
        operation.checkArity(inputs.length);
        for (Node in : inputs) {
            if (in == null || byName.get(in.name()) != in) {
                throw new IllegalArgumentException("input " + in + " of " + name + " is not a node of this graph");
            }
        }
        return addNode(name, Node.Kind.OPERATION, operation, List.of(inputs), 0);
    }

    private Node addNode(String name, Node.Kind kind, Operation operation, List<Node> inputs, double value) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a node needs a name");
        }
        if (byName.containsKey(name)) {
            throw new IllegalArgumentException("the graph already has a node named " + name);
        }
        if (kind != Node.Kind.OPERATION && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + name + " must be finite, got " + value);
        }
        Node node = new Node(name, kind, operation, inputs, nodes.size(), value);
        nodes.add(node);
        byName.put(name, node);
        if (kind == Node.Kind.OPERATION) {
            operations.add(node);
        }
        reset();
        return node;
    }

    // ---------------------------------------------------------------- reading

    /** Every node in topological order. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** The operation nodes in forward order (the order of the forward steps). */
    public List<Node> operations() {
        return Collections.unmodifiableList(operations);
    }

    public Node node(String name) {
        Node n = byName.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no node named " + name + "; the graph has " + byName.keySet());
        }
        return n;
    }

    /** The output L: the last node created. */
    public Node output() {
        if (nodes.isEmpty()) {
            throw new IllegalStateException("the graph is empty");
        }
        return nodes.get(nodes.size() - 1);
    }

    /** Number of layout columns. */
    public int layerCount() {
        int max = 0;
        for (Node n : nodes) {
            max = Math.max(max, n.layer());
        }
        return max + 1;
    }

    public double upstreamGradient() {
        return upstreamGradient;
    }

    public int forwardStepsDone() {
        return forwardSteps;
    }

    public int backwardStepsDone() {
        return backwardSteps;
    }

    public boolean isForwardComplete() {
        return forwardSteps == operations.size();
    }

    public boolean isBackwardComplete() {
        return isForwardComplete() && backwardSteps == operations.size();
    }

    /** The node the next forward step will evaluate, or null when forward is complete. */
    public Node nextForward() {
        return isForwardComplete() ? null : operations.get(forwardSteps);
    }

    /** The node the next backward step will process, or null when forward is incomplete or backward complete. */
    public Node nextBackward() {
        if (!isForwardComplete() || backwardSteps == operations.size()) {
            return null;
        }
        return operations.get(operations.size() - 1 - backwardSteps);
    }

    // ---------------------------------------------------------------- running

    /** Evaluates the next operation node; returns false when there was none left. */
    public boolean forwardStep() {
        if (isForwardComplete()) {
            return false;
        }
        operations.get(forwardSteps).forward();
        forwardSteps++;
        return true;
    }

    /**
     * Passes the gradient of the next node (in reverse order) to its inputs; the first call starts
     * from ∂L/∂L. Returns false when there was nothing left.
     *
     * @throws IllegalStateException when the forward pass is not complete (backward needs its values)
     */
    public boolean backwardStep() {
        if (!isForwardComplete()) {
            throw new IllegalStateException("finish the forward pass before stepping backward ("
                    + forwardSteps + " of " + operations.size() + " nodes evaluated)");
        }
        if (backwardSteps == operations.size()) {
            return false;
        }
        if (backwardSteps == 0) {
            startBackward();
        }
        operations.get(operations.size() - 1 - backwardSteps).backward();
        backwardSteps++;
        return true;
    }

    private void startBackward() {
        Node out = output();
        out.seed(upstreamGradient);
        for (Node n : nodes) {
            if (n != out && n.outgoingEdges() == 0) {
                n.seed(0);
            }
        }
    }

    /** Runs the rest of the forward pass. */
    public void forward() {
        while (!isForwardComplete()) {
            forwardStep();
        }
    }

    /** Runs the rest of the forward pass, then the rest of the backward pass. */
    public void backward() {
        forward();
        while (nextBackward() != null) {
            backwardStep();
        }
    }

    /** Forgets every computed value and gradient (leaf values stay). */
    public void reset() {
        for (Node n : nodes) {
            n.clear();
        }
        forwardSteps = 0;
        backwardSteps = 0;
    }

    /** Edits an input and recomputes the graph up to the step it had reached. */
    public void setValue(String inputName, double value) {
        Node n = node(inputName);
        if (n.kind() != Node.Kind.INPUT) {
            throw new IllegalArgumentException(inputName + " is a " + n.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " node; only inputs can be edited");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value of " + inputName + " must be finite, got " + value);
        }
        n.setLeafValue(value);
        replay();
    }

    /** Sets ∂L/∂(output) that backward starts from (1 by default; the node sandbox of 5.3 uses 1.3). */
    public void setUpstreamGradient(double gradient) {
        if (!Double.isFinite(gradient)) {
            throw new IllegalArgumentException("upstream gradient must be finite, got " + gradient);
        }
        upstreamGradient = gradient;
        replay();
    }

    private void replay() {
        int f = forwardSteps;
        int b = backwardSteps;
        reset();
        for (int i = 0; i < f; i++) {
            forwardStep();
        }
        for (int i = 0; i < b; i++) {
            backwardStep();
        }
    }
}
