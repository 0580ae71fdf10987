package dlfs.app.widgets;

import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.Node;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;

/**
 * A computational graph drawn the way chapter 5 draws it: operation nodes as circles with their
 * operation inside, inputs as their names, values flowing left to right. Each edge carries the
 * forward value above it and the backward value ∂L/∂(edge) below it, in a second colour; the output
 * gets a last edge with L and ∂L/∂L. Columns follow {@link Node#layer()}, rows are found by
 * {@link GraphLayout}; the drawing shrinks to the available width down to {@value #MIN_SCALE} of its
 * natural size (put it in a scroll pane for narrower windows).
 *
 * <p>The view only draws: call {@link #refresh()} after stepping or editing the graph. The node the
 * last step processed can be highlighted ({@link #activeNodeProperty()}); a click selects a node
 * ({@link #selectedNodeProperty()}); backward values can be hidden edge by edge, e.g. while a
 * student predicts them ({@link #backwardHiddenProperty()}). Colours come from CSS
 * ({@code graph-view.css}), sizes from the font size, so themes and presentation mode apply.
 */
public final class GraphView extends Region implements Exportable {
    /** The smallest scale the drawing shrinks to before its parent has to scroll. */
    public static final double MIN_SCALE = 0.72;

    // geometry in units of the font size
    private static final double ROW_HEIGHT = 5.4;
    private static final double RADIUS = 1.35;
    private static final double OUTPUT_EDGE = 6.0;
    private static final double ARROW = 0.55;

    private final Pane content = new Pane();
    private final Group scaled = new Group(content);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Text probe = new Text();
    private final Map<Node, NodeShape> nodeShapes = new IdentityHashMap<>();
    private final List<EdgeShape> edgeShapes = new ArrayList<>();
    private final ObjectProperty<Node> activeNode = new SimpleObjectProperty<>(this, "activeNode");
    private final ObjectProperty<Node> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObjectProperty<BiPredicate<Node, Integer>> backwardHidden =
            new SimpleObjectProperty<>(this, "backwardHidden", (node, input) -> false);
    private final ObjectProperty<DoubleFunction<String>> numberFormat =
            new SimpleObjectProperty<>(this, "numberFormat", v -> SignificantDigits.format(v, 4));
    private ComputationalGraph graph;
    private GraphLayout layout;
    private double unit = -1;
    private boolean arranged;
    private double naturalWidth;
    private double naturalHeight;

    /** One node: its body and the text inside (an operation) or its name (an input or constant). */
    private record NodeShape(Rectangle body, Text label) {
    }

    /** One edge: into input {@code input} of {@code to}, or the output's last edge when {@code to} is null. */
    private record EdgeShape(Node from, Node to, int input, Polyline line, Polygon arrow, Text forward,
                             Text backward) {
    }

    public GraphView() {
        getStyleClass().add("graph-view");
        getStylesheets().add(GraphView.class.getResource("/dlfs/app/css/graph-view.css").toExternalForm());
        probe.getStyleClass().add("graph-value");
        probe.setVisible(false);
        probe.setManaged(false);
        probe.fontProperty().addListener(obs -> {
            unit = -1;
            requestLayout();
        });
        scaled.getTransforms().add(scale);
        scaled.setManaged(false);
        getChildren().add(scaled);
        content.getChildren().add(probe);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        activeNode.addListener(obs -> refresh());
        selectedNode.addListener(obs -> refresh());
        backwardHidden.addListener(obs -> refresh());
        numberFormat.addListener(obs -> refresh());
    }

    /** Shows {@code newGraph} (null for none), dropping the selection and an unbound highlight. */
    public void setGraph(ComputationalGraph newGraph) {
        graph = newGraph;
        layout = newGraph == null ? null : new GraphLayout(newGraph);
        if (!activeNode.isBound()) {
            activeNode.set(null);
        }
        selectedNode.set(null);
        nodeShapes.clear();
        edgeShapes.clear();
        content.getChildren().setAll(probe);
        if (newGraph != null) {
            buildShapes();
        }
        unit = -1;
        refresh();
    }

    public ComputationalGraph getGraph() {
        return graph;
    }

    /** The node the last forward or backward step processed, drawn highlighted; null for none. */
    public ObjectProperty<Node> activeNodeProperty() {
        return activeNode;
    }

    /** The node the user clicked last (a panel shows its local rule); null for none. */
    public ObjectProperty<Node> selectedNodeProperty() {
        return selectedNode;
    }

