package dlfs.app.ch03;

import dlfs.app.ch03.ForwardPassViewModel.Field;
import dlfs.app.ch03.ForwardPassViewModel.Output;
import dlfs.app.ch03.ForwardPassViewModel.Stage;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.BoundControls;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.NetworkDiagramView;
import dlfs.app.widgets.NetworkDiagramView.Column;
import dlfs.app.widgets.NetworkDiagramView.Connection;
import dlfs.app.widgets.NetworkDiagramView.Neuron;
import dlfs.app.widgets.NumberSlider;
import dlfs.core.function.Functions;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Chapter 3's matrices and forward pass: the book's 2-3-2-2 network drawn with its weights, stepped
 * through stage by stage (A1, Z1, A2, Z2, A3, Y) with every matrix editable, and above it the
 * matrix products of 3.3 with a cell-by-cell explanation. Shapes that do not fit are reported in
 * words next to the core's own NumPy-style message.
 */
public final class ForwardPassPage extends AbstractPage {
    private static final String ERROR_STYLE = "-fx-text-fill: #d55e00;";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final ForwardPassViewModel model = new ForwardPassViewModel();
    private final MatrixProductViewModel product = new MatrixProductViewModel();
    private final NetworkDiagramView diagram = new NetworkDiagramView();

    public ForwardPassPage(PageContext context) {
        super(context, Chapter.CH03, "forward-pass");
    }

    public ForwardPassViewModel model() {
        return model;
    }

    public MatrixProductViewModel product() {
        return product;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Tensor.class, MatMul.class, Functions.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.of(diagram);
    }

    @Override
    public void reset() {
        model.reset();
        product.load(MatrixProductViewModel.EXAMPLES.get(0));
    }

    @Override
    protected Node createView() {
        diagram.setId("forward-diagram");
        diagram.setMinSize(320, 240);
        diagram.setPrefSize(540, 290);
        VBox stages = new VBox(4);
        stages.setId("forward-stages");
        Label shapeError = BoundControls.message(i18n(), model.shapeErrorProperty());
        shapeError.setId("forward-shape-error");
        shapeError.setStyle(ERROR_STYLE);
        Label coreMessage = BoundControls.data();
        coreMessage.setId("forward-core-message");
        coreMessage.textProperty().bind(Bindings.createStringBinding(() -> model.coreMessageProperty().get() == null
                ? "" : "ShapeException: " + model.coreMessageProperty().get(), model.coreMessageProperty()));

        Runnable refresh = () -> {
            fillStages(stages);
            drawDiagram();
        };
        model.stagesProperty().addListener(obs -> refresh.run());
        model.shownProperty().addListener(obs -> refresh.run());
        i18n().bundleProperty().addListener(obs -> refresh.run());
        refresh.run();

        VBox content = new VBox(10,
                BoundControls.text(i18n(), "ch03.forward.intro"),
                diagram, stepControls(), stages, BoundControls.collapseWhenEmpty(shapeError),
                BoundControls.collapseWhenEmpty(coreMessage),
                BoundControls.heading(i18n(), "ch03.forward.edit"),
                BoundControls.text(i18n(), "ch03.forward.edit.hint"),
                weightEditors(),
                BoundControls.heading(i18n(), "ch03.product.heading"),
                productSection());
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node stepControls() {
        Button step = BoundControls.button(i18n(), "ch03.forward.step", model::step);
        step.setId("forward-step");
        Button all = BoundControls.button(i18n(), "ch03.forward.all", model::showAll);
        all.setId("forward-all");
        Button over = BoundControls.button(i18n(), "ch03.forward.over", model::startOver);
        over.setId("forward-over");
        ToggleGroup group = new ToggleGroup();
        RadioButton identity = new RadioButton();
        identity.textProperty().bind(i18n().binding("ch03.forward.output.identity"));
        identity.setId("forward-output-identity");
        RadioButton softmax = new RadioButton();
        softmax.textProperty().bind(i18n().binding("ch03.forward.output.softmax"));
        softmax.setId("forward-output-softmax");
        identity.setToggleGroup(group);
        softmax.setToggleGroup(group);
        identity.setSelected(model.outputProperty().get() == Output.IDENTITY);
        softmax.setSelected(model.outputProperty().get() == Output.SOFTMAX);
        softmax.selectedProperty().addListener((obs, was, now) ->
                model.outputProperty().set(now ? Output.SOFTMAX : Output.IDENTITY));
        model.outputProperty().addListener((obs, old, now) -> {
            identity.setSelected(now == Output.IDENTITY);
            softmax.setSelected(now == Output.SOFTMAX);
        });
        HBox outputs = new HBox(10, BoundControls.text(i18n(), "ch03.forward.output"), identity, softmax);
        outputs.setAlignment(Pos.CENTER_LEFT);
        return new FlowPane(8, 6, step, all, over, outputs);
    }

    /** One line per stage: "A1 = X·W1 + B1 = [0.3 0.7 1.1]   (3,)", hidden stages as "…". */
    private void fillStages(VBox box) {
        box.getChildren().clear();
        List<Stage> stages = model.stages();
        int shown = model.shownProperty().get();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            Label line = BoundControls.data();
            line.setId("forward-stage-" + stage.name());
            line.setWrapText(true);
            line.setText(stage.name() + " = " + stage.formula() + " = "
                    + (i < shown ? MatrixText.format(stage.value()) + "   " + Tensor.shapeString(stage.value().shape())
                    : "…"));
            if (i == shown - 1) {
                line.setStyle("-fx-font-weight: bold;");
            }
            box.getChildren().add(line);
        }
        if (stages.size() == ForwardPassViewModel.STAGES && model.outputProperty().get() == Output.IDENTITY
                && shown == ForwardPassViewModel.STAGES) {
            box.getChildren().add(BoundControls.text(i18n(), "ch03.forward.book", "[0.31682708 0.69627909]"));
        }
    }

