package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.core.tensor.Tensor;

/**
 * Reads a small matrix typed as rows separated by ";" and values by "," or spaces, e.g.
 * {@code 1.0, −0.5; −2.0, 3.0}. Every row must have the same length, every value must be a number
 * within the limit; otherwise the message says what is wrong.
 */
record MatrixInput(Tensor value, Message error) {
    static final int MAX_SIDE = 6;

    static MatrixInput parse(String text, double limit) {
        String[] rowTexts = (text == null ? "" : text).trim().split(";");
        double[][] rows = new double[rowTexts.length][];
        for (int r = 0; r < rowTexts.length; r++) {
            String row = rowTexts[r].trim();
            if (row.isEmpty()) {
                return failure(Message.of("ch05.matrix.emptyRow", r + 1));
            }
            String[] cells = row.split("[,\\s]+");
            rows[r] = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                NumberInput in = NumberInput.parse(cells[c], -limit, limit);
                if (!in.ok()) {
                    return failure(in.error());
                }
                rows[r][c] = in.value();
            }
            if (rows[r].length != rows[0].length) {
                return failure(Message.of("ch05.matrix.ragged", r + 1, rows[r].length, rows[0].length));
            }
        }
        if (rows.length > MAX_SIDE || rows[0].length > MAX_SIDE) {
            return failure(Message.of("ch05.matrix.tooLarge", MAX_SIDE));
        }
        return new MatrixInput(Tensor.matrix(rows), null);
    }

    private static MatrixInput failure(Message error) {
        return new MatrixInput(null, error);
    }

    boolean ok() {
        return error == null;
    }

    /** The matrix written back in the same notation. */
    static String format(Tensor m) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                sb.append(c == 0 ? (r == 0 ? "" : "; ") : ", ").append(Controls.full(m.data()[r * m.cols() + c]));
            }
        }
        return sb.toString();
    }
}
