package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.layer.Relu;
import dlfs.core.layer.Sigmoid;
import dlfs.core.tensor.Tensor;
import java.util.function.DoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * 5.5: the ReLU layer on a matrix (its mask, forward output and backward output for an upstream
 * gradient), and the sigmoid as four graph nodes or grouped into one, with the gradient it gives
 * compared across the expanded graph, the grouped node and the Sigmoid layer.
 */
public final class ActivationLayersViewModel {
    public static final String DEFAULT_X = "1.0, −0.5; −2.0, 3.0";
    public static final String DEFAULT_DOUT = "1, 2; 3, 4";
    public static final double DEFAULT_SIGMOID_X = 1.0;
    /** Matrix entries and the sigmoid's x stay within ± this. */
    public static final double LIMIT = 100;

    /** What the ReLU layer did with the current matrices. */
    public record ReluResult(Tensor x, boolean[] mask, Tensor y, Tensor dout, Tensor dx) {
    }

    /** ∂L/∂x of the sigmoid three ways: they must agree. */
    public record SigmoidComparison(double y, double expanded, double grouped, double layer) {
    }

    private final ReadOnlyObjectWrapper<ReluResult> relu = new ReadOnlyObjectWrapper<>(this, "relu");
    private final ReadOnlyObjectWrapper<Message> reluError = new ReadOnlyObjectWrapper<>(this, "reluError");
    private final BooleanProperty grouped = new SimpleBooleanProperty(this, "grouped");
    private final DoubleProperty sigmoidX = new SimpleDoubleProperty(this, "sigmoidX", DEFAULT_SIGMOID_X);
    private final GraphLabViewModel sigmoid = new GraphLabViewModel(() -> ExampleGraphs.sigmoid(DEFAULT_SIGMOID_X));
    private final ReadOnlyObjectWrapper<SigmoidComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private boolean syncing;

    public ActivationLayersViewModel() {
        sigmoid.setInputLimit(LIMIT);
        applyRelu(DEFAULT_X, DEFAULT_DOUT);
        grouped.addListener(obs -> {
            DoubleFunction<ComputationalGraph> factory = graphFactory();
            double x = sigmoidX.get();
            sigmoid.load(() -> factory.apply(x));
        });
        sigmoidX.addListener((obs, old, now) -> {
            if (!syncing) {
                sigmoid.setInput("x", now.doubleValue());
            }
        });
        sigmoid.revisionProperty().addListener(obs -> pull());
        pull();
    }

    private DoubleFunction<ComputationalGraph> graphFactory() {
        return grouped.get() ? ExampleGraphs::sigmoidNode : ExampleGraphs::sigmoid;
    }

    /**
     * Runs a ReLU layer forward on {@code xText} and backward on {@code doutText}; on bad input
     * keeps the last result and sets the error.
     */
    public void applyRelu(String xText, String doutText) {
        MatrixInput x = MatrixInput.parse(xText, LIMIT);
        MatrixInput dout = MatrixInput.parse(doutText, LIMIT);
        if (!x.ok() || !dout.ok()) {
            reluError.set(x.ok() ? dout.error() : x.error());
            return;
        }
        if (!x.value().hasShape(dout.value().shape())) {
            reluError.set(Message.of("ch05.relu.shapes"));
            return;
        }
        Relu layer = new Relu("Relu1");
        Tensor y = layer.forward(x.value(), true).copy();
        boolean[] mask = layer.mask().clone();
        Tensor dx = layer.backward(dout.value()).copy();
        reluError.set(null);
        relu.set(new ReluResult(x.value(), mask, y, dout.value(), dx));
    }

    private void pull() {
        ComputationalGraph g = sigmoid.graph();
        double x = g.node("x").value();
        syncing = true;
        sigmoidX.set(x);
        syncing = false;
        double upstream = g.upstreamGradient();
        ComputationalGraph expanded = ExampleGraphs.sigmoid(x);
        ComputationalGraph groupedNode = ExampleGraphs.sigmoidNode(x);
        expanded.setUpstreamGradient(upstream);
        groupedNode.setUpstreamGradient(upstream);
        expanded.backward();
        groupedNode.backward();
        Sigmoid layer = new Sigmoid("Sigmoid1");
        layer.forward(Tensor.vector(x), true);
        double fromLayer = layer.backward(Tensor.vector(upstream)).at(0);
        comparison.set(new SigmoidComparison(groupedNode.output().value(), expanded.node("x").gradient(),
                groupedNode.node("x").gradient(), fromLayer));
    }

    public void reset() {
        applyRelu(DEFAULT_X, DEFAULT_DOUT);
        if (grouped.get()) {
            grouped.set(false);
        }
        sigmoid.load(() -> ExampleGraphs.sigmoid(DEFAULT_SIGMOID_X));
    }

    public ReadOnlyObjectProperty<ReluResult> reluProperty() {
        return relu.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> reluErrorProperty() {
        return reluError.getReadOnlyProperty();
    }

    /** True: the sigmoid as one node; false: its four nodes ×(−1), exp, +1, /. */
    public BooleanProperty groupedProperty() {
        return grouped;
    }

    public DoubleProperty sigmoidXProperty() {
        return sigmoidX;
    }

    public GraphLabViewModel sigmoidGraph() {
        return sigmoid;
    }

    public ReadOnlyObjectProperty<SigmoidComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
