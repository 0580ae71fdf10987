package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Param;
import dlfs.core.layer.SoftmaxWithLoss;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * 5.6 and Appendix A: the shapes of a batch Affine layer's inputs, outputs and gradients (read off
 * a real Affine layer), the bias example whose gradient sums over the batch, and the complete
 * Softmax-with-Loss graph, whose backward pass leaves y − t on the scores — checked against the
 * SoftmaxWithLoss layer.
 */
public final class AffineSoftmaxViewModel {
    /** Appendix A's trace: the softmax example of chapter 3, and more classes if asked for. */
    static final double[] DEFAULT_SCORES = {0.3, 2.9, 4.0, 1.0, -1.0};
    public static final int MAX_CLASSES = DEFAULT_SCORES.length;
    /** Scores stay within ± this so that exp cannot overflow. */
    public static final double SCORE_LIMIT = 50;
    public static final String DEFAULT_DOUT = "1, 2, 3; 4, 5, 6";

    /** One quantity of the batch Affine layer: its name and formula, and how its shape comes about. */
    public record ShapeRow(String quantity, String shapes) {
    }

    /** The bias example: X·W, B, Y = X·W + B, ∂L/∂Y and the gradients backward fills. */
    public record BiasExample(Tensor x, Tensor w, Tensor xw, Tensor b, Tensor y, Tensor dy, Tensor dx, Tensor dw,
                              Tensor db) {
    }

    /** y, t, the layer's (y − t) / 1 and the graph's ∂L/∂a (NaN until its backward pass is done). */
    public record LossCheck(double[] y, double[] t, double[] layer, double[] graph) {
    }

    private final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", 2);
    private final IntegerProperty inputSize = new SimpleIntegerProperty(this, "inputSize", 2);
    private final IntegerProperty outputSize = new SimpleIntegerProperty(this, "outputSize", 3);
    private final ReadOnlyObjectWrapper<List<ShapeRow>> shapes = new ReadOnlyObjectWrapper<>(this, "shapes");
    private final ReadOnlyObjectWrapper<BiasExample> bias = new ReadOnlyObjectWrapper<>(this, "bias");
    private final ReadOnlyObjectWrapper<Message> biasError = new ReadOnlyObjectWrapper<>(this, "biasError");
    private final IntegerProperty classes = new SimpleIntegerProperty(this, "classes", 3);
    private final IntegerProperty label = new SimpleIntegerProperty(this, "label", 3);
    private final GraphLabViewModel softmax = new GraphLabViewModel(() -> softmaxGraph(3, 3));
    private final ReadOnlyObjectWrapper<LossCheck> lossCheck = new ReadOnlyObjectWrapper<>(this, "lossCheck");

    public AffineSoftmaxViewModel() {
        batch.addListener(obs -> computeShapes());
        inputSize.addListener(obs -> computeShapes());
        outputSize.addListener(obs -> computeShapes());
        computeShapes();
        applyBiasExample(DEFAULT_DOUT);
        softmax.setInputLimit(SCORE_LIMIT);
        classes.addListener((obs, old, now) -> {
            int n = now.intValue();
            int correct = Math.min(label.get(), n);
            softmax.load(() -> softmaxGraph(n, correct));
            label.set(correct);
        });
        label.addListener((obs, old, now) -> {
            for (int k = 1; k <= classes.get(); k++) {
                softmax.setInput("t" + k, k == now.intValue() ? 1 : 0);
            }
        });
        softmax.revisionProperty().addListener(obs -> checkLoss());
        checkLoss();
    }

    /** The graph of Appendix A for n classes with the default scores and a one-hot label (1-based). */
    static ComputationalGraph softmaxGraph(int n, int correct) {
        double[] t = new double[n];
        t[correct - 1] = 1;
        return ExampleGraphs.softmaxWithLoss(Arrays.copyOf(DEFAULT_SCORES, n), t);
    }

    // ---------------------------------------------------------------- batch Affine

    private void computeShapes() {
        int n = batch.get();
        Rng rng = new Rng(1);
        Tensor w = gaussian(rng, inputSize.get(), outputSize.get());
        Affine affine = new Affine("Affine1", new Param("W", w, true), new Param("b", Tensor.zeros(outputSize.get()), false));
        Tensor x = gaussian(rng, n, inputSize.get());
        Tensor y = affine.forward(x, true);
        Tensor dy = gaussian(rng, y.shape());
        Tensor dx = affine.backward(dy);
        int[] wT = reversed(w.shape());
        int[] xT = reversed(x.shape());
        shapes.set(List.of(
                new ShapeRow("X", s(x.shape())),
                new ShapeRow("W", s(w.shape())),
                new ShapeRow("B", s(affine.bias().value().shape())),
                new ShapeRow("Y = X · W + B", s(x.shape()) + " · " + s(w.shape()) + " + " + s(affine.bias().value().shape())
                        + " → " + s(y.shape())),
                new ShapeRow("∂L/∂Y", s(dy.shape())),
                new ShapeRow("∂L/∂X = ∂L/∂Y · Wᵀ", s(dy.shape()) + " · " + s(wT) + " → " + s(dx.shape())),
                new ShapeRow("∂L/∂W = Xᵀ · ∂L/∂Y", s(xT) + " · " + s(dy.shape()) + " → " + s(affine.weight().grad().shape())),
                new ShapeRow("∂L/∂B = Σ₀ ∂L/∂Y", s(dy.shape()) + " → " + s(affine.bias().grad().shape()))));
    }

