package dlfs.app.widgets;

import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the nodes of a computational graph go, the way the book draws them: one column per
 * {@link Node#layer()}, values running along horizontal tracks.
 *
 * <ul>
 *   <li>An operation that continues one earlier operation stays on its track (the main line
 *       100 → 200 → 220 of the apple graph is straight); one that merges several (a sum) sits at
 *       their mean. A node that fans out to several nodes of one column (1/S of Appendix A) does
 *       not pull them.</li>
 *   <li>An operation reading only inputs opens a new track below the others; its inputs sit
 *       beside it, one row apart.</li>
 *   <li>Any other input or constant sits half a row above or below the node it enters (above when
 *       it comes before the node's main input, like t of t·log y; below otherwise, like the tax).</li>
 *   <li>An edge that skips columns passes straight through them; a node in its way moves to the
 *       nearest free place (below on a tie), and everything continuing its track follows.</li>
 * </ul>
 * Positions are in layout units (column index, row); the view scales them to pixels.
 */
final class GraphLayout {
    /** Distance between two neighbouring columns, in units of the font size, before widening. */
    static final double COLUMN_WIDTH = 8.6;
    /** Least distance between two operation nodes of a column, in rows. */
    private static final double OPERATION_GAP = 1.0;
    /** Least distance between an operation node and an edge passing through its column. */
    private static final double EDGE_GAP = 0.75;
    /** Least distance between a leaf and anything else. */
    private static final double SMALL_GAP = 0.5;
    private static final int ROUNDS = 8;

    private final ComputationalGraph graph;
    private final Map<Node, Double> rows = new IdentityHashMap<>();
    private final Map<Node, Double> pinned = new IdentityHashMap<>();
    private final Map<Node, List<Node>> consumers = new IdentityHashMap<>();
    private double[] columnOffsets;

    GraphLayout(ComputationalGraph graph) {
        this.graph = graph;
        for (Node n : graph.nodes()) {
            consumers.put(n, new ArrayList<>());
        }
        for (Node n : graph.nodes()) {
            for (Node input : n.inputs()) {
                consumers.get(input).add(n);
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            placeTracks();
            placeLeaves();
            if (!resolveCollisions()) {
                break;
            }
        }
        normalise();
    }

    // ---------------------------------------------------------------- tracks

    private void placeTracks() {
        rows.clear();
        double nextFree = 0;
        for (Node n : graph.operations()) {
            List<Node> aligned = alignedInputs(n);
            if (pinned.containsKey(n)) {
                rows.put(n, pinned.get(n));
            } else if (!aligned.isEmpty()) {
                rows.put(n, aligned.stream().mapToDouble(rows::get).average().orElseThrow());
            } else {
                int inputs = (int) n.inputs().stream().filter(i -> i.kind() == Node.Kind.INPUT).count();
                rows.put(n, nextFree + Math.max(0, inputs - 1) / 2.0);
            }
            if (aligned.isEmpty() || pinned.containsKey(n)) {
                nextFree = Math.max(nextFree, lowestRowOfBand(n) + OPERATION_GAP);
            }
        }
    }

    /** The earlier operations this node continues: those that feed no other node of its column. */
    private List<Node> alignedInputs(Node n) {
        List<Node> aligned = new ArrayList<>();
        for (Node input : n.inputs()) {
            if (!input.isLeaf() && consumers.get(input).stream().filter(c -> c.layer() == n.layer()).count() == 1) {
                aligned.add(input);
            }
        }
        return aligned;
    }

    /** The node's row, or the row of its lowest leaf when its inputs hang below it. */
    private double lowestRowOfBand(Node n) {
        double lowest = rows.get(n);
        int inputs = (int) n.inputs().stream().filter(i -> i.kind() == Node.Kind.INPUT).count();
        lowest += Math.max(0, inputs - 1) / 2.0;
        long below = n.inputs().stream().filter(i -> i.kind() == Node.Kind.CONSTANT).count();
        return lowest + below * SMALL_GAP;
    }

    // ---------------------------------------------------------------- leaves

    private void placeLeaves() {
        for (Node n : graph.operations()) {
            List<Node> leaves = n.inputs().stream().filter(i -> i.isLeaf() && owner(i) == n).toList();
            if (leaves.isEmpty()) {
                continue;
            }
            double row = rows.get(n);
            if (alignedInputs(n).isEmpty()) {
                List<Node> inputs = leaves.stream().filter(l -> l.kind() == Node.Kind.INPUT).toList();
                double top = row - Math.max(0, inputs.size() - 1) / 2.0;
                for (int k = 0; k < inputs.size(); k++) {
                    rows.put(inputs.get(k), top + k);
                }
                double below = top + Math.max(0, inputs.size() - 1);
                for (Node constant : leaves.stream().filter(l -> l.kind() == Node.Kind.CONSTANT).toList()) {
                    below += SMALL_GAP;
                    rows.put(constant, below);
                }
            } else {
                int mainInput = n.inputs().indexOf(alignedInputs(n).get(0));
                double above = row;
                double below = row;
                for (Node leaf : leaves) {
                    if (n.inputs().indexOf(leaf) < mainInput) {
                        above -= SMALL_GAP;
                        rows.put(leaf, above);
                    } else {
                        below += SMALL_GAP;
                        rows.put(leaf, below);
                    }
                }
            }
        }
        for (Node n : graph.nodes()) {
            if (n.isLeaf() && !rows.containsKey(n)) {
                rows.put(n, 0.0);
            }
        }
    }

    /** The node a leaf is drawn next to: its first consumer. */
    private Node owner(Node leaf) {
        return consumers.get(leaf).isEmpty() ? null : consumers.get(leaf).get(0);
    }

    // ---------------------------------------------------------------- collisions

    /** Something that takes room in a column: a node, or an edge passing through (node null). */
    private record Occupant(Node node, double row) {
    }

    /**
     * Moves nodes out of each other's way and out of the way of edges passing through, column by
     * column. Returns true when an operation moved (its track must be laid out again).
     */
    private boolean resolveCollisions() {
        Map<Integer, List<Occupant>> placed = new HashMap<>();
        for (Node consumer : graph.nodes()) {
            for (int i = 0; i < consumer.inputs().size(); i++) {
                for (double[] waypoint : waypoints(consumer, i)) {
                    placed.computeIfAbsent((int) waypoint[0], c -> new ArrayList<>()).add(new Occupant(null, waypoint[1]));
                }
            }
        }
        List<Node> order = new ArrayList<>(graph.operations());
        graph.nodes().stream().filter(Node::isLeaf).forEach(order::add);
        boolean movedOperation = false;
        for (Node n : order) {
            List<Occupant> column = placed.computeIfAbsent(n.layer(), c -> new ArrayList<>());
            double wanted = rows.get(n);
            double row = nearestFree(n, wanted, column);
            if (row != wanted) {
                if (n.isLeaf()) {
                    rows.put(n, row);
                } else {
                    pinned.put(n, row);
                    movedOperation = true;
                }
            }
            column.add(new Occupant(n, row));
        }
        return movedOperation;
    }

    private double nearestFree(Node n, double wanted, List<Occupant> column) {
        for (int step = 0; step < 400; step++) {
            double offset = step * 0.25;
            if (fits(n, wanted + offset, column)) {
                return wanted + offset;
            }
            if (fits(n, wanted - offset, column)) {
                return wanted - offset;
            }
        }
        return wanted;
    }

    private static boolean fits(Node n, double row, List<Occupant> column) {
        for (Occupant o : column) {
            double gap;
            if (n.isLeaf() || o.node() != null && o.node().isLeaf()) {
                gap = SMALL_GAP;
            } else {
                gap = o.node() == null ? EDGE_GAP : OPERATION_GAP;
            }
            if (Math.abs(o.row() - row) < gap - 1e-9) {
                return false;
            }
        }
        return true;
    }

    private void normalise() {
        double top = rows.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        rows.replaceAll((n, r) -> r - top);
    }

    // ---------------------------------------------------------------- column widths

    /**
     * Distance from the first column to column c, in units of the font size. A gap crossed by a
     * steep edge (a sum collecting from several rows, a value fanning out to several rows) is
     * widened, so that the edge is less steep and its numbers find room beside it.
     */
    double columnOffset(int c) {
        if (columnOffsets == null) {
            columnOffsets = new double[columnCount()];
            for (int gap = 1; gap < columnOffsets.length; gap++) {
                columnOffsets[gap] = columnOffsets[gap - 1] + gapWidth(gap - 1);
            }
        }
        return columnOffsets[c];
    }

    private double gapWidth(int gap) {
        double steepest = 0;
        for (Node consumer : graph.nodes()) {
            for (int i = 0; i < consumer.inputs().size(); i++) {
                Node from = consumer.inputs().get(i);
                if (from.layer() > gap || consumer.layer() <= gap) {
                    continue;
                }
                if (from.isLeaf() && rows.get(from).doubleValue() != rows.get(consumer).doubleValue()) {
                    // inputs converging on a node, or a side input stacking its numbers beside a track's
                    steepest = Math.max(steepest, 1.6);
                    continue;
                }
                double[] left = pointAt(consumer, i, gap);
                double[] right = pointAt(consumer, i, gap + 1);
                steepest = Math.max(steepest, Math.abs(right[1] - left[1]));
            }
        }
        return COLUMN_WIDTH * Math.min(1.7, Math.max(1, 0.6 + 0.4 * steepest));
    }

    /** The (column, row) of the edge into input i of consumer where it crosses column c. */
    private double[] pointAt(Node consumer, int i, int c) {
        Node from = consumer.inputs().get(i);
        if (c == from.layer()) {
            return new double[] {c, rows.get(from)};
        }
        if (c == consumer.layer()) {
            return new double[] {c, rows.get(consumer)};
        }
        return waypoints(consumer, i).get(c - from.layer() - 1);
    }

    // ---------------------------------------------------------------- reading

    int columnCount() {
        return graph.layerCount();
    }

    /** Rows spanned from the top node to the bottom one (0 for a single row). */
    double rowSpan() {
        return rows.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    int column(Node node) {
        return node.layer();
    }

    double row(Node node) {
        return rows.get(node);
    }

    /**
     * The (column, row) points where the edge into input {@code input} of {@code consumer} crosses
     * the columns between its ends, on the straight line between them; empty for neighbours.
     */
    List<double[]> waypoints(Node consumer, int input) {
        Node from = consumer.inputs().get(input);
        List<double[]> points = new ArrayList<>();
        int c0 = from.layer();
        int c1 = consumer.layer();
        double r0 = rows.get(from);
        double r1 = rows.get(consumer);
        for (int c = c0 + 1; c < c1; c++) {
            points.add(new double[] {c, r0 + (r1 - r0) * (c - c0) / (c1 - c0)});
        }
        return points;
    }

    /** Nodes sorted top to bottom within each column (for tests and debugging). */
    List<List<Node>> columns() {
        List<List<Node>> columns = new ArrayList<>();
        for (int c = 0; c < columnCount(); c++) {
            int column = c;
            columns.add(graph.nodes().stream().filter(n -> n.layer() == column)
                    .sorted(Comparator.comparingDouble(rows::get)).toList());
        }
        return columns;
    }
}
