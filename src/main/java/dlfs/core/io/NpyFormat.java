package dlfs.core.io;

import dlfs.core.tensor.Tensor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * NumPy's {@code .npy} array file, the format {@code np.save} writes and {@code np.load} reads.
 *
 * <p>Layout: the magic bytes {@code \x93NUMPY}, a version (major, minor), the header length, then a
 * header that is a Python dict literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (784, 50), }} padded with spaces to a
 * multiple of 64 bytes and ended by a newline, then the raw values.
 *
 * <p>We write version 1.0, little-endian doubles ({@code '<f8'}), C (row-major) order. We read
 * versions 1.0 to 3.0, the dtypes {@code f4 f8 i4 i8} in either byte order and {@code u1}, in C or
 * Fortran (column-major) order; every value becomes a double. The book's pickled weights are
 * float32 and Fortran-ordered once exported, so all of that is needed to import them.
 */
public final class NpyFormat {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Header and magic together fill a multiple of this many bytes (NumPy aligns data this way). */
    private static final int ALIGNMENT = 64;

    private NpyFormat() {
    }

    /** How the values of an array are stored: byte order, kind and size of one element. */
    private enum DType {
        F8('f', 8), F4('f', 4), I8('i', 8), I4('i', 4), U1('u', 1);

        final char kind;
        final int size;

        DType(char kind, int size) {
            this.kind = kind;
            this.size = size;
        }

        static DType of(char kind, int size) {
            for (DType t : values()) {
                if (t.kind == kind && t.size == size) {
                    return t;
                }
            }
            return null;
        }
    }

    /** What the header says: element type, byte order, layout and shape. */
    private record Header(DType dtype, ByteOrder order, boolean fortranOrder, int[] shape) {
    }

    // ---------------------------------------------------------------- writing

