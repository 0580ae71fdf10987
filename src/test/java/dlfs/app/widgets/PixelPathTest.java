package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.Test;

/** Clipping and dashing of lines in pixel space. */
class PixelPathTest {
    /** Records the lines drawn, each as {x1, y1, x2, y2, …}. */
    private static final class Recorder implements PlotGraphics {
        final List<double[]> lines = new ArrayList<>();

        @Override
        public void fillRect(double x, double y, double width, double height, Color fill) {
        }

        @Override
        public void strokeRect(double x, double y, double width, double height, Color stroke, double lineWidth) {
        }

        @Override
        public void strokeLine(double x1, double y1, double x2, double y2, Color stroke, double lineWidth) {
            lines.add(new double[] {x1, y1, x2, y2});
        }

        @Override
        public void strokePolyline(double[] xs, double[] ys, int count, Color stroke, double lineWidth, String name) {
            double[] points = new double[2 * count];
            for (int i = 0; i < count; i++) {
                points[2 * i] = xs[i];
                points[2 * i + 1] = ys[i];
            }
            lines.add(points);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int count, Color fill) {
        }

        @Override
        public void fillText(String text, double x, double y, TextAlignment align, Color fill, double fontSize) {
        }

        @Override
        public void fillCells(double x, double y, double width, double height, int rows, int columns, Color[] colors) {
        }
    }

    private final PixelPath box = new PixelPath(0, 0, 100, 100);
    private final Recorder g = new Recorder();

    @Test
    void segmentLeavingTheBoxIsCutAtItsEdge() {
        box.line(g, 50, 50, 1e13, 50, Color.BLACK, 1, false);
        assertEquals(1, g.lines.size());
        assertArrayEquals(new double[] {50, 50, 100, 50}, g.lines.get(0), 1e-9);
    }

    @Test
    void segmentOutsideIsNotDrawnAndNaNBreaksTheLine() {
        box.line(g, 150, 150, 200, 120, Color.BLACK, 1, false);
        assertEquals(0, g.lines.size());
        box.stroke(g, new double[] {10, 20, Double.NaN, 40, 50}, new double[] {10, 20, 30, 40, 50}, 5, Color.BLACK, 1,
                false, "");
        assertEquals(2, g.lines.size());
        assertArrayEquals(new double[] {10, 10, 20, 20}, g.lines.get(0), 0);
        assertArrayEquals(new double[] {40, 40, 50, 50}, g.lines.get(1), 0);
    }

    @Test
    void dashedLineIsCutIntoDashesThatCoverAboutHalfOfIt() {
        box.line(g, 0, 10, 96, 10, Color.BLACK, 1, true);
        assertTrue(g.lines.size() >= 7, g.lines.size() + " dashes");
        double drawn = g.lines.stream().mapToDouble(d -> Math.abs(d[2] - d[0])).sum();
        assertEquals(56, drawn, 1e-9, "8 dashes of 7 px in 96 px of 12 px periods: " + Arrays.toString(g.lines.get(0)));
    }
}
