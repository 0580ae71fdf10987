package dlfs.app.ch03;

import dlfs.app.i18n.Message;
import dlfs.core.function.Functions;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The book's 3-layer network (2 inputs, hidden layers of 3 and 2, 2 outputs) with its weights
 * (3.4.2), every matrix editable as text. The forward pass runs in six stages on the core tensors:
 * A1 = X·W1 + B1, Z1 = h(A1), A2 = Z1·W2 + B2, Z2 = h(A2), A3 = Z2·W3 + B3, Y = σ(A3), with h the
 * sigmoid and σ the identity (or softmax). A shape that does not fit stops the pass at that stage
 * with a message naming the two shapes.
 */
public final class ForwardPassViewModel {
    /** The editable inputs: X and the weights and biases of the three layers. */
    public enum Field {
        X("X", "1.0, 0.5", false),
        W1("W1", "0.1, 0.3, 0.5\n0.2, 0.4, 0.6", true),
        B1("B1", "0.1, 0.2, 0.3", false),
        W2("W2", "0.1, 0.4\n0.2, 0.5\n0.3, 0.6", true),
        B2("B2", "0.1, 0.2", false),
        W3("W3", "0.1, 0.3\n0.2, 0.4", true),
        B3("B3", "0.1, 0.2", false);

        private final String symbol;
        private final String bookText;
        private final boolean matrix;

        Field(String symbol, String bookText, boolean matrix) {
            this.symbol = symbol;
            this.bookText = bookText;
            this.matrix = matrix;
        }

        public String symbol() {
            return symbol;
        }

        /** The book's value as text. */
        public String bookText() {
            return bookText;
        }
    }

    /** The output function σ: the book's identity, or softmax for classification (3.5). */
    public enum Output { IDENTITY, SOFTMAX }

    /** One computed stage: its name (A1, Z1, …), its formula, and its value. */
    public record Stage(String name, String formula, Tensor value) {
    }

    /** Six stages: three layers of (affine, activation). */
    public static final int STAGES = 6;

    private final List<StringProperty> texts = new ArrayList<>();
    private final List<ReadOnlyObjectWrapper<Message>> fieldErrors = new ArrayList<>();
    private final ObjectProperty<Output> output = new SimpleObjectProperty<>(this, "output", Output.IDENTITY);
    private final ReadOnlyObjectWrapper<List<Stage>> stages = new ReadOnlyObjectWrapper<>(this, "stages", List.of());
    private final ReadOnlyObjectWrapper<Message> shapeError = new ReadOnlyObjectWrapper<>(this, "shapeError");
    private final ReadOnlyObjectWrapper<String> coreMessage = new ReadOnlyObjectWrapper<>(this, "coreMessage");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown", STAGES);
    private final Tensor[] values = new Tensor[Field.values().length];

    public ForwardPassViewModel() {
        for (Field field : Field.values()) {
            texts.add(new SimpleStringProperty(this, field.name(), field.bookText()));
            fieldErrors.add(new ReadOnlyObjectWrapper<>(this, field.name() + "Error"));
        }
        for (Observable input : texts) {
            input.addListener(obs -> recompute());
        }
        output.addListener(obs -> recompute());
        recompute();
    }

