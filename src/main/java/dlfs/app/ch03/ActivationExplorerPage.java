package dlfs.app.ch03;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.BoundControls;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.CurvePlotView;
import dlfs.app.widgets.CurvePlotView.Curve;
import dlfs.app.widgets.NumberSlider;
import dlfs.core.function.Functions;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Maxout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Chapter 3's activation explorer: any set of activations with their derivatives on one plot, the
 * values at a chosen x, Leaky ReLU's slope and maxout's pieces to play with, and the demonstration
 * that linear layers stacked on each other are still one linear layer.
 */
public final class ActivationExplorerPage extends AbstractPage {
    private static final Map<ActivationKind, Color> COLORS = new EnumMap<>(Map.of(
            ActivationKind.STEP, Color.web("#009E73"),
            ActivationKind.SIGMOID, Color.web("#0072B2"),
            ActivationKind.TANH, Color.web("#CC79A7"),
            ActivationKind.RELU, Color.web("#D55E00"),
            ActivationKind.LEAKY_RELU, Color.web("#E69F00"),
            ActivationKind.HARD_TANH, Color.web("#56B4E9"),
            ActivationKind.MAXOUT, Color.web("#9B59B6"),
            ActivationKind.IDENTITY, Color.web("#8C8C8C")));

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final ActivationExplorerViewModel model = new ActivationExplorerViewModel();
    private final CurvePlotView plot = new CurvePlotView();
    private final CurvePlotView collapsePlot = new CurvePlotView();

    public ActivationExplorerPage(PageContext context) {
        super(context, Chapter.CH03, "activations");
    }

