package dlfs.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpyFormatTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    static void assertBitsEqual(Tensor expected, Tensor actual) {
        assertArrayEquals(expected.shape(), actual.shape(), "shape");
        long[] e = Arrays.stream(expected.data()).mapToLong(Double::doubleToRawLongBits).toArray();
        long[] a = Arrays.stream(actual.data()).mapToLong(Double::doubleToRawLongBits).toArray();
        assertArrayEquals(e, a, "values (bit for bit)");
    }

    @Test
    void roundTripIsBitExactForEveryRank() throws ModelFileException {
        Rng rng = new Rng(5);
        int[][] shapes = {{}, {0}, {1}, {7}, {2, 3}, {0, 3}, {2, 3, 4}, {1, 2, 1, 5}};
        for (int[] shape : shapes) {
            Tensor t = Tensor.zeros(shape);
            for (int i = 0; i < t.size(); i++) {
                t.data()[i] = rng.gaussian() * Math.pow(10, rng.nextInt(40) - 20);
            }
            assertBitsEqual(t, NpyFormat.read(NpyFormat.toBytes(t)));
        }
        Tensor special = Tensor.vector(-0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL, 0.1, 1e-300);
        assertBitsEqual(special, NpyFormat.read(NpyFormat.toBytes(special)));
    }

    @Test
    void headerIsVersion1AlignedTo64BytesLikeNumpys() {
        byte[] bytes = NpyFormat.toBytes(Tensor.zeros(2, 3));
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        assertEquals(1, bytes[6]);
        assertEquals(0, bytes[7]);
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64);
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", header.strip());
        assertTrue(header.endsWith("\n"));
        assertEquals(10 + headerLength + 6 * 8, bytes.length);

        String vectorHeader = new String(NpyFormat.toBytes(Tensor.zeros(3)), 10, 60, StandardCharsets.US_ASCII);
        assertTrue(vectorHeader.contains("'shape': (3,)"), vectorHeader);
        String scalarHeader = new String(NpyFormat.toBytes(Tensor.scalar(1)), 10, 60, StandardCharsets.US_ASCII);
        assertTrue(scalarHeader.contains("'shape': ()"), scalarHeader);
    }

    @Test
    void readsFloat32FortranOrderAsTheBooksWeightsAre() throws ModelFileException {
        // [[1, 2, 3], [4, 5, 6]] stored column by column: 1 4 2 5 3 6
        byte[] npy = NpyBytes.of("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }",
                NpyBytes.floats(LE, 1, 4, 2, 5, 3, 6.5f));
        Tensor t = NpyFormat.read(npy);
        assertArrayEquals(new int[] {2, 3}, t.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6.5}, t.data());

        float third = 1 / 3f;
        Tensor exact = NpyFormat.read(NpyBytes.of("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }",
                NpyBytes.floats(LE, third)));
        assertEquals((double) third, exact.at(0), 0.0, "float32 widens to the same double NumPy's astype gives");
    }

    @Test
    void readsThreeDimensionalFortranOrder() throws ModelFileException {
        int[] shape = {2, 3, 4};
        double[] fortran = new double[24];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 4; k++) {
                    fortran[i + 2 * j + 6 * k] = 100 * i + 10 * j + k;
                }
            }
        }
        Tensor t = NpyFormat.read(NpyBytes.of("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3, 4), }",
                NpyBytes.doubles(LE, fortran)));
        assertArrayEquals(shape, t.shape());
        assertEquals(123, t.get(1, 2, 3));
        assertEquals(12, t.get(0, 1, 2));
        assertEquals(103, t.get(1, 0, 3));
    }

    @Test
    void readsEveryDtypeTheBooksFilesMayHold() throws ModelFileException {
        assertArrayEquals(new double[] {1.5, -2},
                NpyFormat.read(NpyBytes.of("{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }",
                        NpyBytes.doubles(ByteOrder.BIG_ENDIAN, 1.5, -2))).data());
        assertArrayEquals(new double[] {0.25, -8},
                NpyFormat.read(NpyBytes.of("{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }",
                        NpyBytes.floats(ByteOrder.BIG_ENDIAN, 0.25f, -8))).data());
        assertArrayEquals(new double[] {-3, 1L << 40},
                NpyFormat.read(NpyBytes.of("{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }",
                        NpyBytes.longs(LE, -3, 1L << 40))).data());
        assertArrayEquals(new double[] {-7, 9},
                NpyFormat.read(NpyBytes.of("{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }",
                        NpyBytes.ints(LE, -7, 9))).data());
        assertArrayEquals(new double[] {-7, 9},
                NpyFormat.read(NpyBytes.of("{'descr': '>i4', 'fortran_order': False, 'shape': (2,), }",
                        NpyBytes.ints(ByteOrder.BIG_ENDIAN, -7, 9))).data());
        assertArrayEquals(new double[] {0, 255, 7},
                NpyFormat.read(NpyBytes.of("{'descr': '|u1', 'fortran_order': False, 'shape': (3,), }",
                        new byte[] {0, (byte) 255, 7})).data());
    }

    @Test
    void readsScalarsKeyOrderAndOldStyleHeaders() throws ModelFileException {
        Tensor scalar = NpyFormat.read(NpyBytes.of("{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
                NpyBytes.doubles(LE, 42)));
        assertEquals(0, scalar.rank());
        assertEquals(42, scalar.at(0));
        // Python 2 wrote long dimensions with an L; keys may come in any order, double quotes are fine.
        Tensor old = NpyFormat.read(NpyBytes.of("{\"shape\": (2L, 1L), 'fortran_order': False, 'descr': '<f8'}",
                NpyBytes.doubles(LE, 1, 2)));
        assertArrayEquals(new int[] {2, 1}, old.shape());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unsupported dtype    | {'descr': '<c16', 'fortran_order': False, 'shape': (1,), }   | not supported",
        "native byte order    | {'descr': '=f8', 'fortran_order': False, 'shape': (1,), }    | not supported",
        "structured dtype     | {'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), } | expected a string",
        "missing key          | {'descr': '<f8', 'shape': (1,), }                           | must have the keys",
        "extra key            | {'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': True, } | must have the keys",
        "duplicate key        | {'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (1,), } | duplicate key",
        "shape not a tuple    | {'descr': '<f8', 'fortran_order': False, 'shape': (1), }    | not a tuple",
        "negative dimension   | {'descr': '<f8', 'fortran_order': False, 'shape': (-1,), }  | non-negative integer",
        "huge dimension       | {'descr': '<f8', 'fortran_order': False, 'shape': (99999999999,), } | too large",
        "huge shape           | {'descr': '<f8', 'fortran_order': False, 'shape': (65536, 65536), } | too large",
        "fortran order text   | {'descr': '<f8', 'fortran_order': 0, 'shape': (1,), }       | expected a string, True",
        "unterminated         | {'descr': '<f8', 'fortran_order': False, 'shape': (1,)      | expected ',' or '}'",
        "text after the dict  | {'descr': '<f8', 'fortran_order': False, 'shape': (1,), } x  | after the dict",
        "escapes              | {'descr': '<f\\8', 'fortran_order': False, 'shape': (1,), } | escape sequences",
    })
    void refusesBadHeadersWithAClearMessage(String problem, String dict, String expected) {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> NpyFormat.read(NpyBytes.of(dict, NpyBytes.doubles(LE, 1))));
        assertTrue(e.getMessage().contains(expected), problem + ": " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void refusesDataOfTheWrongLength() {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }";
        assertThrows(ModelFileException.class, () -> NpyFormat.read(NpyBytes.of(dict, NpyBytes.doubles(LE, 1, 2))));
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> NpyFormat.read(NpyBytes.of(dict, NpyBytes.doubles(LE, 1, 2, 3, 4))));
        assertTrue(e.getMessage().contains("needs 24"), e.getMessage());
    }

    @Test
    void refusesFilesThatAreNotNpy() {
        byte[] good = NpyFormat.toBytes(Tensor.vector(1, 2));
        assertTrue(assertThrows(ModelFileException.class, () -> NpyFormat.read(new byte[0]))
                .getMessage().contains("magic"));
        assertTrue(assertThrows(ModelFileException.class,
                () -> NpyFormat.read("PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1)))
                .getMessage().contains("magic"));
        byte[] version4 = good.clone();
        version4[6] = 4;
        assertTrue(assertThrows(ModelFileException.class, () -> NpyFormat.read(version4))
                .getMessage().contains("version 4.0"));
        assertThrows(ModelFileException.class, () -> NpyFormat.read(Arrays.copyOf(good, 7)));
        assertTrue(assertThrows(ModelFileException.class, () -> NpyFormat.read(Arrays.copyOf(good, 40)))
                .getMessage().contains("only 30 follow"));
    }
}
