package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.app.widgets.NumberGridView;
import dlfs.core.conv.OutputSize;
import dlfs.core.layer.Pooling;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The pooling panel (7.3, 7.4.4): max, average or global average pooling of an editable input by
 * the core's {@link Pooling} layer, its backward pass (max pooling routes each gradient to the
 * cell that held the maximum), and the shift test of Fig. 7-16 on an example of our own.
 */
public final class PoolingViewModel {
    /** What each window is reduced to. */
    public enum Kind { MAX, AVERAGE, GLOBAL_AVERAGE }

    /** The book's 4×4 input (Fig. 7-14). */
    public static final double[] BOOK_INPUT = {1, 2, 1, 0, 0, 1, 2, 3, 3, 0, 1, 2, 2, 4, 0, 1};
    public static final int SIDE = 4;
    /** Our 6×6 example for 3×3 pooling with stride 3: one column of shift keeps every maximum in its window. */
    public static final double[] SHIFT_INPUT = {
        1, 2, 0, 7, 1, 0,
        0, 9, 2, 3, 2, 3,
        3, 0, 1, 2, 1, 2,
        2, 4, 0, 1, 8, 1,
        6, 0, 1, 2, 1, 2,
        2, 4, 2, 4, 0, 1};
    public static final int SHIFT_SIDE = 6;

    /**
     * One pooling pass.
     *
     * @param windowTops    per output value, the top row of its window (for drawing)
     * @param winners       per output value, the input index of the maximum (max pooling), else empty
     * @param inputGradient dx of the backward pass for the current dout
     */
    public record Result(int outH, int outW, int window, int stride, double[] output, int[] windowTops, int[] windowLefts,
                         int[] winners, double[] inputGradient) {
    }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.MAX);
    private final IntegerProperty window = new SimpleIntegerProperty(this, "window", 2);
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 2);
    private final IntegerProperty shift = new SimpleIntegerProperty(this, "shift", 0);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<Result> shifted = new ReadOnlyObjectWrapper<>(this, "shifted");
    private final ReadOnlyObjectWrapper<Message> shiftVerdict = new ReadOnlyObjectWrapper<>(this, "shiftVerdict");
    private double[] input = BOOK_INPUT.clone();
    private double[] upstream;

    public PoolingViewModel() {
        for (Observable setting : List.of(kind, window, stride)) {
            setting.addListener(obs -> {
                upstream = null;
                recompute();
            });
        }
        shift.addListener(obs -> recomputeShift());
        recompute();
        recomputeShift();
    }

    /** The book's input and 2×2 max pooling with stride 2. */
    public void resetToBook() {
        input = BOOK_INPUT.clone();
        upstream = null;
        kind.set(Kind.MAX);
        window.set(2);
        stride.set(2);
        shift.set(0);
        recompute();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public IntegerProperty windowProperty() {
        return window;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    /** Columns the shift example is moved to the right, 0–2. */
    public IntegerProperty shiftProperty() {
        return shift;
    }

    public double[] input() {
        return input.clone();
    }

    public void setInput(double[] values) {
        if (values.length != SIDE * SIDE) {
            throw new IllegalArgumentException("the pooling input is " + SIDE + "×" + SIDE + ", got " + values.length + " values");
        }
        input = values.clone();
        recompute();
    }

    /** The upstream gradient dout, one value per output (all ones until set). */
    public double[] upstream() {
        return upstream.clone();
    }

    public void setUpstream(double[] values) {
        Result current = result.get();
        if (current == null || values.length != current.output().length) {
            throw new IllegalArgumentException("dout needs one value per output");
        }
        upstream = values.clone();
        recompute();
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result getResult() {
        return result.get();
    }

    /** Why the window does not fit the input, or null. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** 3×3 max pooling, stride 3, of the shifted example. */
    public ReadOnlyObjectProperty<Result> shiftedProperty() {
        return shifted.getReadOnlyProperty();
    }

    /** How many outputs the shift left unchanged. */
    public ReadOnlyObjectProperty<Message> shiftVerdictProperty() {
        return shiftVerdict.getReadOnlyProperty();
    }

    /** The shift example moved right by {@code columns}, zeros coming in from the left. */
    public static double[] shiftRight(double[] image, int side, int columns) {
        double[] out = new double[image.length];
        for (int r = 0; r < side; r++) {
            for (int c = columns; c < side; c++) {
                out[r * side + c] = image[r * side + c - columns];
            }
        }
        return out;
    }

    private void recompute() {
        boolean global = kind.get() == Kind.GLOBAL_AVERAGE;
        int size = global ? SIDE : window.get();
        int step = global ? 1 : stride.get();
        OutputSize fit = new OutputSize(SIDE, size, step, 0);
        problem.set(FitCheck.problem(fit, fit));
        if (problem.get() != null) {
            result.set(null);
            return;
        }
        Pooling layer = switch (kind.get()) {
            case MAX -> Pooling.max("Pool", size, step);
            case AVERAGE -> new Pooling("Pool", size, size, step, 0, Pooling.Mode.AVERAGE);
            case GLOBAL_AVERAGE -> Pooling.globalAverage("Pool");
        };
        int outputs = fit.floor() * fit.floor();
        if (upstream == null || upstream.length != outputs) {
            upstream = new double[outputs];
            Arrays.fill(upstream, 1.0);
        }
        result.set(run(layer, input, SIDE, size, step, upstream));
    }

    private void recomputeShift() {
        Result still = run(Pooling.max("Pool", 3, 3), SHIFT_INPUT, SHIFT_SIDE, 3, 3, new double[] {1, 1, 1, 1});
        Result moved = run(Pooling.max("Pool", 3, 3), shiftRight(SHIFT_INPUT, SHIFT_SIDE, shift.get()), SHIFT_SIDE, 3, 3,
                new double[] {1, 1, 1, 1});
        int same = 0;
        for (int i = 0; i < still.output().length; i++) {
            if (still.output()[i] == moved.output()[i]) {
                same++;
            }
        }
        shifted.set(moved);
        shiftVerdict.set(Message.of("ch07.pooling.shiftVerdict", same, still.output().length,
                NumberGridView.matrixText(still.output(), 2, 2), NumberGridView.matrixText(moved.output(), 2, 2)));
    }

    /** Forward and backward of one pooling layer on a one-channel square image. */
    private static Result run(Pooling layer, double[] image, int side, int size, int step, double[] dout) {
        Tensor y = layer.forward(Tensor.wrap(image.clone(), 1, 1, side, side), false);
        int outSide = y.dim(2);
        Tensor dx = layer.backward(Tensor.wrap(dout.clone(), 1, 1, outSide, outSide));
        int[] tops = new int[outSide * outSide];
        int[] lefts = new int[outSide * outSide];
        for (int p = 0; p < tops.length; p++) {
            tops[p] = p / outSide * step;
            lefts[p] = p % outSide * step;
        }
        int[] winners = layer.argmax() == null ? new int[0] : layer.argmax().clone();
        return new Result(outSide, outSide, size, step, y.data().clone(), tops, lefts, winners, dx.data().clone());
    }
}
