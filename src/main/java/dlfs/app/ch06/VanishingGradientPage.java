package dlfs.app.ch06;

import dlfs.app.ch06.VanishingGradientViewModel.Measurement;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.LogBarChartView;
import dlfs.app.widgets.LineChartView;
import dlfs.app.widgets.LineSeries;
import dlfs.core.layer.Activation;
import dlfs.core.layer.BatchNormalization;
import dlfs.core.layer.Sigmoid;
import dlfs.core.network.GradientMagnitudes;
import dlfs.core.network.MultiLayerNetExtend;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Vanishing gradients: the mean |∂L/∂W| of every layer of a deep network on a log scale, with and
 * without Batch Normalization, for the chosen activation and initial weights, before training and
 * while both networks learn.
 */
public final class VanishingGradientPage extends AbstractPage {
    public static final String ID = "vanishing-gradients";

    private VanishingGradientViewModel model;
    private LogBarChartView bars;
    private LineChartView history;
    private Label when;
    private Label ratios;

    public VanishingGradientPage(PageContext context) {
        super(context, Chapter.CH06, ID);
        Chapter6Data.preload();
    }

    VanishingGradientViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(GradientMagnitudes.class, Sigmoid.class, BatchNormalization.class, MultiLayerNetExtend.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        keys.addAll(InitControls.textKeys());
        return keys;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(bars);
    }

    @Override
    public void reset() {
        if (model == null) {
            return;
        }
        model.run().cancel();
        model.activationProperty().set(Activation.SIGMOID);
        model.initProperty().set(InitChoice.XAVIER);
        model.depthProperty().set(10);
    }

    @Override
    protected Node createView() {
        var i18n = i18n();
        model = new VanishingGradientViewModel(LatestComputation.inBackground());
        bars = new LogBarChartView();
        history = new LineChartView();
        when = new Label();
        ratios = new Label();
        List<HBox> choices = InitControls.create(i18n, model.activationProperty(), model.initProperty(),
                model.customStdProperty(), "vanishing");
        NumberField depth = NumberField.of(i18n, model.depthProperty(),
                NumberField.Rule.whole(1, VanishingGradientViewModel.MAX_DEPTH)).columns(3);
        NumberField eta = NumberField.of(i18n, model.learningRateProperty(), NumberField.Rule.positive(10)).columns(5);
        NumberField iterations = NumberField.of(i18n, model.iterationsProperty(), NumberField.Rule.whole(1, 100_000)).columns(6);

        bars.yLabelProperty().bind(i18n.binding("ch06.vanishing.axis"));
        bars.setPrefHeight(280);
        when.getStyleClass().add("content-text");
        ratios.getStyleClass().add("content-text");
        ratios.setId("vanishing-ratios");
        ratios.setWrapText(true);
        history.setPrefHeight(240);
        history.logYProperty().set(true);
        history.xLabelProperty().bind(i18n.binding("ch06.race.iterations-axis"));
        history.yLabelProperty().bind(i18n.binding("ch06.vanishing.axis"));
        for (String key : List.of("ch06.vanishing.first-without", "ch06.vanishing.last-without",
                "ch06.vanishing.first-with", "ch06.vanishing.last-with")) {
            history.addSeries(i18n.binding(key));
        }
        history.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.run().snapshot().names().isEmpty(),
                model.run().snapshotProperty()));
        history.managedProperty().bind(history.visibleProperty());
        model.measurementProperty().addListener(obs -> show());
        i18n.bundleProperty().addListener(obs -> show());
        show();
        LossRaceView losses = new LossRaceView(i18n, model.run(), "vanishing", "ch06.result.network");
        FlowPane runRow = PanelUi.flow(PanelUi.labelled(i18n, "ch06.table.learning-rate", eta),
                PanelUi.labelled(i18n, "ch06.race.iterations", iterations));
        runRow.getChildren().addAll(PanelUi.runControls(i18n, model.run(), () -> model.start(context().training()),
                "vanishing"));

        return PanelUi.page(
                PanelUi.flow(choices.toArray(Node[]::new)),
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.vanishing.depth", depth)),
                PanelUi.hint(i18n, "ch06.vanishing.setup"),
                bars, when, ratios,
                PanelUi.message(i18n, model.problemProperty(), PanelUi.WARNING_STYLE),
                PanelUi.heading(i18n, "ch06.vanishing.train-heading"),
                runRow,
                history,
                losses);
    }

    private void show() {
        var i18n = i18n();
        Measurement m = model.measurementProperty().get();
        if (m == null) {
            when.setText(i18n.text("ch06.vanishing.measuring"));
            return;
        }
        List<String> layers = new ArrayList<>();
        for (int i = 1; i <= m.withoutBatchNorm().length; i++) {
            layers.add("W" + i);
        }
        bars.setData(layers, List.of(
                new LogBarChartView.Series(i18n.text(VanishingGradientViewModel.WITHOUT_BN), m.withoutBatchNorm()),
                new LogBarChartView.Series(i18n.text(VanishingGradientViewModel.WITH_BN), m.withBatchNorm())));
        when.setText(m.iteration() == 0 ? i18n.text("ch06.vanishing.untrained")
                : i18n.text("ch06.vanishing.after", m.iteration()));
        ratios.setText(i18n.text("ch06.vanishing.ratio", Numbers.format(ratio(m.withoutBatchNorm()), 3),
                Numbers.format(ratio(m.withBatchNorm()), 3)));
        List<LineSeries> series = history.series();
        series.forEach(LineSeries::clear);
        for (Measurement past : model.history()) {
            double[] without = past.withoutBatchNorm();
            double[] with = past.withBatchNorm();
            series.get(0).add(past.iteration(), without[0]);
            series.get(1).add(past.iteration(), without[without.length - 1]);
            series.get(2).add(past.iteration(), with[0]);
            series.get(3).add(past.iteration(), with[with.length - 1]);
        }
    }

    /** First layer's gradient over the last layer's. */
    private static double ratio(double[] layers) {
        return layers[0] / layers[layers.length - 1];
    }
}