    /** Writes {@code tensor} as a version 1.0 {@code .npy} (little-endian float64, C order). */
    public static void write(Tensor tensor, OutputStream out) throws IOException {
        out.write(header(tensor.shape()));
        double[] data = tensor.data();
        ByteBuffer chunk = ByteBuffer.allocate(8 * Math.min(data.length, 8192)).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < data.length; from += chunk.capacity() / 8) {
            int count = Math.min(chunk.capacity() / 8, data.length - from);
            chunk.clear();
            chunk.asDoubleBuffer().put(data, from, count);
            out.write(chunk.array(), 0, count * 8);
        }
    }

    /** The {@code .npy} bytes of {@code tensor}. */
    public static byte[] toBytes(Tensor tensor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 + 8 * tensor.size());
        try {
            write(tensor, out);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toByteArray();
    }

    /** Magic, version 1.0, length, and the dict padded so the data starts at a multiple of 64. */
    private static byte[] header(int[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '<f8', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            dict.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        dict.append(shape.length == 1 ? ",), }" : "), }");
        int prefix = MAGIC.length + 4;
        int total = (prefix + dict.length() + 1 + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
        dict.append(" ".repeat(total - prefix - dict.length() - 1)).append('\n');
        int length = dict.length();
        ByteBuffer out = ByteBuffer.allocate(prefix + length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) length);
        out.put(dict.toString().getBytes(StandardCharsets.US_ASCII));
        return out.array();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a whole {@code .npy} file's bytes into a tensor of the header's shape (a 0-d array
     * becomes a rank-0 tensor). The data must be exactly as long as the header promises.
     *
     * @throws ModelFileException saying what is wrong (bad magic, unknown dtype, short data, …)
     */
    public static Tensor read(byte[] bytes) throws ModelFileException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (!startsWithMagic(bytes)) {
            throw new ModelFileException("not a .npy array (no \\x93NUMPY magic at the start)");
        }
        if (bytes.length < MAGIC.length + 2) {
            throw new ModelFileException(".npy file ends inside its header");
        }
        in.position(MAGIC.length);
        int major = in.get();
        int minor = in.get();
        if (major < 1 || major > 3 || minor != 0) {
            throw new ModelFileException(".npy format version " + major + "." + minor + " is not supported (1.0 to 3.0 are)");
        }
        int lengthBytes = major == 1 ? 2 : 4;
        if (in.remaining() < lengthBytes) {
            throw new ModelFileException(".npy file ends inside its header");
        }
        long headerLength = major == 1 ? Short.toUnsignedInt(in.getShort()) : Integer.toUnsignedLong(in.getInt());
        if (headerLength > in.remaining()) {
            throw new ModelFileException(".npy header says " + headerLength + " bytes but only " + in.remaining()
                    + " follow");
        }
        String text = new String(bytes, in.position(), (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Header header = parseHeader(text);
        in.position(in.position() + (int) headerLength);
        return readData(header, in);
    }

    private static boolean startsWithMagic(byte[] bytes) {
        if (bytes.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static Tensor readData(Header header, ByteBuffer in) throws ModelFileException {
        long count = 1;
        for (int d : header.shape()) {
            count *= d;
            if (count > Integer.MAX_VALUE - 8) {
                throw new ModelFileException(".npy shape " + Tensor.shapeString(header.shape()) + " is too large");
            }
        }
        long expected = count * header.dtype().size;
        if (in.remaining() != expected) {
            throw new ModelFileException(".npy data holds " + in.remaining() + " bytes but shape "
                    + Tensor.shapeString(header.shape()) + " of " + header.dtype().name().toLowerCase(Locale.ROOT) + " needs "
                    + expected);
        }
        double[] values = new double[(int) count];
        ByteBuffer data = in.slice().order(header.order());
        switch (header.dtype()) {
            case F8:
                data.asDoubleBuffer().get(values);
                break;
            case F4:
                for (int i = 0; i < values.length; i++) {
                    values[i] = data.getFloat(4 * i);
                }
                break;
            case I8:
                for (int i = 0; i < values.length; i++) {
                    values[i] = data.getLong(8 * i);
                }
                break;
            case I4:
                for (int i = 0; i < values.length; i++) {
                    values[i] = data.getInt(4 * i);
                }
                break;
            default:
                for (int i = 0; i < values.length; i++) {
                    values[i] = Byte.toUnsignedInt(data.get(i));
                }
        }
        if (header.fortranOrder() && header.shape().length > 1) {
            values = fortranToRowMajor(values, header.shape());
        }
        return Tensor.wrap(values, header.shape());
    }

    /**
     * Reorders column-major values (the first index varies fastest) into row-major order (the
     * last index varies fastest), walking the row-major positions with an odometer of indices.
     */
    private static double[] fortranToRowMajor(double[] fortran, int[] shape) {
        int rank = shape.length;
        int[] fortranStride = new int[rank];
        int stride = 1;
        for (int axis = 0; axis < rank; axis++) {
            fortranStride[axis] = stride;
            stride *= shape[axis];
        }
        double[] rowMajor = new double[fortran.length];
        int[] index = new int[rank];
        int source = 0;
        for (int i = 0; i < rowMajor.length; i++) {
            rowMajor[i] = fortran[source];
            for (int axis = rank - 1; axis >= 0; axis--) {
                index[axis]++;
                source += fortranStride[axis];
                if (index[axis] < shape[axis]) {
                    break;
                }
                source -= index[axis] * fortranStride[axis];
                index[axis] = 0;
            }
        }
        return rowMajor;
    }

    // ---------------------------------------------------------------- header dict

    /**
     * Parses the header dict. Exactly the keys {@code descr}, {@code fortran_order} and
     * {@code shape} must be present, as NumPy requires; only white space may follow the dict.
     */
    private static Header parseHeader(String text) throws ModelFileException {
        Map<String, Object> dict;
        try {
            HeaderParser parser = new HeaderParser(text);
            dict = parser.dict();
            parser.skipSpace();
            if (!parser.atEnd()) {
                throw parser.error("unexpected text after the dict");
            }
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(e.getMessage(), e);
        }
        if (!dict.keySet().equals(Set.of("descr", "fortran_order", "shape"))) {
            throw new ModelFileException(".npy header must have the keys descr, fortran_order and shape; has "
                    + dict.keySet());
        }
        if (!(dict.get("descr") instanceof String)) {
            throw new ModelFileException(".npy header: descr " + dict.get("descr")
                    + " is not a plain dtype (structured arrays are not supported)");
        }
        if (!(dict.get("fortran_order") instanceof Boolean)) {
            throw new ModelFileException(".npy header: fortran_order must be True or False");
        }
        if (!(dict.get("shape") instanceof int[])) {
            throw new ModelFileException(".npy header: shape must be a tuple of integers");
        }
        String descr = (String) dict.get("descr");
        DType dtype = descr.length() >= 3 ? DType.of(descr.charAt(1), parseSize(descr.substring(2))) : null;
        char order = descr.isEmpty() ? '?' : descr.charAt(0);
        boolean orderFits = dtype != null
                && (order == '<' || order == '>' || (order == '|' && dtype.size == 1));
        if (!orderFits) {
            throw new ModelFileException(".npy dtype '" + descr + "' is not supported (f4, f8, i4, i8 with < or >, and |u1 are)");
        }
        return new Header(dtype, order == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN,
                (Boolean) dict.get("fortran_order"), (int[]) dict.get("shape"));
    }

    private static int parseSize(String digits) {
        return digits.matches("[0-9]{1,2}") ? Integer.parseInt(digits) : -1;
    }

    /**
     * A tiny parser for the subset of Python literals a header uses: a dict with string keys whose
     * values are strings, {@code True}/{@code False}, or tuples of non-negative integers.
     * Anything else (lists, nested dicts, escapes) is an error. Tuples come back as {@code int[]}.
     */
    private static final class HeaderParser extends TextCursor {
        HeaderParser(String text) {
            super(text);
        }

        Map<String, Object> dict() {
            skipSpace();
            expect('{');
            Map<String, Object> dict = new LinkedHashMap<>();
            while (true) {
                skipSpace();
                if (peek() == '}') {
                    pos++;
                    return dict;
                }
                String key = string();
                if (dict.containsKey(key)) {
                    throw error("duplicate key '" + key + "'");
                }
                skipSpace();
                expect(':');
                skipSpace();
                dict.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != '}') {
                    throw error("expected ',' or '}'");
                }
            }
        }

        private Object value() {
            int ch = peek();
            if (ch == '\'' || ch == '"') {
                return string();
            }
            if (ch == '(') {
                return tuple();
            }
            if (text.startsWith("True", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("False", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            throw error("expected a string, True, False or a tuple");
        }

        private String string() {
            int quote = peek();
            if (quote != '\'' && quote != '"') {
                throw error("expected a quoted string");
            }
            int start = ++pos;
            while (pos < text.length() && text.charAt(pos) != quote) {
                if (text.charAt(pos) == '\\') {
                    throw error("escape sequences are not supported");
                }
                pos++;
            }
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            return text.substring(start, pos++);
        }

        /** (), (3,), (2, 3) or (2, 3,); Python 2's long suffix (3L,) is accepted too. */
        private int[] tuple() {
            expect('(');
            List<Integer> dims = new ArrayList<>();
            while (true) {
                skipSpace();
                if (peek() == ')') {
                    pos++;
                    break;
                }
                dims.add(integer());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() != ')') {
                    throw error("expected ',' or ')' in the shape");
                } else if (dims.size() == 1 && text.charAt(pos - 1) != ',') {
                    throw error("(n) is a number, not a tuple; a one-element shape is written (n,)");
                }
            }
            return dims.stream().mapToInt(Integer::intValue).toArray();
        }

        private int integer() {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 0x80) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a non-negative integer");
            }
            String digits = text.substring(start, pos);
            if (peek() == 'L') {
                pos++;
            }
            if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
                throw error("dimension " + digits + " is too large");
            }
            return Integer.parseInt(digits);
        }

        @Override
        protected IllegalArgumentException error(String message) {
            String shown = text.strip().replaceAll("\\p{Cntrl}", "?");
            if (shown.length() > 80) {
                shown = shown.substring(0, 77) + "...";
            }
            return new IllegalArgumentException(".npy header: " + message + " at character " + pos + " of " + shown);
        }
    }
}
