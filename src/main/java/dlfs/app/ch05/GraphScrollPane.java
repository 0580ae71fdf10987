package dlfs.app.ch05;

import dlfs.app.widgets.GraphView;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;

/**
 * Holds a graph that may be wider than the page: it scrolls sideways, never vertically, and is
 * exactly as tall as the graph at the width it gets. A plain scroll pane does not count its
 * horizontal scroll bar in its height, so the graph's bottom row would disappear under the bar.
 */
final class GraphScrollPane extends ScrollPane {
    private final GraphView graph;

    GraphScrollPane(GraphView graph) {
        super(graph);
        this.graph = graph;
        setFitToWidth(true);
        setVbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(0);
        getStyleClass().add("ch05-graph-scroll");
        // whether the bar shows depends on the width, known only after the first layout
        widthProperty().addListener(obs -> requestLayout());
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? getWidth() - snappedLeftInset() - snappedRightInset() : width - snappedLeftInset()
                - snappedRightInset();
        double least = graph.minWidth(-1);
        double graphWidth = Math.max(inner, least);
        boolean scrolls = inner > 0 && inner + 0.5 < least;
        double barHeight = !scrolls ? 0 : lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL)
                .mapToDouble(n -> n.prefHeight(-1)).findFirst().orElse(0);
        return graph.prefHeight(graphWidth) + barHeight + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