    private void recompute() {
        boolean parsed = true;
        for (Field field : Field.values()) {
            MatrixText.Parsed result = MatrixText.parse(texts.get(field.ordinal()).get(), field.matrix);
            fieldErrors.get(field.ordinal()).set(result.error());
            values[field.ordinal()] = result.value();
            parsed &= result.ok();
        }
        shapeError.set(null);
        coreMessage.set(null);
        if (!parsed) {
            stages.set(List.of());
            return;
        }
        List<Stage> done = new ArrayList<>();
        Tensor z = value(Field.X);
        String zName = "X";
        Field[][] layers = {{Field.W1, Field.B1}, {Field.W2, Field.B2}, {Field.W3, Field.B3}};
        for (int layer = 1; layer <= 3; layer++) {
            Field weight = layers[layer - 1][0];
            Field bias = layers[layer - 1][1];
            Tensor a;
            try {
                a = z.dot(value(weight));
            } catch (ShapeException e) {
                shapeError.set(innerMismatch(zName, z, weight));
                coreMessage.set(e.getMessage());
                break;
            }
            try {
                a = a.plus(value(bias));
            } catch (ShapeException e) {
                shapeError.set(biasMismatch(bias, weight));
                coreMessage.set(e.getMessage());
                break;
            }
            done.add(new Stage("A" + layer, zName + "·" + weight.symbol() + " + " + bias.symbol(), a));
            if (layer < 3) {
                z = Functions.sigmoid(a);
                zName = "Z" + layer;
                done.add(new Stage(zName, "h(A" + layer + ")", z));
            } else if (output.get() == Output.SOFTMAX) {
                done.add(new Stage("Y", "softmax(A3)", Functions.softmax(a)));
            } else {
                done.add(new Stage("Y", "σ(A3) = A3", Functions.identity(a)));
            }
        }
        stages.set(List.copyOf(done));
    }

    /** In words: the product's inner sizes differ (the columns of the left factor, the rows of W). */
    private Message innerMismatch(String leftName, Tensor left, Field weight) {
        Tensor w = value(weight);
        int inner = left.rank() == 1 ? left.size() : left.cols();
        return Message.of("ch03.forward.error.inner", leftName, Tensor.shapeString(left.shape()), weight.symbol(),
                Tensor.shapeString(w.shape()), inner, w.rows());
    }

    /** In words: the bias needs exactly one value per column of W. */
    private Message biasMismatch(Field bias, Field weight) {
        Tensor w = value(weight);
        return Message.of("ch03.forward.error.bias", bias.symbol(), Tensor.shapeString(value(bias).shape()),
                weight.symbol(), Tensor.shapeString(w.shape()), w.cols());
    }

    private Tensor value(Field field) {
        return values[field.ordinal()];
    }

    /** Shows one more stage (after the last it starts again from none). */
    public void step() {
        shown.set(shown.get() >= STAGES ? 0 : shown.get() + 1);
    }

    public void showAll() {
        shown.set(STAGES);
    }

    /** Hides every stage, ready to step from the input. */
    public void startOver() {
        shown.set(0);
    }

    /** The book's network and input again, every stage shown. */
    public void reset() {
        for (Field field : Field.values()) {
            texts.get(field.ordinal()).set(field.bookText());
        }
        output.set(Output.IDENTITY);
        shown.set(STAGES);
    }

    /** The text of one input field, editable. */
    public StringProperty textProperty(Field field) {
        return texts.get(field.ordinal());
    }

    /** Why a field's text is not a matrix, or null. */
    public ReadOnlyObjectProperty<Message> fieldErrorProperty(Field field) {
        return fieldErrors.get(field.ordinal()).getReadOnlyProperty();
    }

    /** The parsed value of a field, or null while its text is not valid. */
    public Tensor parsed(Field field) {
        return value(field);
    }

    public ObjectProperty<Output> outputProperty() {
        return output;
    }

    /** The stages that could be computed (all six unless a shape does not fit). */
    public ReadOnlyObjectProperty<List<Stage>> stagesProperty() {
        return stages.getReadOnlyProperty();
    }

    public List<Stage> stages() {
        return stages.get();
    }

    /** The shape mismatch that stopped the pass, or null. */
    public ReadOnlyObjectProperty<Message> shapeErrorProperty() {
        return shapeError.getReadOnlyProperty();
    }

    /** The core's own message when it refused an operation, or null. */
    public ReadOnlyObjectProperty<String> coreMessageProperty() {
        return coreMessage.getReadOnlyProperty();
    }

    /** How many stages are revealed, 0 … 6. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
