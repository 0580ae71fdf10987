package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.core.conv.ConvGeometry;
import dlfs.core.conv.Im2Col;
import dlfs.core.conv.OutputSize;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Param;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.Tensor;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The im2col panel (7.4.2–7.4.3): a small input unfolded by the core's {@link Im2Col} into one row
 * per window position, the filters laid out as columns (W.reshape(FN, −1)ᵀ), their product by the
 * core's {@link MatMul}, and the reshape to (N, OH, OW, FN) and transpose to (N, FN, OH, OW) that give
 * the {@link Convolution} layer's output. col2im's overlap counts show how often im2col copies each
 * input value.
 */
public final class Im2ColViewModel {
    /**
     * One unfolding.
     *
     * @param input         the (1, C, H, W) input
     * @param weights       the (FN, C, FH, FW) filters
     * @param columns       im2col(x): (OH·OW, C·FH·FW)
     * @param filterColumns W.reshape(FN, −1)ᵀ: (C·FH·FW, FN)
     * @param product       columns · filterColumns: (OH·OW, FN)
     * @param output        the Convolution layer's output (1, FN, OH, OW)
     * @param overlap       col2im of ones: how many windows cover each input cell, (H, W)
     */
    public record Result(ConvGeometry geometry, Tensor input, Tensor weights, Tensor columns, Tensor filterColumns,
                         Tensor product, Tensor output, Tensor overlap) {
        public int filters() {
            return weights.dim(0);
        }
    }

    /** An im2col shape from the book's text, computed by the core: input shape, filter size and the matrix shape. */
    public record ShapeExample(int[] inputShape, int filterSize, int stride, int pad, int[] columnShape) {
    }

    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels", 1);
    private final IntegerProperty size = new SimpleIntegerProperty(this, "size", 4);
    private final IntegerProperty filterSize = new SimpleIntegerProperty(this, "filterSize", 3);
    private final IntegerProperty filters = new SimpleIntegerProperty(this, "filters", 2);
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final IntegerProperty pad = new SimpleIntegerProperty(this, "pad", 0);
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position", 0);
    private final ReadOnlyIntegerWrapper positions = new ReadOnlyIntegerWrapper(this, "positions");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    public Im2ColViewModel() {
        for (Observable setting : List.of(channels, size, filterSize, filters, stride, pad)) {
            setting.addListener(obs -> recompute());
        }
        recompute();
    }

    /** The book's 4×4 input and 3×3 filter plus a vertical-edge filter, one channel, stride 1, no padding. */
    public void resetToBook() {
        channels.set(1);
        size.set(4);
        filterSize.set(3);
        filters.set(2);
        stride.set(1);
        pad.set(0);
        position.set(0);
    }

    /**
     * Channel c of the input: the book's 4×4 example, repeated to fill larger sizes and shifted by one
     * column per channel so that the channels differ.
     */
    static double[] input(int channels, int size) {
        double[] x = new double[channels * size * size];
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < size; y++) {
                for (int col = 0; col < size; col++) {
                    x[(c * size + y) * size + col] = ConvolutionStepperViewModel.BOOK_INPUT[(y % 4) * 4 + (col + c) % 4];
                }
            }
        }
        return x;
    }

    /**
     * The filters: the book's (its top-left corner when smaller), a vertical-edge and a horizontal-edge
     * filter, the same in every channel.
     */
    static double[] weights(int filters, int channels, int f) {
        double[] w = new double[filters * channels * f * f];
        for (int k = 0; k < filters; k++) {
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < f; y++) {
                    for (int x = 0; x < f; x++) {
                        double edge = f == 2 ? (x == 0 ? 1 : -1) : 1 - x;
                        double value = switch (k) {
                            case 0 -> ConvolutionStepperViewModel.BOOK_FILTER[y * 3 + x];
                            case 1 -> edge;
                            default -> f == 2 ? (y == 0 ? 1 : -1) : 1 - y;
                        };
                        w[((k * channels + c) * f + y) * f + x] = value;
                    }
                }
            }
        }
        return w;
    }

    private void recompute() {
        int c = channels.get();
        int h = size.get();
        int f = filterSize.get();
        OutputSize fit = new OutputSize(h, f, stride.get(), pad.get());
        problem.set(FitCheck.problem(fit, fit));
        if (problem.get() != null) {
            result.set(null);
            positions.set(0);
            return;
        }
        Tensor x = Tensor.wrap(input(c, h), 1, c, h, h);
        Tensor w = Tensor.wrap(weights(filters.get(), c, f), filters.get(), c, f, f);
        Convolution layer = new Convolution("Conv", new Param("W", w, false), new Param("b", Tensor.zeros(filters.get()), false),
                stride.get(), pad.get());
        Tensor y = layer.forward(x, false).copy();
        Tensor columns = layer.lastColumns();
        Tensor filterColumns = transpose(w.reshape(filters.get(), -1));
        Tensor product = MatMul.multiply(columns, filterColumns, Tensor.zeros(columns.rows(), filters.get()));
        Tensor overlap = Im2Col.overlapCounts(h, h, f, f, stride.get(), pad.get());
        positions.set(layer.geometry().positions());
        position.set(Math.min(position.get(), positions.get() - 1));
        result.set(new Result(layer.geometry(), x, w, columns, filterColumns, product, y, overlap));
    }

    /** The book's {@code .T} of a matrix, as a new matrix (for display). */
    private static Tensor transpose(Tensor m) {
        Tensor t = Tensor.zeros(m.cols(), m.rows());
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                t.data()[c * m.rows() + r] = m.data()[r * m.cols() + c];
            }
        }
        return t;
    }

    /**
     * The shapes printed in 7.4.3 and those of SimpleConvNet, from the core: the two small examples
     * are really unfolded, the large ones only sized by their geometry.
     */
    public static List<ShapeExample> bookExamples() {
        return List.of(
                example(new int[] {1, 3, 7, 7}, 5, 1, 0, true),
                example(new int[] {10, 3, 7, 7}, 5, 1, 0, true),
                example(new int[] {100, 1, 28, 28}, 5, 1, 0, false),
                example(new int[] {100, 30, 24, 24}, 2, 2, 0, false));
    }

    private static ShapeExample example(int[] shape, int f, int s, int p, boolean unfold) {
        int[] columnShape = unfold
                ? Im2Col.im2col(Tensor.zeros(shape), f, f, s, p).shape()
                : ConvGeometry.forInput(shape, f, f, s, p).columnShape(shape[0]);
        return new ShapeExample(shape, f, s, p, columnShape);
    }

    public IntegerProperty channelsProperty() {
        return channels;
    }

    public IntegerProperty sizeProperty() {
        return size;
    }

    public IntegerProperty filterSizeProperty() {
        return filterSize;
    }

    public IntegerProperty filtersProperty() {
        return filters;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    public IntegerProperty padProperty() {
        return pad;
    }

    /** The window position followed through every stage, 0 … OH·OW − 1. */
    public IntegerProperty positionProperty() {
        return position;
    }

    public ReadOnlyIntegerProperty positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result getResult() {
        return result.get();
    }

    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
