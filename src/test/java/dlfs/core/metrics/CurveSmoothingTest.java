package dlfs.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The companion code's smooth_curve, against values computed with NumPy's own kaiser and convolve. */
class CurveSmoothingTest {
    @Test
    void kaiserWindowMatchesNumpy() {
        double[] expected = {0.4386762798370488, 0.6113943543616491, 0.7676749968275236, 0.8921614338542881,
            0.9723298008693713, 1.0, 0.9723298008693713, 0.8921614338542881, 0.7676749968275236, 0.6113943543616491,
            0.4386762798370488};
        assertArrayEquals(expected, CurveSmoothing.kaiserWindow(11, 2), 1e-14);
        assertEquals(2.2795853023360673, CurveSmoothing.besselI0(2), 1e-14);
    }

    @Test
    void smoothingMatchesTheCompanionCodeIncludingTheMirroredEnds() {
        double[] x = new double[15];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i * 7) % 5 + 0.1 * i * i;
        }
        double[] expected = {2.710293672565734, 2.871741345036458, 3.2011833631127224, 3.7008435652404312,
            4.370763387769169, 5.208796403882182, 6.369905392904461, 7.73101438192674, 9.116602224091148,
            10.923208561717775, 12.714040921277043, 14.368496623672637, 15.770723610821364, 16.664963847612707,
            17.132569534652287};
        assertArrayEquals(expected, CurveSmoothing.smooth(x), 1e-12);
    }

    @Test
    void constantStaysConstantAndShortCurvesClampAtTheEnds() {
        assertArrayEquals(new double[] {3, 3, 3, 3, 3}, CurveSmoothing.smooth(new double[] {3, 3, 3, 3, 3}), 1e-12);
        assertArrayEquals(new double[] {2, 3, 6, 8}, CurveSmoothing.smooth(new double[] {0, 3, 6, 9}, new double[] {1, 1, 1}), 1e-12);
        assertArrayEquals(new double[] {4}, CurveSmoothing.smooth(new double[] {4}), 1e-12);
        assertArrayEquals(new double[0], CurveSmoothing.smooth(new double[0]), 0);
    }
}
