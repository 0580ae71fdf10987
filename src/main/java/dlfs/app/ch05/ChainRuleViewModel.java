package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.graph.Node;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * z = (x + y)² as the two-node graph of 5.2 (t = x + y, z = t²), driven by x and y sliders, with
 * the chain ∂z/∂x = ∂z/∂z · ∂z/∂t · ∂t/∂x written out with the numbers the nodes hold.
 */
public final class ChainRuleViewModel {
    public static final double DEFAULT_X = 1.0;
    public static final double DEFAULT_Y = 2.0;
    /** The sliders' range. */
    public static final double LIMIT = 5;

    private final GraphLabViewModel graph = new GraphLabViewModel(() -> ExampleGraphs.squareOfSum(DEFAULT_X, DEFAULT_Y));
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x", DEFAULT_X);
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y", DEFAULT_Y);
    private final ReadOnlyObjectWrapper<Message> chain = new ReadOnlyObjectWrapper<>(this, "chain");
    private boolean syncing;

    public ChainRuleViewModel() {
        graph.setInputLimit(LIMIT);
        x.addListener((obs, old, now) -> push("x", now.doubleValue()));
        y.addListener((obs, old, now) -> push("y", now.doubleValue()));
        graph.revisionProperty().addListener(obs -> pull());
        pull();
    }

    private void push(String input, double value) {
        if (!syncing) {
            graph.setInput(input, value);
        }
    }

    /** Sliders follow the graph's inputs (they may be typed in the table), and the chain is rewritten. */
    private void pull() {
        ComputationalGraph g = graph.graph();
        syncing = true;
        x.set(g.node("x").value());
        y.set(g.node("y").value());
        syncing = false;
        Node t = g.node("t");
        Node z = g.node("z");
        if (!g.isBackwardComplete()) {
            chain.set(Message.of("ch05.chain.pending"));
            return;
        }
        chain.set(Message.of("ch05.chain.numbers", Controls.full(g.upstreamGradient()),
                Controls.full(z.localDerivative(0)), Controls.full(t.localDerivative(0)),
                Controls.full(g.node("x").gradient()), Controls.full(x.get()), Controls.full(y.get())));
    }

    public void reset() {
        graph.load(() -> ExampleGraphs.squareOfSum(DEFAULT_X, DEFAULT_Y));
    }

    public GraphLabViewModel graph() {
        return graph;
    }

    public DoubleProperty xProperty() {
        return x;
    }

    public DoubleProperty yProperty() {
        return y;
    }

    /** "1 × 6 × 1 = 6 = 2(1 + 2)" once the backward pass is done. */
    public ReadOnlyObjectProperty<Message> chainProperty() {
        return chain.getReadOnlyProperty();
    }
}
