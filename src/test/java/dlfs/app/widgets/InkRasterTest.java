package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pad's raster: round anti-aliased pen strokes, an eraser, and the changed area reported. */
class InkRasterTest {
    private static double at(InkRaster raster, int x, int y) {
        return raster.values()[y * raster.width() + x];
    }

    @Test
    void penCoversItsWidthWithAOnePixelSoftEdge() {
        InkRaster raster = new InkRaster(100, 100);
        int[] changed = raster.segment(20.5, 50.5, 80.5, 50.5, 5, false);
        assertArrayEquals(new int[] {14, 44, 87, 57}, changed);
        assertEquals(1.0, at(raster, 50, 50), 1e-12, "on the line");
        assertEquals(1.0, at(raster, 50, 46), 1e-12, "pixel centre 4 px from the line: inside radius 5");
        assertEquals(0.5, at(raster, 50, 45), 1e-12, "pixel centre at exactly the radius: half covered");
        assertEquals(0.5, at(raster, 50, 55), 1e-12, "the same below the line");
        assertEquals(0.0, at(raster, 50, 56), 1e-12, "outside");
        assertEquals(1.0, at(raster, 16, 50), 1e-12, "round cap: 4 px before the start");
        assertEquals(0.0, at(raster, 50, 20), 1e-12);
    }

    @Test
    void crossingStrokesDoNotAddUpAndTheEraserRemovesInk() {
        InkRaster raster = new InkRaster(60, 60);
        raster.segment(10, 30, 50, 30, 4, false);
        raster.segment(30, 10, 30, 50, 4, false);
        assertEquals(1.0, at(raster, 30, 30), 1e-12, "the stronger ink wins, no darker spot");
        raster.segment(30, 30, 30, 30, 6, true);
        assertEquals(0.0, at(raster, 30, 30), 1e-12);
        assertEquals(1.0, at(raster, 15, 30), 1e-12, "ink away from the eraser stays");
        double edge = at(raster, 35, 32);
        assertTrue(edge > 0 && edge < 1, "the eraser's edge is soft too: " + edge);
    }

    @Test
    void dotsAndPartsOutsideThePadAreHandled() {
        InkRaster raster = new InkRaster(40, 40);
        raster.segment(0, 0, 0, 0, 3, false);
        assertEquals(1.0, at(raster, 0, 0), 1e-12);
        assertNull(raster.segment(-50, -50, -40, -40, 3, false), "entirely outside: nothing changed");
        raster.clear();
        assertEquals(0.0, java.util.Arrays.stream(raster.values()).sum(), 0.0);
    }
}