    private void drawDiagram() {
        List<Stage> stages = model.stages();
        int shown = Math.min(model.shownProperty().get(), stages.size());
        Tensor x = model.parsed(Field.X);
        Field[] weights = {Field.W1, Field.W2, Field.W3};
        Field[] biases = {Field.B1, Field.B2, Field.B3};
        int[] sizes = new int[4];
        sizes[0] = x == null ? 2 : x.rank() == 1 ? x.size() : x.cols();
        for (int l = 1; l <= 3; l++) {
            Tensor w = model.parsed(weights[l - 1]);
            sizes[l] = w == null ? 2 : w.cols();
        }
        List<Column> columns = new ArrayList<>();
        for (int l = 0; l <= 3; l++) {
            List<Neuron> neurons = new ArrayList<>();
            if (l < 3) {
                neurons.add(new Neuron("1", "", true, false));
            }
            for (int i = 0; i < sizes[l]; i++) {
                String name = (l == 0 ? "x" : l == 3 ? "y" : "z") + sub(i + 1);
                neurons.add(new Neuron(name, nodeValue(l, i, x, stages, shown), false, false));
            }
            columns.add(new Column(i18n().text(l == 0 ? "ch03.forward.layer.input"
                    : l == 3 ? "ch03.forward.layer.output" : "ch03.forward.layer.hidden", l), neurons));
        }
        List<Connection> connections = new ArrayList<>();
        for (int l = 1; l <= 3; l++) {
            Tensor w = model.parsed(weights[l - 1]);
            Tensor b = model.parsed(biases[l - 1]);
            int offset = l < 3 ? 1 : 0;
            if (w != null) {
                for (int j = 0; j < w.rows(); j++) {
                    for (int i = 0; i < w.cols(); i++) {
                        double value = w.data()[j * w.cols() + i];
                        String label = "w" + sub(i + 1) + sub(j + 1) + "⁽" + sup(l) + "⁾ = " + NumberSlider.text(value);
                        connections.add(new Connection(l - 1, j + 1, i + offset, value, label));
                    }
                }
            }
            if (b != null) {
                for (int i = 0; i < b.size(); i++) {
                    double value = b.data()[i];
                    String label = "b" + sub(i + 1) + "⁽" + sup(l) + "⁾ = " + NumberSlider.text(value);
                    connections.add(new Connection(l - 1, 0, i + offset, value, label));
                }
            }
        }
        diagram.setNetwork(columns, connections, false);
        diagram.highlightedColumnProperty().set(shown == 0 ? 0 : (shown + 1) / 2);
    }

    /** The value written under neuron i of layer l for the first sample: z (or a, before h is applied). */
    private static String nodeValue(int layer, int i, Tensor x, List<Stage> stages, int shown) {
        if (layer == 0) {
            return x == null || i >= x.size() ? "" : four(x.data()[i]);
        }
        int activated = 2 * layer - 1;
        int affine = 2 * layer - 2;
        if (shown > activated && activated < stages.size()) {
            Tensor z = stages.get(activated).value();
            return i < z.size() ? four(z.data()[i]) : "";
        }
        if (shown > affine && affine < stages.size()) {
            Tensor a = stages.get(affine).value();
            return i < a.size() ? "a=" + four(a.data()[i]) : "";
        }
        return "";
    }

