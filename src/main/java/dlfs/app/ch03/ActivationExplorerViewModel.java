package dlfs.app.ch03;

import dlfs.app.i18n.Message;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.layer.Sigmoid;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The activation explorer's state: which functions are shown, their adjustable parts (Leaky ReLU's
 * α, the two maxout pieces), the x range and the probed x, plus the "linear layers collapse" demo:
 * a stack of linear layers h(x) = c·x built from core {@link Affine} layers, against the single
 * layer whose weight is the product of theirs.
 */
public final class ActivationExplorerViewModel {
    /** The book's default x range, [−5, 5]. */
    static final double DEFAULT_FROM = -5;
    static final double DEFAULT_TO = 5;

    private final Map<ActivationKind, BooleanProperty> selected = new EnumMap<>(ActivationKind.class);
    private final BooleanProperty showDerivatives = new SimpleBooleanProperty(this, "showDerivatives", true);
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha", 0.1);
    private final DoubleProperty maxoutW1 = new SimpleDoubleProperty(this, "maxoutW1", 1);
    private final DoubleProperty maxoutB1 = new SimpleDoubleProperty(this, "maxoutB1", 0);
    private final DoubleProperty maxoutW2 = new SimpleDoubleProperty(this, "maxoutW2", -1);
    private final DoubleProperty maxoutB2 = new SimpleDoubleProperty(this, "maxoutB2", 0);
    private final ReadOnlyObjectWrapper<ActivationKind.Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyDoubleWrapper from = new ReadOnlyDoubleWrapper(this, "from", DEFAULT_FROM);
    private final ReadOnlyDoubleWrapper to = new ReadOnlyDoubleWrapper(this, "to", DEFAULT_TO);
    private final ReadOnlyObjectWrapper<Message> rangeError = new ReadOnlyObjectWrapper<>(this, "rangeError");
    private final DoubleProperty probe = new SimpleDoubleProperty(this, "probe", 1.0);