    public ActivationExplorerViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Functions.class, Maxout.class, Affine.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.of(plot);
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    protected Node createView() {
        FlowPane choices = new FlowPane(12, 6);
        for (ActivationKind kind : ActivationKind.values()) {
            CheckBox box = BoundControls.checkBox(i18n(), kind.nameKey());
            box.setId("activation-" + kind.name());
            box.selectedProperty().bindBidirectional(model.selectedProperty(kind));
            box.setTextFill(COLORS.get(kind));
            box.setStyle("-fx-font-weight: bold;");
            choices.getChildren().add(box);
        }
        CheckBox derivatives = BoundControls.checkBox(i18n(), "ch03.activations.derivatives");
        derivatives.setId("activation-derivatives");
        derivatives.selectedProperty().bindBidirectional(model.showDerivativesProperty());

        NumberSlider alpha = bound(new NumberSlider(i18n(), i18n().binding("ch03.activations.alpha"), 0, 0.5, 0, 0.99,
                2, model.alphaProperty().get()), model.alphaProperty(), "activation-alpha");
        GridPane maxout = new GridPane();
        maxout.setHgap(12);
        String[] names = {"w₁", "b₁", "w₂", "b₂"};
        for (int part = 0; part < 4; part++) {
            NumberSlider piece = bound(new NumberSlider(i18n(), new ReadOnlyStringWrapper(names[part]), -2, 2,
                    -100, 100, 2, model.maxoutProperty(part).get()), model.maxoutProperty(part), "maxout-" + part);
            maxout.add(piece.withNameWidth(1.5), part % 2, part / 2);
        }
        FlowPane maxoutShapes = new FlowPane(8, 6, BoundControls.text(i18n(), "ch03.activations.maxout"),
                maxoutButton("ch03.activations.maxout.relu", ActivationKind.RELU),
                maxoutButton("ch03.activations.maxout.leaky", ActivationKind.LEAKY_RELU),
                maxoutButton("ch03.activations.maxout.abs", ActivationKind.MAXOUT));

        NumberSlider from = new NumberSlider(i18n(), i18n().binding("ch03.activations.from"), -10, 0, -100, 100, 1,
                model.fromProperty().get());
        from.setId("activation-from");
        NumberSlider to = new NumberSlider(i18n(), i18n().binding("ch03.activations.to"), 0, 10, -100, 100, 1,
                model.toProperty().get());
        to.setId("activation-to");
        Runnable applyRange = () -> {
            if (model.setRange(from.getValue(), to.getValue())) {
                plot.setXRange(model.fromProperty().get(), model.toProperty().get());
            }
        };
        from.valueProperty().addListener(obs -> applyRange.run());
        to.valueProperty().addListener(obs -> applyRange.run());
        model.fromProperty().addListener(obs -> from.setValue(model.fromProperty().get()));
        model.toProperty().addListener(obs -> to.setValue(model.toProperty().get()));
        Label rangeError = BoundControls.message(i18n(), model.rangeErrorProperty());
        rangeError.setStyle("-fx-text-fill: #d55e00;");
        NumberSlider probe = bound(new NumberSlider(i18n(), i18n().binding("ch03.activations.probe"), -5, 5,
                -1e6, 1e6, 1, model.probeProperty().get()), model.probeProperty(), "activation-probe");

        plot.setId("activation-plot");
        plot.setMinSize(300, 240);
        plot.setPrefSize(540, 340);
        plot.xLabelProperty().set("x");
        plot.yLabelProperty().set("h(x), h′(x)");
        plot.markedXProperty().bind(model.probeProperty());
        GridPane readings = new GridPane();
        readings.setId("activation-readings");
        readings.setHgap(18);
        readings.setVgap(2);

        Runnable refresh = () -> {
            plot.setCurves(curves());
            fillReadings(readings);
        };
        List<Observable> inputs = new ArrayList<>(List.of(model.showDerivativesProperty(), model.settingsProperty(),
                model.probeProperty(), i18n().bundleProperty()));
        for (ActivationKind kind : ActivationKind.values()) {
            inputs.add(model.selectedProperty(kind));
        }
        inputs.forEach(input -> input.addListener(obs -> refresh.run()));
        refresh.run();

        VBox content = new VBox(10,
                BoundControls.text(i18n(), "ch03.activations.intro"),
                choices, derivatives, plot, probe, readings,
                new FlowPane(16, 4, from, to), BoundControls.collapseWhenEmpty(rangeError),
                alpha, maxoutShapes, maxout,
                BoundControls.heading(i18n(), "ch03.collapse.heading"),
                BoundControls.text(i18n(), "ch03.collapse.intro"),
                collapseSection());
        from.setPrefWidth(260);
        to.setPrefWidth(260);
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Button maxoutButton(String key, ActivationKind shape) {
        Button button = BoundControls.button(i18n(), key, () -> model.maxoutAs(shape));
        button.setId("maxout-as-" + shape.name());
        return button;
    }

    private static NumberSlider bound(NumberSlider slider, DoubleProperty property, String id) {
        slider.valueProperty().bindBidirectional(property);
        slider.setId(id);
        return slider;
    }

    private List<Curve> curves() {
        List<Curve> curves = new ArrayList<>();
        for (ActivationKind kind : model.selectedKinds()) {
            String name = i18n().text(kind.nameKey());
            curves.add(new Curve(name, x -> model.value(kind, x), COLORS.get(kind), kind == ActivationKind.STEP));
        }
        if (model.showDerivativesProperty().get()) {
            for (ActivationKind kind : model.selectedKinds()) {
                String name = i18n().text(kind.nameKey()) + "′";
                curves.add(new Curve(name, x -> model.derivative(kind, x), COLORS.get(kind).deriveColor(0, 1, 0.8, 0.9),
                        true));
            }
        }
        return curves;
    }

    /** The values at the probed x at full precision, as the book prints them (0.7310585786300049). */
    private void fillReadings(GridPane readings) {
        readings.getChildren().clear();
        double x = model.probeProperty().get();
        readings.add(BoundControls.text(i18n(), "ch03.activations.function"), 0, 0);
        Label fx = BoundControls.data();
        fx.setText(String.format("h(%s)", NumberSlider.text(x)));
        Label dfx = BoundControls.data();
        dfx.setText(String.format("h′(%s)", NumberSlider.text(x)));
        readings.add(fx, 1, 0);
        readings.add(dfx, 2, 0);
        int row = 1;
        for (ActivationKind kind : model.selectedKinds()) {
            Label name = BoundControls.text(i18n(), kind.nameKey());
            name.setTextFill(COLORS.get(kind));
            Label value = BoundControls.cell();
            value.setId("reading-" + kind.name());
            value.setText(Double.toString(model.value(kind, x)));
            Label slope = BoundControls.cell();
            slope.setId("reading-slope-" + kind.name());
            slope.setText(Double.toString(model.derivative(kind, x)));
            readings.addRow(row++, name, value, slope);
        }
    }

    private Node collapseSection() {
        NumberSlider c = bound(new NumberSlider(i18n(), i18n().binding("ch03.collapse.c"), -2, 2, -10, 10, 2,
                model.cProperty().get()), model.cProperty(), "collapse-c");
        NumberSlider depth = new NumberSlider(i18n(), i18n().binding("ch03.collapse.depth"), 1, 6, 1, 6, 0,
                model.depthProperty().get());
        depth.setId("collapse-depth");
        depth.valueProperty().addListener((obs, old, now) -> model.depthProperty().set((int) Math.round(now.doubleValue())));
        model.depthProperty().addListener((obs, old, now) -> depth.setValue(now.intValue()));
        CheckBox sigmoid = BoundControls.checkBox(i18n(), "ch03.collapse.sigmoid");
        sigmoid.setId("collapse-sigmoid");
        sigmoid.selectedProperty().bindBidirectional(model.sigmoidBetweenProperty());
        Label verdict = BoundControls.data();
        verdict.setId("collapse-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("formula");

        collapsePlot.setId("collapse-plot");
        collapsePlot.setMinSize(300, 220);
        collapsePlot.setPrefSize(540, 280);
        collapsePlot.setXRange(-3, 3);
        collapsePlot.xLabelProperty().set("x");
        Runnable refresh = () -> {
            int n = model.depthProperty().get();
            String stackName = "h(".repeat(n) + "x" + ")".repeat(n);
            String collapsedName = NumberSlider.text(round(model.collapsedWeight())) + "·x";
            collapsePlot.setCurves(List.of(
                    new Curve(stackName, model::stacked, COLORS.get(ActivationKind.SIGMOID), false),
                    new Curve(collapsedName, model::collapsed, COLORS.get(ActivationKind.RELU), true)));
            String key = model.sigmoidBetweenProperty().get() ? "ch03.collapse.nonlinear" : "ch03.collapse.linear";
            verdict.setText(i18n().text(key, stackName, NumberSlider.text(model.cProperty().get()), n,
                    NumberSlider.text(round(model.collapsedWeight())), SUPERSCRIPTS.charAt(n)));
        };
        model.stackProperty().addListener(obs -> refresh.run());
        i18n().bundleProperty().addListener(obs -> refresh.run());
        refresh.run();
        HBox options = new HBox(16, sigmoid);
        options.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, c, depth, options, collapsePlot, verdict);
    }

    /** Powers of a two-decimal c carry floating-point noise in the last digits; the label shows 12 digits. */
    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.12g", value));
    }
}
