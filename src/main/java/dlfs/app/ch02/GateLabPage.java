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
import dlfs.app.widgets.NumberSlider;
import dlfs.app.widgets.PlotCanvas;
import dlfs.core.perceptron.Gates;
import dlfs.core.perceptron.Perceptron;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Chapter 2's gate lab: set w₁, w₂ and b (or θ) of one perceptron and see at once which rows of
 * the AND, NAND, OR or XOR truth table it gets right, and where its decision line cuts the plane.
 */
public final class GateLabPage extends AbstractPage {
    /** Output-1 side of a line (the side the arrow points to). */
    static final Color FIRES = PlotCanvas.SERIES_COLORS.get(0);
    /** Output-0 side, grey as in the book's figures. */
    static final Color SILENT = Color.gray(0.45);

    private final GateLabViewModel model = new GateLabViewModel();
    private final DecisionPlaneView plane = new DecisionPlaneView();

    public GateLabPage(PageContext context) {
        super(context, Chapter.CH02, "gate-lab");
    }

    public GateLabViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Perceptron.class, Gates.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.of(plane);
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    protected Node createView() {
        NumberSlider w1 = slider("ch02.w1", model.w1Property(), "gate-w1");
        NumberSlider w2 = slider("ch02.w2", model.w2Property(), "gate-w2");
        NumberSlider b = slider("ch02.b", model.bProperty(), "gate-b");
        NumberSlider theta = new NumberSlider(i18n(), i18n().binding("ch02.theta"), -1.5, 1.5, -100, 100, 2,
                -model.bProperty().get()).withNameWidth(1.5);
        theta.setId("gate-theta");
        theta.valueProperty().addListener((obs, old, now) -> model.bProperty().set(-now.doubleValue()));
        model.bProperty().addListener((obs, old, now) -> theta.setValue(-now.doubleValue()));
        b.visibleProperty().bind(model.thresholdFormProperty().not());
        b.managedProperty().bind(b.visibleProperty());
        theta.visibleProperty().bind(model.thresholdFormProperty());
        theta.managedProperty().bind(theta.visibleProperty());

        Label rule = BoundControls.data();
        rule.setId("gate-rule");
        rule.getStyleClass().add("formula");
        rule.textProperty().bind(Bindings.createStringBinding(this::ruleText, i18n().bundleProperty(),
                model.w1Property(), model.w2Property(), model.bProperty(), model.thresholdFormProperty()));

        TruthTableView table = new TruthTableView(List.of(
                i18n().binding("ch02.x1"), i18n().binding("ch02.x2"),
                Bindings.createStringBinding(() -> model.thresholdFormProperty().get()
                        ? "w₁x₁ + w₂x₂" : "w₁x₁ + w₂x₂ + b", model.thresholdFormProperty()),
                i18n().binding("ch02.table.output"),
                Bindings.createStringBinding(() -> i18n().text("ch02.table.target", model.targetProperty().get().name()),
                        i18n().bundleProperty(), model.targetProperty()),
                i18n().binding("ch02.table.verdict")));
        table.setId("gate-table");
        Label summary = new Label();
        summary.setId("gate-summary");
        summary.setWrapText(true);
        summary.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        summary.textProperty().bind(Bindings.createStringBinding(this::summaryText, i18n().bundleProperty(),
                model.passCountProperty(), model.targetProperty()));
        Label search = BoundControls.message(i18n(), model.searchResultProperty());
        search.setId("gate-search");

        model.rowsProperty().addListener(obs -> refresh(table));
        model.thresholdFormProperty().addListener(obs -> refresh(table));
        refresh(table);
        plane.setMinSize(260, 260);
        plane.setPrefSize(340, 340);
        plane.hoverTextProperty().set((x1, x2) -> {
            double sum = model.perceptron().weightedSum(x1, x2);
            return String.format(Locale.ROOT, "w·x + b = %.3f → y = %d", sum, sum > 0 ? 1 : 0);
        });

        VBox tableBox = new VBox(10, table, summary, BoundControls.collapseWhenEmpty(search));
        tableBox.setMaxWidth(420);
        FlowPane results = new FlowPane(16, 12, tableBox, plane);
        VBox content = new VBox(10,
                BoundControls.text(i18n(), "ch02.gate-lab.intro"),
                targetRow(), formRow(), w1, w2, b, theta, rule, results);
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private NumberSlider slider(String key, DoubleProperty property, String id) {
        NumberSlider slider = new NumberSlider(i18n(), i18n().binding(key), -1.5, 1.5, -100, 100, 2, property.get())
                .withNameWidth(1.5);
        slider.setId(id);
        slider.valueProperty().bindBidirectional(property);
        return slider;
    }

    private Node targetRow() {
        HBox row = new HBox(6, BoundControls.text(i18n(), "ch02.gate-lab.target"),
                GateKind.buttons(model.targetProperty(), List.of(GateKind.values()), "gate-target-"));
        row.setAlignment(Pos.CENTER_LEFT);
        MenuButton presets = new MenuButton();
        presets.setId("gate-presets");
        presets.textProperty().bind(i18n().binding("ch02.gate-lab.presets"));
        for (GateLabViewModel.Preset preset : GateLabViewModel.PRESETS) {
            MenuItem item = new MenuItem();
            item.setText(presetText(preset));
            item.setOnAction(e -> model.apply(preset));
            presets.getItems().add(item);
        }
        FlowPane actions = new FlowPane(8, 6, presets,
                BoundControls.withTooltip(i18n(), BoundControls.button(i18n(), "ch02.gate-lab.negate", model::negate),
                        "ch02.gate-lab.negate.tooltip"),
                BoundControls.withTooltip(i18n(),
                        BoundControls.button(i18n(), "ch02.gate-lab.random", model::findRandomSolution),
                        "ch02.gate-lab.random.tooltip"));
        actions.getChildren().get(1).setId("gate-negate");
        actions.getChildren().get(2).setId("gate-random");
        return new FlowPane(16, 8, row, actions);
    }

    /** "AND  w = (0.5, 0.5)  θ = 0.7": the numbers of a preset as the book gives them. */
    static String presetText(GateLabViewModel.Preset preset) {
        String weights = preset.gate().name() + "  w = (" + NumberSlider.text(preset.w1()) + ", "
                + NumberSlider.text(preset.w2()) + ")  ";
        return weights + (preset.theta() ? "θ = " + NumberSlider.text(-preset.b()) : "b = " + NumberSlider.text(preset.b()));
    }

    private Node formRow() {
        ToggleGroup group = new ToggleGroup();
        RadioButton bias = new RadioButton();
        bias.textProperty().bind(i18n().binding("ch02.gate-lab.form.bias"));
        bias.setId("gate-form-bias");
        RadioButton threshold = new RadioButton();
        threshold.textProperty().bind(i18n().binding("ch02.gate-lab.form.theta"));
        threshold.setId("gate-form-theta");
        bias.setToggleGroup(group);
        threshold.setToggleGroup(group);
        bias.setSelected(!model.thresholdFormProperty().get());
        threshold.setSelected(model.thresholdFormProperty().get());
        threshold.selectedProperty().bindBidirectional(model.thresholdFormProperty());
        model.thresholdFormProperty().addListener((obs, old, now) -> bias.setSelected(!now));
        HBox row = new HBox(16, bias, threshold);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The firing rule with the current numbers, in the form chosen. */
    private String ruleText() {
        Perceptron p = model.perceptron();
        String weighted = NumberSlider.text(p.w1()) + "·x₁ " + signed(p.w2()) + "·x₂";
        if (model.thresholdFormProperty().get()) {
            return i18n().text("ch02.gate-lab.rule.theta", weighted, NumberSlider.text(-p.b()));
        }
        return i18n().text("ch02.gate-lab.rule.bias", weighted + " " + signed(p.b()));
    }

    /** "+ 0.5" or "− 0.7". */
    static String signed(double value) {
        return (value < 0 || (value == 0 && 1 / value < 0) ? "− " : "+ ") + NumberSlider.text(Math.abs(value));
    }

    private String summaryText() {
        GateKind target = model.targetProperty().get();
        int passing = model.passCountProperty().get();
        if (passing == 4) {
            return i18n().text("ch02.gate-lab.summary.pass", target.name());
        }
        String text = i18n().text("ch02.gate-lab.summary.fail", passing, target.name());
        return target == GateKind.XOR ? text + "\n" + i18n().text("ch02.gate-lab.summary.xor") : text;
    }

    private void refresh(TruthTableView table) {
        boolean theta = model.thresholdFormProperty().get();
        List<GateLabViewModel.Row> rows = model.rows();
        for (int r = 0; r < rows.size(); r++) {
            GateLabViewModel.Row row = rows.get(r);
            double shown = theta ? row.weighted() : row.sum();
            table.setRow(r, row.passes(), Integer.toString(row.x1()), Integer.toString(row.x2()),
                    Double.toString(shown), Integer.toString(row.output()), Integer.toString(row.target()));
        }
        Perceptron p = model.perceptron();
        List<Point> points = new ArrayList<>();
        for (GateLabViewModel.Row row : rows) {
            points.add(new Point(row.x1(), row.x2(), row.target() == 1 ? Marker.TRIANGLE : Marker.CIRCLE,
                    row.passes(), false));
        }
        plane.setContent(halfPlanes(p), List.of(new Boundary(p.w1(), p.w2(), p.b(), FIRES, false, "")), points);
    }

    /** Both sides of a unit's line: output 1 tinted, output 0 grey. */
    static List<Region> halfPlanes(Perceptron p) {
        return List.of(new Region(List.of(new HalfPlane(p.w1(), p.w2(), p.b(), true)), FIRES),
                new Region(List.of(new HalfPlane(p.w1(), p.w2(), p.b(), false)), SILENT));
    }
}