    /** Which backward values to show as "?": (consumer, input index) of the edge. */
    public ObjectProperty<BiPredicate<Node, Integer>> backwardHiddenProperty() {
        return backwardHidden;
    }

    /** How values are written on the edges; 4 significant digits by default. */
    public ObjectProperty<DoubleFunction<String>> numberFormatProperty() {
        return numberFormat;
    }

    // ---------------------------------------------------------------- what the tests and panels read

    /** The forward value written above the edge from {@code from} into {@code to} ("" while unknown). */
    public String forwardText(Node from, Node to) {
        return edge(from, to).forward().getText();
    }

    /** The backward value written below the edge from {@code from} into {@code to} ("" while unknown, "?" while hidden). */
    public String backwardText(Node from, Node to) {
        return edge(from, to).backward().getText();
    }

    /** The output value L above the graph's last edge. */
    public String outputForwardText() {
        return edge(graph.output(), null).forward().getText();
    }

    /** ∂L/∂L (the upstream gradient) below the graph's last edge, once backward has started. */
    public String outputBackwardText() {
        return edge(graph.output(), null).backward().getText();
    }

    /** The shape drawn for {@code node}, e.g. to click on it. */
    public javafx.scene.Node shapeOf(Node node) {
        NodeShape shape = nodeShapes.get(node);
        if (shape == null) {
            throw new IllegalArgumentException("no node " + node + " in this view");
        }
        return shape.body();
    }

