package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.app.widgets.NumberGridView;
import dlfs.core.conv.ConvGeometry;
import dlfs.core.conv.OutputSize;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Param;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The convolution stepper (7.2.2–7.2.5): an input of C channels and one filter of the same C
 * channels, a bias, padding and stride. Stepping walks the multiply-accumulate of Fig. 7-4 one
 * product at a time: window position after window position, each of its C·FH·FW products, then the
 * bias. The values under the window come from the core's im2col matrix (one row per position) and
 * the finished output from the core's {@link Convolution} layer, so what the stepper adds up is
 * exactly what the layer computes.
 */
public final class ConvolutionStepperViewModel {
    /** The book's 4×4 input (Fig. 7-3). */
    public static final double[] BOOK_INPUT = {1, 2, 3, 0, 0, 1, 2, 3, 3, 0, 1, 2, 2, 3, 0, 1};
    /** The book's 3×3 filter (Fig. 7-3). */
    public static final double[] BOOK_FILTER = {2, 0, 1, 0, 1, 2, 1, 0, 2};
    /** The book's bias (Fig. 7-5). */
    public static final double BOOK_BIAS = 3;

    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels", 1);
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height", 4);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 4);
    private final IntegerProperty filterSize = new SimpleIntegerProperty(this, "filterSize", 3);
    private final IntegerProperty pad = new SimpleIntegerProperty(this, "pad", 0);
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 0);
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final List<double[]> inputs = new ArrayList<>();
    private final List<double[]> filters = new ArrayList<>();
    private double bias = BOOK_BIAS;
    /** The sizes the stored inputs and filters have (they follow the size settings in {@link #reshape()}). */
    private int storedHeight = 4;
    private int storedWidth = 4;
    private int storedFilter = 3;
    private Computation computation;

    /** What the panel draws after the current step. */
    public record State(ConvGeometry geometry, int position, int product, boolean biasAdded, double[] output,
                        List<String> expression, String layerOutput) {
        /** Window row in the padded input (top of the window). */
        public int windowTop() {
            return position / geometry.outW() * geometry.stride();
        }

        /** Window column in the padded input. */
        public int windowLeft() {
            return position % geometry.outW() * geometry.stride();
        }
    }

    /** The core's results for the current numbers: im2col rows, the filter as a column, the layer output. */
    private record Computation(ConvGeometry geometry, Tensor columns, double[] filter, double[] output) {
    }

    public ConvolutionStepperViewModel() {
        inputs.add(BOOK_INPUT.clone());
        filters.add(BOOK_FILTER.clone());
        for (Observable setting : List.of(channels, height, width, filterSize, pad, stride)) {
            setting.addListener(obs -> reshape());
        }
        step.addListener(obs -> publish());
        recompute();
    }

    /** The book's example: one channel, 4×4 input, 3×3 filter, bias 3, no padding, stride 1, nothing stepped. */
    public void resetToBook() {
        channels.set(1);
        height.set(4);
        width.set(4);
        filterSize.set(3);
        pad.set(0);
        stride.set(1);
        inputs.set(0, BOOK_INPUT.clone());
        filters.set(0, BOOK_FILTER.clone());
        bias = BOOK_BIAS;
        recompute();
    }

    public IntegerProperty channelsProperty() {
        return channels;
    }

    public IntegerProperty heightProperty() {
        return height;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty filterSizeProperty() {
        return filterSize;
    }

    public IntegerProperty padProperty() {
        return pad;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    /** Steps done: products and bias additions, 0 … {@link #totalSteps()}. */
    public IntegerProperty stepProperty() {
        return step;
    }

    /** Why the sizes do not fit (formula 7.1 not a whole number), or null. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** Channel c of the input, H×W row-major. */
    public double[] input(int c) {
        return inputs.get(c).clone();
    }

    public double[] filter(int c) {
        return filters.get(c).clone();
    }

    public double bias() {
        return bias;
    }

    public void setInput(int c, double[] values) {
        requireLength(values, height.get() * width.get(), "input");
        inputs.set(c, values.clone());
        recompute();
    }

    public void setFilter(int c, double[] values) {
        requireLength(values, filterSize.get() * filterSize.get(), "filter");
        filters.set(c, values.clone());
        recompute();
    }

    public void setBias(double value) {
        bias = value;
        recompute();
    }

    private static void requireLength(double[] values, int expected, String what) {
        if (values.length != expected) {
            throw new IllegalArgumentException(what + " needs " + expected + " values, got " + values.length);
        }
    }

    /** C·FH·FW products and one bias addition per window position. */
    public int stepsPerPosition() {
        return channels.get() * filterSize.get() * filterSize.get() + 1;
    }

    public int totalSteps() {
        return computation == null ? 0 : computation.geometry().positions() * stepsPerPosition();
    }

    /** One product (or the bias) further. */
    public void stepForward() {
        step.set(Math.min(totalSteps(), step.get() + 1));
    }

    /** To the end of the current window position (or through the next one when this one is done). */
    public void nextPosition() {
        int per = stepsPerPosition();
        int target = (step.get() / per + 1) * per;
        step.set(Math.min(totalSteps(), target));
    }

    public void runAll() {
        step.set(totalSteps());
    }

    public void rewind() {
        step.set(0);
    }

    public boolean isFinished() {
        return step.get() >= totalSteps();
    }

    /** Keeps the values that still fit after a size change; new cells are 0 and new channels copy channel 1. */
    private void reshape() {
        int h = height.get();
        int w = width.get();
        int f = filterSize.get();
        while (inputs.size() > channels.get()) {
            inputs.remove(inputs.size() - 1);
            filters.remove(filters.size() - 1);
        }
        for (int i = 0; i < inputs.size(); i++) {
            inputs.set(i, resized(inputs.get(i), storedHeight, storedWidth, h, w));
            filters.set(i, resized(filters.get(i), storedFilter, storedFilter, f, f));
        }
        while (inputs.size() < channels.get()) {
            inputs.add(inputs.get(0).clone());
            filters.add(filters.get(0).clone());
        }
        storedHeight = h;
        storedWidth = w;
        storedFilter = f;
        recompute();
    }

    private static double[] resized(double[] values, int oldRows, int oldColumns, int rows, int columns) {
        double[] out = new double[rows * columns];
        for (int r = 0; r < Math.min(rows, oldRows); r++) {
            for (int c = 0; c < Math.min(columns, oldColumns); c++) {
                out[r * columns + c] = values[r * oldColumns + c];
            }
        }
        return out;
    }

    /** Runs the core layer on the current numbers and restarts the stepping. */
    private void recompute() {
        int c = channels.get();
        int h = height.get();
        int w = width.get();
        int f = filterSize.get();
        OutputSize rowsFit = new OutputSize(h, f, stride.get(), pad.get());
        OutputSize columnsFit = new OutputSize(w, f, stride.get(), pad.get());
        problem.set(FitCheck.problem(rowsFit, columnsFit));
        if (problem.get() != null) {
            computation = null;
            step.set(0);
            state.set(null);
            return;
        }
        double[] x = new double[c * h * w];
        double[] weights = new double[c * f * f];
        for (int ch = 0; ch < c; ch++) {
            System.arraycopy(inputs.get(ch), 0, x, ch * h * w, h * w);
            System.arraycopy(filters.get(ch), 0, weights, ch * f * f, f * f);
        }
        Convolution layer = new Convolution("Conv", new Param("W", Tensor.wrap(weights, 1, c, f, f), false),
                new Param("b", Tensor.vector(bias), false), stride.get(), pad.get());
        Tensor y = layer.forward(Tensor.wrap(x, 1, c, h, w), false);
        computation = new Computation(layer.geometry(), layer.lastColumns(), weights, y.data().clone());
        if (step.get() != 0) {
            step.set(0);
        } else {
            publish();
        }
    }

    private void publish() {
        if (computation == null) {
            return;
        }
        ConvGeometry g = computation.geometry();
        int per = stepsPerPosition();
        int done = Math.min(step.get(), totalSteps());
        int position = done == 0 ? 0 : Math.min(g.positions() - 1, (done - 1) / per);
        int within = done - position * per;
        double[] shown = new double[g.positions()];
        Arrays.fill(shown, Double.NaN);
        for (int p = 0; p < position; p++) {
            shown[p] = computation.output()[p];
        }
        int products = Math.min(within, per - 1);
        boolean biasAdded = within == per;
        List<String> expression = expression(position, products, biasAdded);
        if (done > 0) {
            shown[position] = biasAdded ? computation.output()[position] : partialSum(position, products);
        }
        state.set(new State(g, position, done == 0 ? -1 : products - 1, biasAdded, shown, expression,
                NumberGridView.matrixText(computation.output(), g.outH(), g.outW())));
    }

    /** Σ of the first {@code count} products of a window position. */
    private double partialSum(int position, int count) {
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += product(position, k);
        }
        return sum;
    }

    private double product(int position, int k) {
        int windowSize = computation.geometry().windowSize();
        return computation.columns().data()[position * windowSize + k] * computation.filter()[k];
    }

    /**
     * The sum so far as lines of text, one per channel, e.g. {@code 1×2 + 2×0 + 3×1 = 5}; with several
     * channels their sums are added on an extra line, and the bias on the last one.
     */
    private List<String> expression(int position, int products, boolean biasAdded) {
        List<String> lines = new ArrayList<>();
        if (products == 0) {
            return lines;
        }
        ConvGeometry g = computation.geometry();
        int perChannel = g.filterH() * g.filterW();
        double[] row = Arrays.copyOfRange(computation.columns().data(), position * g.windowSize(),
                (position + 1) * g.windowSize());
        List<String> channelSums = new ArrayList<>();
        for (int c = 0; c * perChannel < products; c++) {
            StringBuilder line = new StringBuilder(g.channels() > 1 ? "c" + (c + 1) + ": " : "");
            double sum = 0;
            for (int k = c * perChannel; k < Math.min(products, (c + 1) * perChannel); k++) {
                line.append(k == c * perChannel ? "" : " + ").append(number(row[k])).append('×')
                        .append(number(computation.filter()[k]));
                sum += product(position, k);
            }
            lines.add(line.append(" = ").append(number(sum)).toString());
            channelSums.add(number(sum));
        }
        double total = partialSum(position, products);
        if (g.channels() > 1 && channelSums.size() > 1) {
            lines.add("Σ " + String.join(" + ", channelSums) + " = " + number(total));
        }
        if (biasAdded) {
            lines.add(number(total) + " + " + number(bias) + " = " + number(total + bias));
        }
        return lines;
    }

    private static String number(double v) {
        return v < 0 ? "(" + NumberGridView.format(v) + ")" : NumberGridView.format(v);
    }
}