    private static String s(int[] shape) {
        return Tensor.shapeString(shape);
    }

    private static int[] reversed(int[] shape) {
        return new int[] {shape[1], shape[0]};
    }

    private static Tensor gaussian(Rng rng, int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.gaussian();
        }
        return t;
    }

    /**
     * The book's bias example on an Affine layer: X·W = [[0, 0, 0], [10, 10, 10]], B = [1, 2, 3]
     * give Y = [[1, 2, 3], [11, 12, 13]]; backward with the typed ∂L/∂Y (2 × 3) fills ∂L/∂B with the
     * column sums ([5, 7, 9] for the book's [[1, 2, 3], [4, 5, 6]]).
     */
    public void applyBiasExample(String doutText) {
        MatrixInput dout = MatrixInput.parse(doutText, 1e6);
        if (!dout.ok()) {
            biasError.set(dout.error());
            return;
        }
        if (!dout.value().hasShape(2, 3)) {
            biasError.set(Message.of("ch05.affine.doutShape"));
            return;
        }
        Tensor x = Tensor.matrix(new double[] {0, 0}, new double[] {5, 5});
        Tensor w = Tensor.matrix(new double[] {1, 1, 1}, new double[] {1, 1, 1});
        Tensor b = Tensor.vector(1, 2, 3);
        Affine affine = new Affine("Affine1", new Param("W", w, true), new Param("b", b, false));
        Tensor y = affine.forward(x, true).copy();
        Tensor dx = affine.backward(dout.value()).copy();
        biasError.set(null);
        bias.set(new BiasExample(x, w, x.dot(w), b, y, dout.value(), dx, affine.weight().grad().copy(),
                affine.bias().grad().copy()));
    }

    // ---------------------------------------------------------------- Softmax-with-Loss

    private void checkLoss() {
        ComputationalGraph g = softmax.graph();
        int n = classes.get();
        double[] a = new double[n];
        double[] t = new double[n];
        double[] graph = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = g.node("a" + (k + 1)).value();
            t[k] = g.node("t" + (k + 1)).value();
            graph[k] = g.node("a" + (k + 1)).gradient();
        }
        SoftmaxWithLoss layer = new SoftmaxWithLoss();
        layer.forward(Tensor.wrap(a, 1, n), Tensor.wrap(t, 1, n));
        double[] y = layer.output().data().clone();
        double[] dx = layer.backward().data().clone();
        lossCheck.set(new LossCheck(y, t, dx, graph));
    }

    /** The example of 5.6.3: scores log(0.3), log(0.2), log(0.5) make y = (0.3, 0.2, 0.5); with t = (0, 1, 0) backward gives (0.3, −0.8, 0.5). */
    public void loadBookExample() {
        classes.set(3);
        softmax.load(() -> ExampleGraphs.softmaxWithLoss(new double[] {Math.log(0.3), Math.log(0.2), Math.log(0.5)},
                new double[] {0, 1, 0}));
        label.set(2);
    }

    public void reset() {
        batch.set(2);
        inputSize.set(2);
        outputSize.set(3);
        applyBiasExample(DEFAULT_DOUT);
        classes.set(3);
        label.set(3);
        softmax.load(() -> softmaxGraph(3, 3));
    }

    public IntegerProperty batchProperty() {
        return batch;
    }

    public IntegerProperty inputSizeProperty() {
        return inputSize;
    }

    public IntegerProperty outputSizeProperty() {
        return outputSize;
    }

    public ReadOnlyObjectProperty<List<ShapeRow>> shapesProperty() {
        return shapes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BiasExample> biasProperty() {
        return bias.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> biasErrorProperty() {
        return biasError.getReadOnlyProperty();
    }

    /** Number of classes of the softmax graph (2 … {@value #MAX_CLASSES}). */
    public IntegerProperty classesProperty() {
        return classes;
    }

    /** The correct class, 1-based, whose t is 1. */
    public IntegerProperty labelProperty() {
        return label;
    }

    public GraphLabViewModel softmaxGraph() {
        return softmax;
    }

    public ReadOnlyObjectProperty<LossCheck> lossCheckProperty() {
        return lossCheck.getReadOnlyProperty();
    }
}