    private EdgeShape edge(Node from, Node to) {
        return edgeShapes.stream().filter(e -> e.from() == from && e.to() == to).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no edge " + from.name() + " → "
                        + (to == null ? "output" : to.name())));
    }

    // ---------------------------------------------------------------- building and updating

    private void buildShapes() {
        List<javafx.scene.Node> edgesLayer = new ArrayList<>();
        List<javafx.scene.Node> nodesLayer = new ArrayList<>();
        for (Node consumer : graph.nodes()) {
            for (int i = 0; i < consumer.inputs().size(); i++) {
                edgeShapes.add(newEdge(consumer.inputs().get(i), consumer, i, edgesLayer));
            }
        }
        edgeShapes.add(newEdge(graph.output(), null, 0, edgesLayer));
        for (Node node : graph.nodes()) {
            Rectangle body = new Rectangle();
            body.getStyleClass().addAll("graph-node", node.isLeaf() ? "graph-leaf-" + node.kind().name()
                    .toLowerCase(Locale.ROOT) : "graph-operation");
            Text label = new Text(node.symbol());
            label.getStyleClass().addAll("graph-node-label", node.isLeaf() ? "graph-leaf-label" : "graph-operation-label");
            label.setTextOrigin(VPos.CENTER);
            label.setMouseTransparent(true);
            body.setCursor(Cursor.HAND);
            body.setOnMouseClicked(e -> selectedNode.set(node));
            nodeShapes.put(node, new NodeShape(body, label));
            nodesLayer.add(body);
            nodesLayer.add(label);
        }
        content.getChildren().addAll(edgesLayer);
        content.getChildren().addAll(nodesLayer);
    }

    private EdgeShape newEdge(Node from, Node to, int input, List<javafx.scene.Node> layer) {
        Polyline line = new Polyline();
        line.getStyleClass().add("graph-edge");
        Polygon arrow = new Polygon();
        arrow.getStyleClass().add("graph-arrow");
        Text forward = new Text();
        forward.getStyleClass().addAll("graph-value", "graph-forward");
        Text backward = new Text();
        backward.getStyleClass().addAll("graph-value", "graph-backward");
        layer.addAll(List.of(line, arrow, forward, backward));
        return new EdgeShape(from, to, input, line, arrow, forward, backward);
    }

    /** Re-reads every value and gradient from the graph, and the highlight; call after each step or edit. */
    public void refresh() {
        if (graph == null) {
            return;
        }
        DoubleFunction<String> format = numberFormat.get();
        for (EdgeShape e : edgeShapes) {
            e.forward().setText(e.from().hasValue() ? format.apply(e.from().value()) : "");
            String backward;
            if (e.to() == null) {
                backward = e.from().gradientKnown() || graph.backwardStepsDone() > 0 ? format.apply(graph.upstreamGradient()) : "";
            } else if (!e.to().backwardDone()) {
                backward = "";
            } else {
                backward = backwardHidden.get().test(e.to(), e.input()) ? "?" : format.apply(e.to().inputGradient(e.input()));
            }
            e.backward().setText(backward);
            boolean active = e.to() != null && e.to() == activeNode.get();
            setStyleClass(e.line(), "graph-edge-active", active);
            setStyleClass(e.arrow(), "graph-edge-active", active);
        }
        arranged = false;
        nodeShapes.forEach((node, shape) -> {
            setStyleClass(shape.body(), "graph-node-active", node == activeNode.get());
            setStyleClass(shape.body(), "graph-node-selected", node == selectedNode.get());
            setStyleClass(shape.body(), "graph-node-pending", !node.hasValue());
        });
        requestLayout();
    }

    private static void setStyleClass(javafx.scene.Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    // ---------------------------------------------------------------- geometry

    private double unit() {
        if (unit <= 0) {
            probe.applyCss();
            unit = probe.getFont().getSize();
            arranged = false;
        }
        return unit;
    }

    /**
     * Places nodes, edges and numbers (once per change) and measures the drawing: its natural size
     * is what the shapes and texts cover, so no number near the border is cut off.
     */
    private void arrange() {
        double u = unit();
        if (arranged || layout == null) {
            return;
        }
        content.setTranslateX(0);
        content.setTranslateY(0);
        nodeShapes.values().forEach(shape -> shape.label().applyCss());
        edgeShapes.forEach(e -> {
            e.forward().applyCss();
            e.backward().applyCss();
        });
        nodeShapes.forEach((node, shape) -> placeNode(node, shape, u));
        placeEdges(u);
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (javafx.scene.Node child : content.getChildren()) {
            if (child != probe) {
                Bounds b = child.getBoundsInParent();
                left = Math.min(left, b.getMinX());
                top = Math.min(top, b.getMinY());
                right = Math.max(right, b.getMaxX());
                bottom = Math.max(bottom, b.getMaxY());
            }
        }
        double margin = 0.5 * u;
        content.setTranslateX(margin - left);
        content.setTranslateY(margin - top);
        naturalWidth = right - left + 2 * margin;
        naturalHeight = bottom - top + 2 * margin;
        arranged = true;
    }

    private double x(Node node) {
        return layout.columnOffset(layout.column(node)) * unit;
    }

    private double y(Node node) {
        return layout.row(node) * ROW_HEIGHT * unit;
    }

    private double halfWidth(Node node) {
        NodeShape shape = nodeShapes.get(node);
        double text = shape.label().getLayoutBounds().getWidth() / 2 + 0.45 * unit;
        return node.isLeaf() ? text : Math.max(RADIUS * unit, text);
    }

    private double scaleFor(double width) {
        if (naturalWidth <= 0 || width <= 0) {
            return 1;
        }
        return Math.max(MIN_SCALE, Math.min(1, width / naturalWidth));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        arrange();
        return naturalWidth + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        arrange();
        return naturalWidth * MIN_SCALE + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        arrange();
        double available = width >= 0 ? width : getWidth() > 0 ? getWidth() : -1;
        double inner = available < 0 ? naturalWidth : available - snappedLeftInset() - snappedRightInset();
        return naturalHeight * scaleFor(inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        if (layout == null) {
            return;
        }
        arrange();
        double s = scaleFor(getWidth() - snappedLeftInset() - snappedRightInset());
        scale.setX(s);
        scale.setY(s);
        scaled.relocate(snappedLeftInset(), snappedTopInset());
    }

    private void placeNode(Node node, NodeShape shape, double u) {
        double cx = x(node);
        double cy = y(node);
        double half = halfWidth(node);
        double halfHeight = node.isLeaf() ? 0.95 * u : RADIUS * u;
        Rectangle body = shape.body();
        body.setX(cx - half);
        body.setY(cy - halfHeight);
        body.setWidth(2 * half);
        body.setHeight(2 * halfHeight);
        double arc = node.isLeaf() ? 0.6 * u : 2 * RADIUS * u;
        body.setArcWidth(arc);
        body.setArcHeight(arc);
        Text label = shape.label();
        label.setX(cx - label.getLayoutBounds().getWidth() / 2);
        label.setY(cy);
    }

    /** The edge's points in pixels: from the source's right side through its waypoints to the target's left side. */
    private List<double[]> points(EdgeShape e, double u) {
        List<double[]> points = new ArrayList<>();
        Node from = e.from();
        points.add(new double[] {x(from) + halfWidth(from), y(from)});
        if (e.to() == null) {
            points.add(new double[] {x(from) + halfWidth(from) + OUTPUT_EDGE * u, y(from)});
            return points;
        }
        for (double[] waypoint : layout.waypoints(e.to(), e.input())) {
            points.add(new double[] {layout.columnOffset((int) waypoint[0]) * u, waypoint[1] * ROW_HEIGHT * u});
        }
        points.add(new double[] {x(e.to()) - halfWidth(e.to()), y(e.to())});
        return points;
    }

    /**
     * Draws the edges, then writes their numbers where they collide with no node and no number
     * placed before: first at the preferred spot along the edge, otherwise a little further along.
     */
    private void placeEdges(double u) {
        List<double[]> taken = new ArrayList<>();
        for (NodeShape shape : nodeShapes.values()) {
            Rectangle r = shape.body();
            taken.add(new double[] {r.getX(), r.getY(), r.getWidth(), r.getHeight()});
        }
        List<EdgeShape> order = new ArrayList<>(edgeShapes);
        order.sort(Comparator.comparingInt(this::labelPriority));
        for (EdgeShape e : order) {
            List<double[]> points = points(e, u);
            e.line().getPoints().setAll(points.stream().flatMap(p -> Stream.of(p[0], p[1])).toList());
            e.arrow().getPoints().setAll(arrowHead(points.get(points.size() - 2), points.get(points.size() - 1), u));
            placeLabels(e, points, taken, u);
        }
    }

    /** Track edges get the first choice of places, then side inputs, then fans. */
    private int labelPriority(EdgeShape e) {
        int fanIn = e.to() == null ? 1 : e.to().inputs().size();
        return sideOf(e) != 0 ? 1 : Math.max(fanIn, e.from().outgoingEdges()) >= 3 ? 2 : 0;
    }

    private void placeLabels(EdgeShape e, List<double[]> points, List<double[]> taken, double u) {
        int segment = (points.size() - 2) / 2;
        double[] a = points.get(segment);
        double[] b = points.get(segment + 1);
        double ideal = labelPosition(e);
        double[][] best = null;
        for (int k = 0; k < 9 && best == null; k++) {
            double f = ideal + (k % 2 == 1 ? 1 : -1) * ((k + 1) / 2) * 0.1;
            if (f < 0.1 || f > 0.9) {
                continue;
            }
            double[][] boxes = labelBoxes(e, a, b, f, u);
            if (taken.stream().noneMatch(t -> overlaps(t, boxes[0], u) || overlaps(t, boxes[1], u))) {
                best = boxes;
            }
        }
        if (best == null) {
            best = labelBoxes(e, a, b, ideal, u);
        }
        taken.add(best[0]);
        taken.add(best[1]);
        put(e.forward(), best[0]);
        put(e.backward(), best[1]);
    }

    private static boolean overlaps(double[] p, double[] q, double u) {
        double margin = 0.1 * u;
        return p[0] < q[0] + q[2] + margin && q[0] < p[0] + p[2] + margin
                && p[1] < q[1] + q[3] + margin && q[1] < p[1] + p[3] + margin;
    }

    /** Puts a text with its box's centre where {@link #labelBoxes} planned it. */
    private static void put(Text text, double[] box) {
        double width = text.getLayoutBounds().getWidth();
        double height = text.getLayoutBounds().getHeight();
        text.setX(box[0] + box[2] / 2 - width / 2);
        text.setY(box[1] + box[3] / 2 + height * 0.3);
    }

    /**
     * The boxes {x, y, width, height} of the forward and the backward number at fraction f of the
     * segment a → b. Along a track the forward value goes on the left-hand side of the edge (above
     * it, for an edge running right) and the backward value on the right-hand side (below), just
     * far enough to clear the line at any slope; a side input carries both on its outer side.
     * Boxes are at least a few characters wide, so they keep their place when digits appear.
     */
    private double[][] labelBoxes(EdgeShape e, double[] a, double[] b, double f, double u) {
        double x = a[0] + f * (b[0] - a[0]);
        double y = a[1] + f * (b[1] - a[1]);
        double[] forward = size(e.forward(), u);
        double[] backward = size(e.backward(), u);
        double gap = 0.2 * u;
        double side = sideOf(e);
        double[] fc;
        double[] bc;
        if (side < 0) {
            bc = new double[] {x, y - gap - backward[1] / 2};
            fc = new double[] {x, bc[1] - backward[1] / 2 - forward[1] / 2};
        } else if (side > 0) {
            fc = new double[] {x, y + gap + forward[1] / 2};
            bc = new double[] {x, fc[1] + forward[1] / 2 + backward[1] / 2};
        } else {
            double length = Math.max(1e-9, Math.hypot(b[0] - a[0], b[1] - a[1]));
            double nx = (b[1] - a[1]) / length;
            double ny = -(b[0] - a[0]) / length;
            double fClear = Math.abs(nx) * forward[0] / 2 + Math.abs(ny) * forward[1] / 2 + gap;
            double bClear = Math.abs(nx) * backward[0] / 2 + Math.abs(ny) * backward[1] / 2 + gap;
            fc = new double[] {x + nx * fClear, y + ny * fClear};
            bc = new double[] {x - nx * bClear, y - ny * bClear};
        }
        return new double[][] {
                {fc[0] - forward[0] / 2, fc[1] - forward[1] / 2, forward[0], forward[1]},
                {bc[0] - backward[0] / 2, bc[1] - backward[1] / 2, backward[0], backward[1]}};
    }

    /** Width and height a number takes, at least those of four or five characters. */
    private static double[] size(Text text, double u) {
        double width = Math.max(text.getLayoutBounds().getWidth(), 2.6 * u);
        double height = Math.max(text.getLayoutBounds().getHeight(), 1.0 * u);
        return new double[] {width, height};
    }

    /**
     * −1 for a side input coming from above its node (like t into t·log y), +1 from below (like the
     * tax or the constant −1), 0 for an edge along a track or one of the inputs a track starts from.
     * A side edge carries both its numbers on its outer side, clear of the numbers of the track.
     */
    private double sideOf(EdgeShape e) {
        boolean startNode = e.to() != null && e.to().inputs().stream().allMatch(Node::isLeaf);
        if (!e.from().isLeaf() || e.to() == null || startNode && e.from().kind() == Node.Kind.INPUT) {
            return 0;
        }
        return Math.signum(layout.row(e.from()) - layout.row(e.to()));
    }

    /**
     * Where along its segment an edge carries its values: nearer the end where edges fan out less,
     * since edges converging on one node (or leaving one node) crowd together at that node.
     */
    private double labelPosition(EdgeShape e) {
        if (sideOf(e) != 0) {
            return 0.3;
        }
        int fanIn = e.to() == null ? 1 : e.to().inputs().size();
        int fanOut = e.from().outgoingEdges();
        if (Math.max(fanIn, fanOut) >= 3) {
            return fanIn >= fanOut ? 1 - staggered(e, siblings(e, true)) : staggered(e, siblings(e, false));
        }
        return fanIn > fanOut ? 0.38 : fanOut > fanIn ? 0.62 : 0.5;
    }

    /** The edges sharing this edge's target (fan-in) or its source (fan-out). */
    private List<EdgeShape> siblings(EdgeShape e, boolean sameTarget) {
        return edgeShapes.stream().filter(o -> sameTarget ? o.to() == e.to() : o.from() == e.from()).toList();
    }

    /**
     * Where along a fanned edge its numbers go, as a distance from the shared node: the edge that
     * climbs most keeps them farthest away (¾ of the way), the flattest one nearest (¼), so the
     * numbers of the fan do not pile up.
     */
    private double staggered(EdgeShape e, List<EdgeShape> fan) {
        List<EdgeShape> byClimb = new ArrayList<>(fan);
        byClimb.sort(Comparator.comparingDouble((EdgeShape o) -> -climb(o)));
        int rank = byClimb.indexOf(e);
        return fan.size() < 2 ? 0.5 : 0.75 - 0.5 * rank / (fan.size() - 1);
    }

    private double climb(EdgeShape e) {
        return e.to() == null ? 0 : Math.abs(layout.row(e.from()) - layout.row(e.to()));
    }

    private static List<Double> arrowHead(double[] from, double[] tip, double u) {
        double dx = tip[0] - from[0];
        double dy = tip[1] - from[1];
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double size = ARROW * u;
        return List.of(tip[0], tip[1],
                tip[0] - size * (2 * ux - uy), tip[1] - size * (2 * uy + ux),
                tip[0] - size * (2 * ux + uy), tip[1] - size * (2 * uy - ux));
    }

    // ---------------------------------------------------------------- export

    /** The graph at its natural size as drawn now. */
    @Override
    public void writePng(Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(backgroundColor());
        BufferedImage image = SwingFXUtils.fromFXImage(content.snapshot(parameters, null), null);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    /** The same drawing as SVG: lines and outlines with their on-screen colours, texts as text. */
    @Override
    public void writeSvg(Path file) throws IOException {
        arrange();
        double dx = content.getTranslateX();
        double dy = content.getTranslateY();
        SvgGraphics svg = new SvgGraphics(naturalWidth, naturalHeight, PlotCanvas.FONT_FAMILY);
        svg.fillRect(0, 0, naturalWidth, naturalHeight, backgroundColor());
        for (EdgeShape e : edgeShapes) {
            String name = e.from().name() + " → " + (e.to() == null ? "output" : e.to().name());
            double[] xs = shifted(coordinates(e.line().getPoints(), 0), dx);
            double[] ys = shifted(coordinates(e.line().getPoints(), 1), dy);
            svg.strokePolyline(xs, ys, xs.length, stroke(e.line()), e.line().getStrokeWidth(), name);
            double[] ax = shifted(closed(coordinates(e.arrow().getPoints(), 0)), dx);
            double[] ay = shifted(closed(coordinates(e.arrow().getPoints(), 1)), dy);
            svg.strokePolyline(ax, ay, ax.length, stroke(e.line()), e.line().getStrokeWidth(), name);
            writeText(svg, e.forward(), dx, dy);
            writeText(svg, e.backward(), dx, dy);
        }
        nodeShapes.forEach((node, shape) -> {
            Rectangle body = shape.body();
            double[][] outline = roundedRectangle(body.getX() + dx, body.getY() + dy, body.getWidth(), body.getHeight(),
                    body.getArcWidth() / 2);
            svg.strokePolyline(outline[0], outline[1], outline[0].length, stroke(body), body.getStrokeWidth(),
                    node.name());
            writeText(svg, shape.label(), dx, dy);
        });
        Files.writeString(file, svg.document(), StandardCharsets.UTF_8);
    }

    /** One row per edge: from, to, forward value, backward value, as shown. */
    @Override
    public void writeCsv(Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add("from,to,forward,backward");
        for (EdgeShape e : edgeShapes) {
            rows.add(String.join(",", csv(e.from().name()), csv(e.to() == null ? "" : e.to().name()),
                    csv(e.forward().getText()), csv(e.backward().getText())));
        }
        Files.writeString(file, rows.stream().collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
    }

    private static String csv(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    private Color backgroundColor() {
        return nodeShapes.values().stream().findFirst().map(s -> s.body().getFill())
                .filter(Color.class::isInstance).map(Color.class::cast).orElse(Color.WHITE);
    }

    private static Color stroke(Shape shape) {
        Paint paint = shape.getStroke();
        return paint instanceof Color c ? c : Color.BLACK;
    }

    private void writeText(SvgGraphics svg, Text text, double dx, double dy) {
        if (text.getText() == null || text.getText().isEmpty()) {
            return;
        }
        Paint fill = text.getFill();
        double width = text.getLayoutBounds().getWidth();
        double baseline = text.getTextOrigin() == VPos.CENTER
                ? text.getY() + text.getFont().getSize() * 0.35 : text.getY();
        svg.fillText(text.getText(), text.getX() + width / 2 + dx, baseline + dy, TextAlignment.CENTER,
                fill instanceof Color c ? c : Color.BLACK, text.getFont().getSize());
    }

    private static double[] shifted(double[] values, double by) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += by;
        }
        return out;
    }

    private static double[] coordinates(List<Double> points, int offset) {
        double[] values = new double[points.size() / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = points.get(2 * i + offset);
        }
        return values;
    }

    private static double[] closed(double[] values) {
        double[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = values[0];
        return out;
    }

    /** The outline of a rectangle with corners of radius r, as a closed polyline. */
    private static double[][] roundedRectangle(double x, double y, double width, double height, double r) {
        double radius = Math.min(r, Math.min(width, height) / 2);
        double[][] centres = {{x + width - radius, y + radius}, {x + width - radius, y + height - radius},
                {x + radius, y + height - radius}, {x + radius, y + radius}};
        int perCorner = 8;
        double[] xs = new double[4 * (perCorner + 1) + 1];
        double[] ys = new double[xs.length];
        int k = 0;
        for (int corner = 0; corner < 4; corner++) {
            for (int i = 0; i <= perCorner; i++) {
                double angle = Math.PI / 2 * (corner - 1 + (double) i / perCorner);
                xs[k] = centres[corner][0] + radius * Math.cos(angle);
                ys[k] = centres[corner][1] + radius * Math.sin(angle);
                k++;
            }
        }
        xs[k] = xs[0];
        ys[k] = ys[0];
        return new double[][] {xs, ys};
    }
}
