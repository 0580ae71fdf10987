package dlfs.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.DigitPreprocessor.Box;
import dlfs.core.data.DigitPreprocessor.PreparedDigit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** MNIST's preparation on hand-made rasters: crop, scale the longer side to 20, centre of mass to (14, 14). */
class DigitPreprocessorTest {
    private static final double EPS = 1e-12;

    /** An empty width × height raster. */
    private static double[] raster(int width, int height) {
        return new double[width * height];
    }

    /** Sets the rectangle [left, left+w) × [top, top+h) to value. */
    private static void fill(double[] raster, int width, int left, int top, int w, int h, double value) {
        for (int r = top; r < top + h; r++) {
            Arrays.fill(raster, r * width + left, r * width + left + w, value);
        }
    }

    private static PreparedDigit prepare(double[] raster, int width, int height) {
        return DigitPreprocessor.prepare(raster, width, height).orElseThrow();
    }

    private static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    @Test
    void emptyOrInvisiblyFaintRasterIsNothingDrawn() {
        assertTrue(DigitPreprocessor.prepare(raster(280, 280), 280, 280).isEmpty());
        double[] faint = raster(40, 40);
        Arrays.fill(faint, 0.5 / 255);
        assertTrue(DigitPreprocessor.prepare(faint, 40, 40).isEmpty());
        assertTrue(DigitPreprocessor.prepare(new byte[100], 10, 10).isEmpty());
    }

    @Test
    void squareBecomesA20PixelSquareWhoseCentreOfMassIsAt14() {
        double[] r = raster(50, 50);
        fill(r, 50, 3, 30, 5, 5, 1.0);
        PreparedDigit digit = prepare(r, 50, 50);
        assertEquals(new Box(3, 30, 5, 5), digit.ink());
        // the box's own centre of mass is (9.5, 9.5); 14 − 9.5 = 4.5 rounds to 5
        assertEquals(new Box(5, 5, 20, 20), digit.placed());
        assertEquals(14.5, digit.massRow(), EPS);
        assertEquals(14.5, digit.massColumn(), EPS);
        for (int row = 0; row < 28; row++) {
            for (int column = 0; column < 28; column++) {
                boolean inside = row >= 5 && row < 25 && column >= 5 && column < 25;
                assertEquals(inside ? 1.0 : 0.0, digit.pixel(row, column), EPS, "pixel " + row + "," + column);
            }
        }
    }

    @Test
    void tallShapeKeepsItsAspectRatio() {
        double[] r = raster(100, 100);
        fill(r, 100, 60, 10, 10, 40, 1.0);
        PreparedDigit digit = prepare(r, 100, 100);
        assertEquals(5, digit.placed().width());
        assertEquals(20, digit.placed().height());
        assertEquals(100.0, sum(digit.pixels()), EPS);
        assertEquals(14, digit.massRow(), 0.5);
        assertEquals(14, digit.massColumn(), 0.5);
    }

    @Test
    void wideShapeKeepsItsAspectRatio() {
        double[] r = raster(300, 120);
        fill(r, 300, 20, 50, 240, 60, 1.0);
        PreparedDigit digit = prepare(r, 300, 120);
        assertEquals(new Box(5, 12, 20, 5), digit.placed());
    }

    @Test
    void theSameShapeAnywhereAndAtAnySizeGivesTheSameDigit() {
        double[] small = raster(60, 60);
        fill(small, 60, 5, 5, 12, 3, 1.0);     // the bar of a 7
        fill(small, 60, 14, 8, 3, 14, 1.0);    // its stem
        double[] moved = raster(200, 150);
        fill(moved, 200, 150, 100, 12, 3, 1.0);
        fill(moved, 200, 159, 103, 3, 14, 1.0);
        double[] doubled = raster(120, 120);
        fill(doubled, 120, 30, 40, 24, 6, 1.0);
        fill(doubled, 120, 48, 46, 6, 28, 1.0);
        double[] expected = prepare(small, 60, 60).pixels();
        assertArrayEquals(expected, prepare(moved, 200, 150).pixels(), EPS);
        assertArrayEquals(expected, prepare(doubled, 120, 120).pixels(), EPS);
    }

    @Test
    void scalingAveragesTheAreaEachPixelCovers() {
        // 45 × 20 box: 20 columns of 1.0, then 25 of 0.4; scaled by 20/45 to 20 × 9 (2.25 source columns per pixel)
        double[] r = raster(45, 20);
        fill(r, 45, 0, 0, 20, 20, 1.0);
        fill(r, 45, 20, 0, 25, 20, 0.4);
        PreparedDigit digit = prepare(r, 45, 20);
        assertEquals(20, digit.placed().width());
        assertEquals(9, digit.placed().height());
        double[] firstRow = Arrays.copyOf(digit.scaled(), 20);
        for (int c = 0; c < 8; c++) {
            assertEquals(1.0, firstRow[c], EPS, "column " + c + " covers only full ink");
        }
        assertEquals((2 * 1.0 + 0.25 * 0.4) / 2.25, firstRow[8], EPS, "column 8 covers [18, 20.25)");
        for (int c = 9; c < 20; c++) {
            assertEquals(0.4, firstRow[c], EPS, "column " + c);
        }
    }

