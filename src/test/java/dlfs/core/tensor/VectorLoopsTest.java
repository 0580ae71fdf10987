package dlfs.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dlfs.core.random.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vector kernel's element-wise loops give the plain loops' results, at every length and edge. */
class VectorLoopsTest {
    private static final MatMul.Kernel PLAIN = new MatMul.PlainKernel();
    private static VectorKernel vector;

    @BeforeAll
    static void needsTheVectorModule() {
        assumeTrue(Kernels.vectorModulePresent(), "run with --add-modules jdk.incubator.vector");
        vector = new VectorKernel();
    }

    @Test
    void sumOfScaledRowsMatchesThePlainLoopForEveryWidth() {
        Rng rng = new Rng(5);
        // widths below one vector, between one and four vectors (the overlapping last group), and above
        for (int n : new int[] {1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 50, 63, 64, 65, 100, 129}) {
            int bRows = 40;
            double[] b = random(rng, bRows * n);
            for (int entries : new int[] {0, 1, 5, 37}) {
                double[] values = random(rng, entries + 3);
                int[] rows = new int[entries + 3];
                for (int e = 0; e < rows.length; e++) {
                    rows[e] = rng.nextInt(bRows);
                }
                double[] expected = random(rng, n + 4);
                double[] actual = expected.clone();
                PLAIN.sumOfScaledRows(values, rows, 2, 2 + entries, b, n, expected, 3);
                vector.sumOfScaledRows(values, rows, 2, 2 + entries, b, n, actual, 3);
                assertArrayEquals(expected, actual, 1e-12, "n = " + n + ", " + entries + " entries");
            }
        }
    }

    @Test
    void compressNonzerosKeepsValuesAndPositionsInOrder() {
        Rng rng = new Rng(6);
        for (int length : new int[] {0, 1, 7, 8, 9, 28, 784, 799}) {
            double[] data = new double[length + 5];
            for (int i = 0; i < data.length; i++) {
                double u = rng.uniform(0, 1);
                data[i] = u < 0.7 ? 0.0 : u < 0.75 ? -0.0 : rng.uniform(-2, 2);
            }
            for (MatMul.Kernel kernel : new MatMul.Kernel[] {PLAIN, vector}) {
                double[] values = new double[length + 10];
                int[] columns = new int[length + 10];
                int count = kernel.compressNonzeros(data, 5, 5 + length, values, columns, 2);
                int k = 2;
                for (int p = 0; p < length; p++) {
                    if (data[5 + p] != 0.0) {
                        assertEquals(data[5 + p], values[k], kernel.name() + " value at " + p);
                        assertEquals(p, columns[k], kernel.name() + " column of " + p);
                        k++;
                    }
                }
                assertEquals(k - 2, count, kernel.name() + ", length " + length);
            }
        }
    }

    @Test
    void unsignedBytesBecomeTheSameDoubles() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 37);
        }
        for (int count : new int[] {0, 1, 7, 8, 9, 255, 290}) {
            double[] expected = new double[count + 3];
            double[] actual = new double[count + 3];
            PLAIN.unsignedBytesToDoubles(bytes, 7, 1.0 / 255.0, expected, 3, count);
            vector.unsignedBytesToDoubles(bytes, 7, 1.0 / 255.0, actual, 3, count);
            assertArrayEquals(expected, actual, 0.0, "count " + count);
        }
        double[] raw = new double[256];
        byte[] all = new byte[256];
        for (int v = 0; v < 256; v++) {
            all[v] = (byte) v;
        }
        vector.unsignedBytesToDoubles(all, 0, 1.0, raw, 0, 256);
        for (int v = 0; v < 256; v++) {
            assertEquals(v, raw[v], "byte " + v + " is read as unsigned");
        }
    }

    @Test
    void sigmoidAgreesWithMathExpIncludingTheExtremes() {
        double[] x = new double[203];
        Rng rng = new Rng(7);
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-40, 40);
        }
        double[] specials = {0.0, -0.0, 800, -800, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        System.arraycopy(specials, 0, x, 17, specials.length);
        double[] expected = new double[x.length];
        double[] actual = new double[x.length];
        PLAIN.sigmoid(x, expected, x.length);
        vector.sigmoid(x, actual, x.length);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), "x = " + x[i]);
            } else {
                assertEquals(expected[i], actual[i], 1e-15 * expected[i], "x = " + x[i]);
            }
        }
        assertEquals(1.0, actual[21]);
        assertEquals(0.0, actual[22]);
        assertEquals(Double.NaN, actual[23]);
    }

    private static double[] random(Rng rng, int size) {
        double[] values = new double[size];
        Arrays.setAll(values, i -> rng.uniform(-1, 1));
        return values;
    }
}
