package dlfs.core.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.data.ImageDataset;
import dlfs.core.random.Rng;
import org.junit.jupiter.api.Test;

class AugmentationTest {
    private static final int SIZE = 28;

    private static double[] onePixel(int row, int column) {
        double[] image = new double[SIZE * SIZE];
        image[row * SIZE + column] = 1;
        return image;
    }

    private static double[] pattern() {
        double[] image = new double[SIZE * SIZE];
        for (int i = 0; i < image.length; i++) {
            image[i] = (i * 37 % 101) / 100.0;
        }
        return image;
    }

    @Test
    void identityLeavesTheImageAsItIs() {
        double[] image = pattern();
        assertArrayEquals(image, ImageWarp.warp(image, SIZE, SIZE, Distortion.IDENTITY, ElasticField.NONE), 1e-12);
    }

    @Test
    void wholePixelShiftMovesEveryPixel() {
        double[] moved = ImageWarp.warp(onePixel(10, 12), SIZE, SIZE, new Distortion(0, 1, 3, -2, false), ElasticField.NONE);
        assertEquals(1.0, moved[8 * SIZE + 15], 1e-12);
        assertEquals(1.0, sum(moved), 1e-12);
    }

    @Test
    void quarterTurnCarriesTheTopRightCornerToTheTopLeft() {
        double[] turned = ImageWarp.warp(onePixel(0, SIZE - 1), SIZE, SIZE, new Distortion(90, 1, 0, 0, false),
                ElasticField.NONE);
        assertEquals(1.0, turned[0], 1e-9);
        assertEquals(1.0, sum(turned), 1e-9);
    }

    @Test
    void flipMirrorsLeftAndRight() {
        double[] flipped = ImageWarp.warp(onePixel(5, 2), SIZE, SIZE, new Distortion(0, 1, 0, 0, true), ElasticField.NONE);
        assertEquals(1.0, flipped[5 * SIZE + SIZE - 1 - 2], 1e-12);
    }

    @Test
    void doublingTheSizeSpreadsOnePixelOverItsNeighbours() {
        double[] image = new double[SIZE * SIZE];
        image[13 * SIZE + 13] = 1;
        image[14 * SIZE + 14] = 1;
        double[] enlarged = ImageWarp.warp(image, SIZE, SIZE, new Distortion(0, 2, 0, 0, false), ElasticField.NONE);
        assertTrue(sum(enlarged) > sum(image), "an enlarged stroke covers more pixels");
    }

    @Test
    void bilinearSampleHalfwayIsTheMeanOfTheNeighbours() {
        double[] image = {0, 4, 8, 12};
        assertEquals(2.0, ImageWarp.sample(image, 2, 2, 0, 0.5), 1e-12);
        assertEquals(6.0, ImageWarp.sample(image, 2, 2, 0.5, 0.5), 1e-12);
        assertEquals(0.0, ImageWarp.sample(image, 2, 2, -5, 0), 1e-12);
        assertEquals(6.0, ImageWarp.sample(image, 2, 2, 1.5, 1), 1e-12, "half outside: half of 12");
    }

    @Test
    void elasticFieldIsReproducibleSmoothAndScaledByAlpha() {
        ElasticField a = ElasticField.random(SIZE, SIZE, 8, 4, new Rng(5));
        ElasticField b = ElasticField.random(SIZE, SIZE, 8, 4, new Rng(5));
        ElasticField doubled = ElasticField.random(SIZE, SIZE, 16, 4, new Rng(5));
        assertEquals(a.dx(3, 4), b.dx(3, 4));
        assertEquals(2 * a.dy(10, 20), doubled.dy(10, 20), 1e-12);
        double jump = 0;
        double size = 0;
        for (int r = 0; r < SIZE; r++) {
            for (int c = 1; c < SIZE; c++) {
                jump = Math.max(jump, Math.abs(a.dx(r, c) - a.dx(r, c - 1)));
                size = Math.max(size, Math.abs(a.dx(r, c)));
            }
        }
        assertTrue(size > 0);
        assertTrue(jump < size, "neighbouring pixels move together");
        assertEquals(0.0, ElasticField.random(SIZE, SIZE, 0, 4, new Rng(1)).dx(3, 3), 0.0);
    }

    @Test
    void randomDistortionsStayInTheirRangesAndRepeatWithTheSeed() {
        Augmentation ranges = new Augmentation(10, 2, 0.8, 1.2, 0, 4, false);
        Rng rng = new Rng(3);
        for (int i = 0; i < 200; i++) {
            Distortion d = ranges.randomDistortion(rng);
            assertTrue(Math.abs(d.rotationDegrees()) <= 10);
            assertTrue(Math.abs(d.shiftX()) <= 2 && Math.abs(d.shiftY()) <= 2);
            assertTrue(d.scale() >= 0.8 && d.scale() <= 1.2);
            assertTrue(!d.flip());
        }
        assertEquals(ranges.randomDistortion(new Rng(9)), ranges.randomDistortion(new Rng(9)));
        assertSame(ElasticField.NONE, ranges.randomField(SIZE, SIZE, rng));
    }

    @Test
    void expandAppendsAugmentedCopiesWithTheSameLabels() {
        byte[] pixels = new byte[3 * SIZE * SIZE];
        double[] pattern = pattern();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.round(255 * pattern[i % pattern.length] * (i / (SIZE * SIZE) + 1) / 3);
        }
        ImageDataset data = new ImageDataset("tiny", pixels, new int[] {4, 7, 1}, 1, SIZE, SIZE, 10);
        ImageDataset expanded = Augmentation.DIGITS.expand(data, 2, new Rng(1));
        assertEquals(9, expanded.size());
        for (int i = 0; i < 9; i++) {
            assertEquals(data.label(i % 3), expanded.label(i));
        }
        for (int p = 0; p < SIZE * SIZE; p++) {
            assertEquals(data.pixel(1, p), expanded.pixel(1, p), "originals come first, unchanged");
        }
        boolean differs = false;
        for (int p = 0; p < SIZE * SIZE; p++) {
            differs |= expanded.pixel(4, p) != data.pixel(1, p);
        }
        assertTrue(differs, "a copy is distorted");
        ImageDataset again = Augmentation.DIGITS.expand(data, 2, new Rng(1));
        for (int p = 0; p < SIZE * SIZE; p++) {
            assertEquals(expanded.pixel(7, p), again.pixel(7, p));
        }
    }

    @Test
    void badSettingsAreRefusedWithTheirValues() {
        assertThrows(IllegalArgumentException.class, () -> new Augmentation(-1, 0, 1, 1, 0, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Augmentation(0, 0, 1.2, 1.1, 0, 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Distortion(0, 0, 0, 0, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageWarp.warp(new double[5], 2, 2, Distortion.IDENTITY, ElasticField.NONE));
        assertTrue(e.getMessage().contains("2×2"));
        assertNotEquals(Distortion.IDENTITY, new Distortion(1, 1, 0, 0, false));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