    @Test
    void thinStrokesAreStretchedToFullInk() {
        double[] r = raster(280, 280);
        fill(r, 280, 140, 40, 2, 200, 1.0);      // a 2-pixel line, 200 long: 0.2 pixels wide after scaling
        PreparedDigit digit = prepare(r, 280, 280);
        assertEquals(new Box(14, 5, 1, 20), digit.placed());
        for (int row = 5; row < 25; row++) {
            assertEquals(1.0, digit.pixel(row, 14), EPS);
        }
    }

    @Test
    void tinyDotIsEnlargedToTheFullBox() {
        double[] r = raster(280, 280);
        r[100 * 280 + 200] = 0.8;
        PreparedDigit digit = prepare(r, 280, 280);
        assertEquals(new Box(200, 100, 1, 1), digit.ink());
        assertEquals(400.0, sum(digit.pixels()), EPS);
    }

    @Test
    void lopsidedShapeIsMovedOnlyAsFarAsKeepsAllInkInside() {
        // a long thin bar with a heavy block at its left end: the centre of mass sits near the left edge
        double[] r = raster(100, 100);
        fill(r, 100, 0, 40, 100, 1, 1.0);
        fill(r, 100, 0, 40, 15, 15, 1.0);
        PreparedDigit digit = prepare(r, 100, 100);
        assertEquals(28 - 20, digit.placed().left(), "pushed right until the bar's end touches the border");
        assertEquals(sum(digit.scaled()), sum(digit.pixels()), 1e-9, "no ink is cut off");
        assertTrue(digit.massColumn() < 14 - 0.5, "centre of mass left of 14: " + digit.massColumn());
    }

    @Test
    void bytesAndDoublesGiveTheSameDigit() {
        double[] values = raster(30, 30);
        byte[] bytes = new byte[900];
        for (int i = 0; i < 900; i++) {
            int level = (i * 37) % 256;
            bytes[i] = (byte) level;
            values[i] = level / 255.0;
        }
        assertArrayEquals(prepare(values, 30, 30).pixels(),
                DigitPreprocessor.prepare(bytes, 30, 30).orElseThrow().pixels(), EPS);
    }

    /**
     * MNIST digits are themselves the result of this preparation, so one that is enlarged tenfold
     * (each pixel a 10×10 block) somewhere in a larger raster must come back unchanged, apart from
     * the stretch to full ink. Only digits whose longer side is exactly 20 qualify.
     */
    @Test
    void mnistDigitsEnlargedTenfoldAndMovedComeBackUnchanged() {
        ImageDataset test = DatasetLocator.standard(null).locate(DatasetId.MNIST_MINI).orElseThrow().load().test();
        int width = 330;
        int height = 310;
        int compared = 0;
        int identical = 0;
        for (int i = 0; i < 300; i++) {
            double[] original = new double[784];
            double max = 0;
            for (int p = 0; p < 784; p++) {
                original[p] = test.pixel(i, p) / 255.0;
                max = Math.max(max, original[p]);
            }
            double[] big = raster(width, height);
            for (int p = 0; p < 784; p++) {
                fill(big, width, 17 + 10 * (p % 28), 9 + 10 * (p / 28), 10, 10, original[p]);
            }
            PreparedDigit digit = prepare(big, width, height);
            if (Math.max(digit.ink().width(), digit.ink().height()) != 200) {
                continue;
            }
            compared++;
            double worst = 0;
            for (int p = 0; p < 784; p++) {
                worst = Math.max(worst, Math.abs(digit.pixels()[p] - original[p] / max));
            }
            if (worst < 1e-9) {
                identical++;
            }
        }
        assertTrue(compared > 250, "digits with a 20-pixel longer side: " + compared);
        assertTrue(identical >= 0.95 * compared, identical + " of " + compared + " came back unchanged");
    }

    @Test
    void badRastersAreRejectedWithTheirProblem() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> DigitPreprocessor.prepare(new double[10], 4, 3));
        assertEquals("raster of 10 values is not 4×3", size.getMessage());
        double[] r = raster(4, 3);
        r[6] = Double.NaN;
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> DigitPreprocessor.prepare(r, 4, 3));
        assertEquals("ink value NaN at row 1, column 2 is outside [0, 1]", nan.getMessage());
        r[6] = 1.5;
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.prepare(r, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> DigitPreprocessor.prepare(new byte[0], 0, 0));
    }
}
