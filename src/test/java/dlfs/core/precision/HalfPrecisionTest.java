package dlfs.core.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalfPrecisionTest {
    private static void assertBits(int expected, double value) {
        assertEquals(String.format("0x%04X", expected),
                String.format("0x%04X", HalfPrecision.toHalfBits(value) & 0xFFFF), "bits of " + value);
    }

    @Test
    void knownValuesHaveTheirIeeeBitPatterns() {
        assertBits(0x3C00, 1.0);
        assertBits(0xC000, -2.0);
        assertBits(0x3800, 0.5);
        assertBits(0x7BFF, 65504.0);
        assertBits(0x2E66, 0.1);
        assertBits(0x3555, 1.0 / 3.0);
        assertBits(0x4248, Math.PI);
        assertBits(0x0400, 0x1p-14);
        assertBits(0x03FF, 0x1.ff8p-15);
        assertBits(0x0001, 0x1p-24);
        assertBits(0x0000, 0.0);
        assertBits(0x8000, -0.0);
        assertBits(0x7C00, Double.POSITIVE_INFINITY);
        assertBits(0xFC00, Double.NEGATIVE_INFINITY);
        assertBits(0x7E00, Double.NaN);
    }

    @Test
    void bitPatternsReadBackToTheirValues() {
        assertEquals(1.0, HalfPrecision.toDouble((short) 0x3C00));
        assertEquals(65504.0, HalfPrecision.toDouble((short) 0x7BFF));
        assertEquals(0.0999755859375, HalfPrecision.toDouble((short) 0x2E66));
        assertEquals(0x1p-24, HalfPrecision.toDouble((short) 0x0001));
        assertEquals(-0.0, HalfPrecision.toDouble((short) 0x8000));
        assertEquals(Double.NEGATIVE_INFINITY, HalfPrecision.toDouble((short) 0xFC00));
        assertTrue(Double.isNaN(HalfPrecision.toDouble((short) 0x7E01)));
        assertEquals(HalfPrecision.MAX_VALUE, HalfPrecision.toDouble((short) 0x7BFF));
        assertEquals(HalfPrecision.MIN_NORMAL, HalfPrecision.toDouble((short) 0x0400));
        assertEquals(HalfPrecision.MIN_VALUE, HalfPrecision.toDouble((short) 0x0001));
    }

    @Test
    void tiesRoundToTheEvenNeighbour() {
        assertBits(0x3C00, 1 + 0x1p-11);
        assertBits(0x3C02, 1 + 3 * 0x1p-11);
        assertEquals(2048.0, HalfPrecision.round(2049));
        assertEquals(2052.0, HalfPrecision.round(2051));
        assertBits(0x0000, 0x1p-25);
        assertBits(0x0001, 1.5 * 0x1p-25);
        assertBits(0x0002, 3 * 0x1p-25);
    }

    @Test
    void valuesFromHalfwayAboveTheLargestOverflowToInfinity() {
        assertBits(0x7BFF, 65519.99);
        assertBits(0x7C00, 65520.0);
        assertBits(0xFC00, -1e6);
    }

    @Test
    void roundsDoublesDirectlyNotThroughFloat() {
        double justAboveTie = 1 + 0x1p-11 + 0x1p-40;
        assertEquals(1 + 0x1p-11, (float) justAboveTie, "float rounding turns it into an exact tie");
        assertBits(0x3C01, justAboveTie);
    }

    @Test
    void everyFiniteBitPatternSurvivesARoundTrip() {
        for (int bits = 0; bits <= 0xFFFF; bits++) {
            double value = HalfPrecision.toDouble((short) bits);
            if (!Double.isNaN(value)) {
                assertEquals(bits, HalfPrecision.toHalfBits(value) & 0xFFFF, "bits " + Integer.toHexString(bits));
            }
        }
    }

    @Test
    void everyMidpointBetweenNeighboursGoesToTheEvenOne() {
        for (int bits = 0; bits < 0x7BFF; bits++) {
            double low = HalfPrecision.toDouble((short) bits);
            double high = HalfPrecision.toDouble((short) (bits + 1));
            double mid = (low + high) / 2;
            int even = bits % 2 == 0 ? bits : bits + 1;
            assertEquals(even, HalfPrecision.toHalfBits(mid) & 0xFFFF, "midpoint of " + low + " and " + high);
            assertEquals(bits, HalfPrecision.toHalfBits(Math.nextDown(mid)) & 0xFFFF);
            assertEquals(bits + 1, HalfPrecision.toHalfBits(Math.nextUp(mid)) & 0xFFFF);
        }
    }

    @Test
    void floatConversionsMatchJava20Names() {
        assertEquals((short) 0x3C00, HalfPrecision.floatToFloat16(1f));
        assertEquals(0.5f, HalfPrecision.float16ToFloat((short) 0x3800));
        assertEquals("0 01111 0000000000", HalfPrecision.fields((short) 0x3C00));
        assertEquals("1 10000 0000000000", HalfPrecision.fields((short) 0xC000));
    }

    @Test
    void precisionsRoundToTheirFormat() {
        assertEquals(0.1, Precision.FLOAT64.round(0.1));
        assertEquals((double) 0.1f, Precision.FLOAT32.round(0.1));
        assertEquals(0.0999755859375, Precision.FLOAT16.round(0.1));
        assertEquals(2, Precision.FLOAT16.bytes());
        assertEquals(8, Precision.FLOAT64.bytes());
    }
}
