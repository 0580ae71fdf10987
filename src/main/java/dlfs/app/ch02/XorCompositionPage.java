package dlfs.app.ch02;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.BoundControls;
import dlfs.app.widgets.DecisionPlaneView;
import dlfs.app.widgets.DecisionPlaneView.Boundary;
import dlfs.app.widgets.DecisionPlaneView.HalfPlane;
import dlfs.app.widgets.DecisionPlaneView.Marker;
import dlfs.app.widgets.DecisionPlaneView.Point;
import dlfs.app.widgets.DecisionPlaneView.Region;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.NetworkDiagramView;
import dlfs.app.widgets.NetworkDiagramView.Column;
import dlfs.app.widgets.NetworkDiagramView.Connection;
import dlfs.app.widgets.NetworkDiagramView.Neuron;
import dlfs.app.widgets.NumberSlider;
import dlfs.app.widgets.PlotCanvas;
import dlfs.core.perceptron.Gates;
import dlfs.core.perceptron.Perceptron;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Chapter 2's XOR by composition: NAND and OR in the first layer, AND in the second. The slots can
 * be refilled (the book's puzzle); the truth table shows s₁ and s₂, the neuron view follows one
 * input layer by layer, and two planes show why it works: in (x₁, x₂) the output region is a band
 * between two lines, and in (s₁, s₂) the four inputs have become linearly separable.
 */
public final class XorCompositionPage extends AbstractPage {
    private static final Color FIRST_LINE = PlotCanvas.SERIES_COLORS.get(1);
    private static final Color SECOND_LINE = PlotCanvas.SERIES_COLORS.get(2);
    private static final String[] SLOT_NAMES = {"s₁", "s₂", "y"};
    /** What the neuron view says after the signal has reached layer 0, 1 or 2. */
    private static final String[] LAYER_KEYS = {"ch02.xor.layer.0", "ch02.xor.layer.1", "ch02.xor.layer.2"};

    private final XorCompositionViewModel model = new XorCompositionViewModel();
    private final DecisionPlaneView inputPlane = new DecisionPlaneView();
    private final DecisionPlaneView hiddenPlane = new DecisionPlaneView();
    private final NetworkDiagramView diagram = new NetworkDiagramView();

    public XorCompositionPage(PageContext context) {
        super(context, Chapter.CH02, "xor-composition");
    }

    public XorCompositionViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Gates.class, Perceptron.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.of(inputPlane);
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    protected Node createView() {
        TruthTableView table = new TruthTableView(List.of(i18n().binding("ch02.x1"), i18n().binding("ch02.x2"),
                i18n().binding("ch02.xor.s1"), i18n().binding("ch02.xor.s2"), i18n().binding("ch02.table.output"),
                Bindings.createStringBinding(() -> i18n().text("ch02.table.target", "XOR"), i18n().bundleProperty()),
                i18n().binding("ch02.table.verdict")));
        table.setId("xor-table");
        Label verdict = new Label();
        verdict.setId("xor-verdict");
        verdict.setWrapText(true);
        verdict.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        verdict.textProperty().bind(Bindings.createStringBinding(() -> i18n().text(
                model.computesXorProperty().get() ? "ch02.xor.solved" : "ch02.xor.unsolved"),
                i18n().bundleProperty(), model.computesXorProperty()));

        diagram.setId("xor-diagram");
        diagram.setMinSize(300, 220);
        diagram.setPrefSize(520, 250);
        for (DecisionPlaneView plane : List.of(inputPlane, hiddenPlane)) {
            plane.setMinSize(240, 240);
            plane.setPrefSize(270, 270);
        }
        inputPlane.setId("xor-input-plane");
        hiddenPlane.setId("xor-hidden-plane");
        hiddenPlane.xLabelProperty().set("s₁");
        hiddenPlane.yLabelProperty().set("s₂");

        Runnable refresh = () -> refresh(table);
        model.rowsProperty().addListener(obs -> refresh.run());
        model.selectedInputProperty().addListener(obs -> refresh.run());
        model.reachedLayerProperty().addListener(obs -> refresh.run());
        i18n().bundleProperty().addListener(obs -> refresh.run());
        refresh.run();

        Label layer = new Label();
        layer.setId("xor-layer");
        layer.textProperty().bind(Bindings.createStringBinding(
                () -> i18n().text(LAYER_KEYS[model.reachedLayerProperty().get()]),
                i18n().bundleProperty(), model.reachedLayerProperty()));
        FlowPane neuronControls = new FlowPane(8, 6, BoundControls.text(i18n(), "ch02.xor.input"), inputButtons(),
                idButton(BoundControls.button(i18n(), "ch02.xor.step", model::step), "xor-step"), layer);
        neuronControls.setAlignment(Pos.CENTER_LEFT);
        verdict.setMaxWidth(260);

        VBox inputBox = new VBox(4, BoundControls.text(i18n(), "ch02.xor.inputPlane"), inputPlane);
        VBox hiddenBox = new VBox(4, BoundControls.text(i18n(), "ch02.xor.hiddenPlane"), hiddenPlane);
        inputBox.setPrefWidth(270);
        hiddenBox.setPrefWidth(270);
        VBox content = new VBox(10,
                BoundControls.text(i18n(), "ch02.xor.intro"),
                slotRow(),
                new FlowPane(16, 10, table, verdict),
                BoundControls.heading(i18n(), "ch02.xor.neurons"),
                neuronControls,
                diagram,
                BoundControls.heading(i18n(), "ch02.xor.planes"),
                new FlowPane(16, 10, inputBox, hiddenBox));
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static <T extends Node> T idButton(T node, String id) {
        node.setId(id);
        return node;
    }

    /** "s₁ = [NAND] (x₁, x₂)   s₂ = [OR] (x₁, x₂)   y = [AND] (s₁, s₂)". */
    private Node slotRow() {
        FlowPane row = new FlowPane(14, 8);
        String[] arguments = {"(x₁, x₂)", "(x₁, x₂)", "(s₁, s₂)"};
        for (int slot = 0; slot < 3; slot++) {
            int index = slot;
            ComboBox<GateKind> choice = new ComboBox<>();
            choice.getItems().setAll(XorCompositionViewModel.SLOT_CHOICES);
            choice.setValue(model.gate(slot));
            choice.setId("xor-slot-" + slot);
            choice.setCellFactory(list -> new GateCell());
            choice.setButtonCell(new GateCell());
            choice.valueProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    model.setGate(index, now);
                }
            });
            model.gateProperty(slot).addListener((obs, old, now) -> choice.setValue(now));
            Label name = BoundControls.data();
            name.setText(SLOT_NAMES[slot] + " =");
            Label args = BoundControls.data();
            args.setText(arguments[slot]);
            HBox item = new HBox(6, name, choice, args);
            item.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().add(item);
        }
        return row;
    }

    private Node inputButtons() {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(4);
        for (int i = 0; i < 4; i++) {
            int row = i;
            int[] x = Gates.input(i);
            ToggleButton button = new ToggleButton();
            button.setText(pair(x));
            button.getStyleClass().add("content-text");
            button.setId("xor-input-" + i);
            button.setToggleGroup(group);
            button.setSelected(model.selectedInputProperty().get() == i);
            button.setOnAction(e -> {
                model.selectInput(row);
                button.setSelected(true);
            });
            model.selectedInputProperty().addListener((obs, old, now) -> button.setSelected(now.intValue() == row));
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    /** An input pair as "(1, 0)". */
    private static String pair(int[] x) {
        return "(" + x[0] + ", " + x[1] + ")";
    }

    private void refresh(TruthTableView table) {
        List<XorCompositionViewModel.Row> rows = model.rows();
        for (int r = 0; r < rows.size(); r++) {
            XorCompositionViewModel.Row row = rows.get(r);
            table.setRow(r, row.passes(), Integer.toString(row.x1()), Integer.toString(row.x2()),
                    Integer.toString(row.s1()), Integer.toString(row.s2()), Integer.toString(row.y()),
                    Integer.toString(row.target()));
        }
        drawDiagram(rows.get(model.selectedInputProperty().get()));
        drawPlanes(rows);
    }

    private void drawDiagram(XorCompositionViewModel.Row row) {
        int reached = model.reachedLayerProperty().get();
        Perceptron first = model.firstUnit();
        Perceptron second = model.secondUnit();
        Perceptron output = model.outputUnit();
        List<Column> columns = List.of(
                new Column(i18n().text("ch02.layer", 0), List.of(bias(), neuron("x₁", row.x1(), true),
                        neuron("x₂", row.x2(), true))),
                new Column(i18n().text("ch02.layer", 1), List.of(bias(), neuron("s₁", row.s1(), reached >= 1),
                        neuron("s₂", row.s2(), reached >= 1))),
                new Column(i18n().text("ch02.layer", 2), List.of(neuron("y", row.y(), reached >= 2))));
        List<Connection> connections = List.of(
                connection(0, 0, 1, first.b()), connection(0, 1, 1, first.w1()), connection(0, 2, 1, first.w2()),
                connection(0, 0, 2, second.b()), connection(0, 1, 2, second.w1()), connection(0, 2, 2, second.w2()),
                connection(1, 0, 0, output.b()), connection(1, 1, 0, output.w1()), connection(1, 2, 0, output.w2()));
        diagram.setNetwork(columns, connections, true);
        diagram.highlightedColumnProperty().set(reached);
    }

    private static Neuron bias() {
        return new Neuron("1", "", true, false);
    }

    private static Neuron neuron(String name, int value, boolean known) {
        return new Neuron(name, known ? Integer.toString(value) : "?", false, known && value == 1);
    }

    private static Connection connection(int column, int from, int to, double weight) {
        return new Connection(column, from, to, weight, NumberSlider.text(weight));
    }

    private void drawPlanes(List<XorCompositionViewModel.Row> rows) {
        Perceptron first = model.firstUnit();
        Perceptron second = model.secondUnit();
        Perceptron output = model.outputUnit();
        List<Region> cells = new ArrayList<>();
        for (int s1 = 0; s1 <= 1; s1++) {
            for (int s2 = 0; s2 <= 1; s2++) {
                cells.add(new Region(List.of(new HalfPlane(first.w1(), first.w2(), first.b(), s1 == 1),
                        new HalfPlane(second.w1(), second.w2(), second.b(), s2 == 1)),
                        output.output(s1, s2) == 1 ? GateLabPage.FIRES : GateLabPage.SILENT));
            }
        }
        List<Point> inputs = new ArrayList<>();
        List<Point> hidden = new ArrayList<>();
        for (XorCompositionViewModel.Row row : rows) {
            Marker marker = row.target() == 1 ? Marker.TRIANGLE : Marker.CIRCLE;
            inputs.add(new Point(row.x1(), row.x2(), marker, row.passes(), false));
            hidden.add(new Point(row.s1(), row.s2(), marker, row.passes(), false));
        }
        inputPlane.setContent(cells, List.of(
                new Boundary(first.w1(), first.w2(), first.b(), FIRST_LINE, false, "s₁: " + model.gate(0).name()),
                new Boundary(second.w1(), second.w2(), second.b(), SECOND_LINE, false, "s₂: " + model.gate(1).name())),
                inputs);
        hiddenPlane.setContent(GateLabPage.halfPlanes(output), List.of(
                new Boundary(output.w1(), output.w2(), output.b(), GateLabPage.FIRES, false, "y: " + model.gate(2).name())),
                hidden);
    }

    /** Shows a gate by its name (the same in every language). */
    private static final class GateCell extends ListCell<GateKind> {
        GateCell() {
            getStyleClass().add("content-text");
        }

        @Override
        protected void updateItem(GateKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