    private static String four(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String sub(int n) {
        return digits(n, SUBSCRIPTS);
    }

    private static String sup(int n) {
        return digits(n, SUPERSCRIPTS);
    }

    private static String digits(int n, String glyphs) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            out.append(glyphs.charAt(c - '0'));
        }
        return out.toString();
    }

    private Node weightEditors() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        Field[][] rows = {{Field.X}, {Field.W1, Field.B1}, {Field.W2, Field.B2}, {Field.W3, Field.B3}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                grid.add(editor(rows[r][c]), c, r);
            }
        }
        return grid;
    }

    private Node editor(Field field) {
        TextArea area = new TextArea();
        area.setId("forward-field-" + field.name());
        area.getStyleClass().add("content-text");
        area.setPrefColumnCount(13);
        area.setPrefRowCount(field.name().startsWith("W") ? 3 : 1);
        area.textProperty().bindBidirectional(model.textProperty(field));
        Label name = BoundControls.data();
        name.setText(field.symbol());
        name.setStyle("-fx-font-weight: bold;");
        Label error = BoundControls.message(i18n(), model.fieldErrorProperty(field));
        error.setId("forward-error-" + field.name());
        error.setStyle(ERROR_STYLE);
        error.setMaxWidth(220);
        return new VBox(2, name, area, BoundControls.collapseWhenEmpty(error));
    }

    private Node productSection() {
        TextArea a = productEditor(product.aTextProperty(), "product-a");
        TextArea b = productEditor(product.bTextProperty(), "product-b");
        MenuButton examples = new MenuButton();
        examples.setId("product-examples");
        examples.textProperty().bind(i18n().binding("ch03.product.examples"));
        for (MatrixProductViewModel.Example example : MatrixProductViewModel.EXAMPLES) {
            MenuItem item = new MenuItem();
            item.setText(String.format("[%s] · [%s]", example.a().replace("\n", "; "), example.b().replace("\n", "; ")));
            item.setOnAction(e -> product.load(example));
            examples.getItems().add(item);
        }
        Label shapes = BoundControls.data();
        shapes.setId("product-shapes");
        shapes.textProperty().bind(product.shapesProperty());
        shapes.setStyle("-fx-font-weight: bold;");
        Label error = new Label();
        error.setId("product-error");
        error.setWrapText(true);
        error.setStyle(ERROR_STYLE);
        error.textProperty().bind(Bindings.createStringBinding(() -> {
            if (product.errorProperty().get() == null) {
                return "";
            }
            String text = i18n().text(product.errorProperty().get());
            return product.errorInProperty().get() == null ? text : product.errorInProperty().get() + ": " + text;
        }, i18n().bundleProperty(), product.errorProperty(), product.errorInProperty()));
        Label coreMessage = BoundControls.data();
        coreMessage.setId("product-core-message");
        coreMessage.setWrapText(true);
        coreMessage.textProperty().bind(Bindings.createStringBinding(() -> product.coreMessageProperty().get() == null
                ? "" : "ShapeException: " + product.coreMessageProperty().get(), product.coreMessageProperty()));
        GridPane cells = new GridPane();
        cells.setId("product-result");
        cells.setHgap(6);
        cells.setVgap(4);
        Label explanation = BoundControls.data();
        explanation.setId("product-explanation");
        explanation.getStyleClass().add("formula");
        explanation.setWrapText(true);
        Runnable refresh = () -> fillCells(cells, explanation);
        product.resultProperty().addListener(obs -> refresh.run());
        refresh.run();
        HBox factors = new HBox(10, labelled("A", a), labelled("B", b), labelled("C = A·B", cells));
        return new VBox(8, BoundControls.text(i18n(), "ch03.product.intro"), examples, factors, shapes,
                BoundControls.collapseWhenEmpty(error), BoundControls.collapseWhenEmpty(coreMessage),
                BoundControls.text(i18n(), "ch03.product.click"), BoundControls.collapseWhenEmpty(explanation));
    }

    private static TextArea productEditor(StringProperty text, String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.getStyleClass().add("content-text");
        area.setPrefColumnCount(8);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    private static Node labelled(String name, Node node) {
        Label label = BoundControls.data();
        label.setText(name);
        label.setStyle("-fx-font-weight: bold;");
        return new VBox(2, label, node);
    }

    /** The result as buttons; pressing one explains that entry. */
    private void fillCells(GridPane cells, Label explanation) {
        cells.getChildren().clear();
        explanation.setText(null);
        Tensor c = product.resultProperty().get();
        if (c == null) {
            return;
        }
        int rows = c.rank() == 2 ? c.rows() : 1;
        int cols = c.rank() == 2 ? c.cols() : c.size();
        boolean columnVector = c.rank() == 1 && product.explainsAsColumn();
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                int row = columnVector ? k : r;
                int column = columnVector ? 0 : k;
                String entry = c.rank() == 2 ? "[" + row + "][" + column + "]" : "[" + k + "]";
                Button cell = new Button();
                cell.setId("product-cell-" + r + "-" + k);
                cell.getStyleClass().add("content-text");
                cell.setText(MatrixText.number(c.data()[r * cols + k], false));
                cell.setOnAction(e -> explanation.setText(String.format("C%s = %s", entry, product.explain(row, column))));
                if (columnVector) {
                    cells.add(cell, 0, k);
                } else {
                    cells.add(cell, k, r);
                }
            }
        }
    }
}
