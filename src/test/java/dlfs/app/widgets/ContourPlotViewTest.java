package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contour levels and marching squares, without a window. */
class ContourPlotViewTest {
    @Test
    void linearAndLogLevels() {
        assertArrayEquals(new double[] {-2, 0, 2, 4}, ContourPlotView.linearLevels(-2, 4, 4), 1e-12);
        assertArrayEquals(new double[] {0.25, 1, 4, 16, 64}, ContourPlotView.logLevels(0.25, 64, 5), 1e-12);
        assertArrayEquals(new double[] {3}, ContourPlotView.logLevels(3, 9, 1), 0);
        assertThrows(IllegalArgumentException.class, () -> ContourPlotView.logLevels(0, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> ContourPlotView.linearLevels(0, 1, 0));
    }

    /** A cell whose left corners are below the level and right corners above: one vertical segment. */
    @Test
    void oneCrossingPairGivesOneSegmentAtTheInterpolatedPlace() {
        List<double[]> out = new ArrayList<>();
        // corners a (0,0) = 0, b (1,0) = 4, c (1,1) = 4, d (0,1) = 0; level 1 is a quarter of the way
        ContourPlotView.cellSegments(1, 0, 0, 1, 1, 0, 4, 4, 0, 2, out);
        assertEquals(1, out.size());
        assertArrayEquals(new double[] {0.25, 0, 0.25, 1}, out.get(0), 1e-12);
    }

    @Test
    void cellWithoutCrossingsGivesNothing() {
        List<double[]> out = new ArrayList<>();
        ContourPlotView.cellSegments(5, 0, 0, 1, 1, 0, 4, 4, 0, 2, out);
        assertEquals(0, out.size());
    }

    /** The saddle case: a and c above, b and d below; the centre value decides which corners are cut off. */
    @Test
    void ambiguousCellFollowsTheCentre() {
        List<double[]> centreHigh = new ArrayList<>();
        ContourPlotView.cellSegments(1, 0, 0, 1, 1, 2, 0, 2, 0, 1.5, centreHigh);
        assertEquals(2, centreHigh.size());
        // b (1, 0) is cut off by bottom and right crossings, d (0, 1) by top and left
        assertArrayEquals(new double[] {0.5, 0, 1, 0.5}, centreHigh.get(0), 1e-12);
        assertArrayEquals(new double[] {0.5, 1, 0, 0.5}, centreHigh.get(1), 1e-12);

        List<double[]> centreLow = new ArrayList<>();
        ContourPlotView.cellSegments(1, 0, 0, 1, 1, 2, 0, 2, 0, 0.5, centreLow);
        assertArrayEquals(new double[] {0.5, 0, 0, 0.5}, centreLow.get(0), 1e-12);
        assertArrayEquals(new double[] {1, 0.5, 0.5, 1}, centreLow.get(1), 1e-12);
    }
}
