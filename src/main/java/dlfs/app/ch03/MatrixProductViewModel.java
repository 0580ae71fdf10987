package dlfs.app.ch03;

import dlfs.app.i18n.Message;
import dlfs.app.widgets.NumberSlider;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * {@code np.dot(A, B)} on two typed matrices or vectors (the book's 3.3.2–3.3.3), computed by the core
 * {@link Tensor#dot}. A mismatch of the inner sizes gives a message in words and the core's own,
 * NumPy-like one. A chosen cell of the result is explained as the row of A times the column of B.
 */
public final class MatrixProductViewModel {
    /** A product the book computes; the third one does not fit. */
    public record Example(String a, String b) {
    }

    public static final List<Example> EXAMPLES = List.of(
            new Example("1, 2\n3, 4", "5, 6\n7, 8"),
            new Example("1, 2, 3\n4, 5, 6", "1, 2\n3, 4\n5, 6"),
            new Example("1, 2, 3\n4, 5, 6", "1, 2\n3, 4"),
            new Example("1, 2\n3, 4\n5, 6", "7, 8"),
            new Example("1, 2", "1, 3, 5\n2, 4, 6"));

    private final StringProperty aText = new SimpleStringProperty(this, "a", EXAMPLES.get(0).a());
    private final StringProperty bText = new SimpleStringProperty(this, "b", EXAMPLES.get(0).b());
    private final ReadOnlyObjectWrapper<Tensor> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyObjectWrapper<String> errorIn = new ReadOnlyObjectWrapper<>(this, "errorIn");
    private final ReadOnlyObjectWrapper<String> coreMessage = new ReadOnlyObjectWrapper<>(this, "coreMessage");
    private final ReadOnlyObjectWrapper<String> shapes = new ReadOnlyObjectWrapper<>(this, "shapes", "");
    private Tensor a;
    private Tensor b;

    public MatrixProductViewModel() {
        aText.addListener(obs -> recompute());
        bText.addListener(obs -> recompute());
        recompute();
    }

    private void recompute() {
        MatrixText.Parsed left = MatrixText.parse(aText.get(), false);
        MatrixText.Parsed right = MatrixText.parse(bText.get(), false);
        result.set(null);
        coreMessage.set(null);
        errorIn.set(null);
        a = left.value();
        b = right.value();
        if (!left.ok() || !right.ok()) {
            error.set(left.ok() ? right.error() : left.error());
            errorIn.set(left.ok() ? "B" : "A");
            shapes.set("");
            return;
        }
        String shapeOfA = Tensor.shapeString(a.shape());
        String shapeOfB = Tensor.shapeString(b.shape());
        try {
            Tensor product = a.dot(b);
            error.set(null);
            result.set(product);
            shapes.set("A" + shapeOfA + " · B" + shapeOfB + " → C" + Tensor.shapeString(product.shape()));
        } catch (ShapeException e) {
            int inner = a.rank() == 1 ? a.size() : a.cols();
            int rows = b.rank() == 1 ? b.size() : b.rows();
            error.set(Message.of("ch03.product.mismatch", shapeOfA, shapeOfB, inner, rows));
            coreMessage.set(e.getMessage());
            shapes.set("A" + shapeOfA + " · B" + shapeOfB + " → ✗");
        }
    }

    /**
     * How cell {@code (row, column)} of C comes about, e.g. {@code 1·6 + 2·8 = 22}: the row of A
     * (A itself when it is a vector) times the column of B (B itself when it is a vector).
     */
    public String explain(int row, int column) {
        Tensor c = result.get();
        if (c == null) {
            return "";
        }
        int inner = a.rank() == 1 ? a.size() : a.cols();
        int bCols = b.rank() == 1 ? 1 : b.cols();
        StringBuilder terms = new StringBuilder();
        for (int t = 0; t < inner; t++) {
            double left = a.rank() == 1 ? a.data()[t] : a.data()[row * inner + t];
            double right = b.data()[t * bCols + (b.rank() == 1 ? 0 : column)];
            terms.append(t == 0 ? "" : " + ").append(NumberSlider.text(left)).append('·').append(NumberSlider.text(right));
        }
        int index = c.rank() <= 1 ? (a.rank() == 1 ? column : row) : row * c.cols() + column;
        return terms + " = " + NumberSlider.text(c.data()[index]);
    }

    /** True for matrix · vector: the result is a vector whose entries belong to the rows of A (Fig. 3-13). */
    public boolean explainsAsColumn() {
        return a != null && b != null && a.rank() == 2 && b.rank() == 1;
    }

    public void load(Example example) {
        aText.set(example.a());
        bText.set(example.b());
    }

    public StringProperty aTextProperty() {
        return aText;
    }

    public StringProperty bTextProperty() {
        return bText;
    }

    /** C = A·B, or null when it cannot be formed. */
    public ReadOnlyObjectProperty<Tensor> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "A" or "B" when the error is that text not being a matrix; null otherwise. */
    public ReadOnlyObjectProperty<String> errorInProperty() {
        return errorIn.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> coreMessageProperty() {
        return coreMessage.getReadOnlyProperty();
    }

    /** "A(2, 3) · B(3, 2) → C(2, 2)". */
    public ReadOnlyObjectProperty<String> shapesProperty() {
        return shapes.getReadOnlyProperty();
    }
}