    private final DoubleProperty c = new SimpleDoubleProperty(this, "c", 2);
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 3);
    private final BooleanProperty sigmoidBetween = new SimpleBooleanProperty(this, "sigmoidBetween");
    private final ReadOnlyObjectWrapper<List<Layer>> stack = new ReadOnlyObjectWrapper<>(this, "stack");
    private final ReadOnlyObjectWrapper<Affine> collapsed = new ReadOnlyObjectWrapper<>(this, "collapsed");
    private final Tensor scalarInput = Tensor.zeros(1, 1);

    public ActivationExplorerViewModel() {
        for (ActivationKind kind : ActivationKind.values()) {
            boolean bookFigure = kind == ActivationKind.STEP || kind == ActivationKind.SIGMOID
                    || kind == ActivationKind.RELU;
            selected.put(kind, new SimpleBooleanProperty(this, kind.name(), bookFigure));
        }
        for (Observable part : List.of(alpha, maxoutW1, maxoutB1, maxoutW2, maxoutB2)) {
            part.addListener(obs -> rebuildSettings());
        }
        rebuildSettings();
        for (Observable part : List.of(c, depth, sigmoidBetween)) {
            part.addListener(obs -> rebuildStack());
        }
        rebuildStack();
    }

    private void rebuildSettings() {
        settings.set(new ActivationKind.Settings(alpha.get(),
                new ScalarMaxout(maxoutW1.get(), maxoutB1.get(), maxoutW2.get(), maxoutB2.get())));
    }

    /**
     * Layers h(x) = c·x (an Affine layer with W = [[c]], b = [0]), {@code depth} of them, optionally
     * with a sigmoid between two of them; and the one Affine layer whose W is the matrix product of
     * all their W's, which equals the stack exactly when nothing non-linear sits in between.
     */
    private void rebuildStack() {
        if (depth.get() < 1) {
            throw new IllegalArgumentException("a stack needs at least one layer, got " + depth.get());
        }
        List<Layer> layers = new ArrayList<>();
        Tensor product = Tensor.matrix(new double[] {1});
        for (int i = 1; i <= depth.get(); i++) {
            Tensor w = Tensor.matrix(new double[] {c.get()});
            layers.add(new Affine("Affine" + i, new Param("W" + i, w, true), new Param("b" + i, Tensor.vector(0), false)));
            if (sigmoidBetween.get() && i < depth.get()) {
                layers.add(new Sigmoid("Sigmoid" + i));
            }
            product = product.dot(w);
        }
        stack.set(List.copyOf(layers));
        collapsed.set(new Affine("Collapsed", new Param("W", product, true), new Param("b", Tensor.vector(0), false)));
    }

    public double value(ActivationKind kind, double x) {
        return kind.value(x, settings.get());
    }

    public double derivative(ActivationKind kind, double x) {
        return kind.derivative(x, settings.get());
    }

    /** The kinds ticked, in menu order. */
    public List<ActivationKind> selectedKinds() {
        List<ActivationKind> kinds = new ArrayList<>();
        for (ActivationKind kind : ActivationKind.values()) {
            if (selected.get(kind).get()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Sets the plotted x range; refuses (with a message) a range whose start is not below its end. */
    public boolean setRange(double newFrom, double newTo) {
        if (!(newFrom < newTo)) {
            rangeError.set(Message.of("ch03.activations.range.invalid"));
            return false;
        }
        rangeError.set(null);
        from.set(newFrom);
        to.set(newTo);
        return true;
    }

    /** h(h(…h(x))) through the stack of core layers. */
    public double stacked(double x) {
        return through(stack.get(), x);
    }

    /** The same input through the single collapsed layer. */
    public double collapsed(double x) {
        return through(List.of(collapsed.get()), x);
    }

    /** The weight of the collapsed layer: cᵈᵉᵖᵗʰ, computed as the product of the stack's weight matrices. */
    public double collapsedWeight() {
        return collapsed.get().weight().value().data()[0];
    }

    private double through(List<Layer> layers, double x) {
        scalarInput.data()[0] = x;
        Tensor out = scalarInput;
        for (Layer layer : layers) {
            out = layer.forward(out, false);
        }
        return out.data()[0];
    }

    /** Maxout becomes ReLU (pieces x and 0), Leaky ReLU (x and αx) or |x| (x and −x). */
    public void maxoutAs(ActivationKind shape) {
        double[] pieces = switch (shape) {
            case RELU -> new double[] {1, 0, 0, 0};
            case LEAKY_RELU -> new double[] {1, 0, alpha.get(), 0};
            default -> new double[] {1, 0, -1, 0};
        };
        maxoutW1.set(pieces[0]);
        maxoutB1.set(pieces[1]);
        maxoutW2.set(pieces[2]);
        maxoutB2.set(pieces[3]);
    }

    /** The book's picture again: step, sigmoid and ReLU over [−5, 5], probed at x = 1.0. */
    public void reset() {
        for (ActivationKind kind : ActivationKind.values()) {
            selected.get(kind).set(kind == ActivationKind.STEP || kind == ActivationKind.SIGMOID
                    || kind == ActivationKind.RELU);
        }
        showDerivatives.set(true);
        alpha.set(0.1);
        maxoutAs(ActivationKind.MAXOUT);
        setRange(DEFAULT_FROM, DEFAULT_TO);
        probe.set(1.0);
        c.set(2);
        depth.set(3);
        sigmoidBetween.set(false);
    }

    public BooleanProperty selectedProperty(ActivationKind kind) {
        return selected.get(kind);
    }

    public BooleanProperty showDerivativesProperty() {
        return showDerivatives;
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    /** Maxout's pieces: 0 w₁, 1 b₁, 2 w₂, 3 b₂. */
    public DoubleProperty maxoutProperty(int part) {
        return switch (part) {
            case 0 -> maxoutW1;
            case 1 -> maxoutB1;
            case 2 -> maxoutW2;
            case 3 -> maxoutB2;
            default -> throw new IllegalArgumentException("maxout has parts 0 … 3 (w₁, b₁, w₂, b₂), got " + part);
        };
    }

    /** Changes whenever α or the maxout pieces do: the plots listen to it. */
    public ReadOnlyObjectProperty<ActivationKind.Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fromProperty() {
        return from.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty toProperty() {
        return to.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> rangeErrorProperty() {
        return rangeError.getReadOnlyProperty();
    }

    /** The x whose values are listed and marked on the plot. */
    public DoubleProperty probeProperty() {
        return probe;
    }

    public DoubleProperty cProperty() {
        return c;
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public BooleanProperty sigmoidBetweenProperty() {
        return sigmoidBetween;
    }

    /** Changes whenever c, the depth or the sigmoid option do. */
    public ReadOnlyObjectProperty<List<Layer>> stackProperty() {
        return stack.getReadOnlyProperty();
    }
}
