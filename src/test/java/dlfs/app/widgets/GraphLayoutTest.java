package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.graph.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graph layout: straight tracks, inputs beside their nodes, nothing on top of anything. */
class GraphLayoutTest {
    @Test
    void appleGraphRunsAlongOneTrackWithTheTaxBelow() {
        ComputationalGraph g = ExampleGraphs.apples();
        GraphLayout layout = new GraphLayout(g);
        assertEquals(layout.row(g.node("apple_price")), layout.row(g.node("price")), 1e-12);
        assertTrue(layout.row(g.node("tax")) > layout.row(g.node("price")), "the tax enters from below");
        assertEquals(layout.row(g.node("apple_price")),
                (layout.row(g.node("apple")) + layout.row(g.node("apple_num"))) / 2, 1e-12);
        assertEquals(List.of(0, 0, 1, 1, 2), g.nodes().stream().map(layout::column).toList());
    }

    @Test
    void appendixATracksStayStraightAndTheSumMovesOutOfTheirWay() {
        ComputationalGraph g = ExampleGraphs.softmaxWithLoss(new double[] {0.3, 2.9, 4.0}, new double[] {0, 0, 1});
        GraphLayout layout = new GraphLayout(g);
        for (int k = 1; k <= 3; k++) {
            double track = layout.row(g.node("exp" + k));
            assertEquals(track, layout.row(g.node("a" + k)), 1e-12);
            assertEquals(track, layout.row(g.node("y" + k)), 1e-12, "exp → × is a straight edge");
            assertEquals(track, layout.row(g.node("log" + k)), 1e-12);
            assertTrue(layout.row(g.node("t" + k)) < track, "t enters t·log y from above");
            for (double[] waypoint : layout.waypoints(g.node("y" + k), 0)) {
                assertTrue(Math.abs(waypoint[1] - layout.row(g.node("S"))) >= 0.75, "S is off the exp → × edges");
            }
        }
        assertEquals(layout.row(g.node("S")), layout.row(g.node("1/S")), 1e-12);
        assertNothingOverlaps(g, layout);
    }

    @Test
    void sigmoidIsOneTrackWithItsConstantsBelow() {
        ComputationalGraph g = ExampleGraphs.sigmoid(1.0);
        GraphLayout layout = new GraphLayout(g);
        for (String name : List.of("-x", "exp(-x)", "1+exp(-x)", "y")) {
            assertEquals(layout.row(g.node("x")), layout.row(g.node(name)), 1e-12, name);
        }
        assertTrue(layout.row(g.node("-1")) > layout.row(g.node("x")));
        assertTrue(layout.row(g.node("1")) > layout.row(g.node("y")));
        assertNothingOverlaps(g, layout);
    }

    @Test
    void steepFansWidenTheirColumnGap() {
        ComputationalGraph g = ExampleGraphs.softmaxWithLoss(new double[] {0.3, 2.9, 4.0}, new double[] {0, 0, 1});
        GraphLayout layout = new GraphLayout(g);
        double plain = GraphLayout.COLUMN_WIDTH;
        assertEquals(plain, layout.columnOffset(1) - layout.columnOffset(0), 1e-12, "a → exp is flat");
        assertTrue(layout.columnOffset(2) - layout.columnOffset(1) > plain, "exp → S climbs");
    }

    private static void assertNothingOverlaps(ComputationalGraph g, GraphLayout layout) {
        for (List<Node> column : layout.columns()) {
            for (int i = 1; i < column.size(); i++) {
                Node a = column.get(i - 1);
                Node b = column.get(i);
                double gap = a.isLeaf() || b.isLeaf() ? 0.5 : 1.0;
                assertTrue(layout.row(b) - layout.row(a) >= gap - 1e-9, a.name() + " and " + b.name() + " overlap");
            }
        }
    }
}
