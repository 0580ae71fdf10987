package dlfs.app.ch06;

import dlfs.app.ch06.LockstepJob.Evaluation;
import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.ch06.OverfittingViewModel.Inside;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.ColorMap;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.HistogramStripView;
import dlfs.app.widgets.ImageGridView;
import dlfs.app.widgets.LineChartView;
import dlfs.app.widgets.LineSeries;
import dlfs.core.layer.Dropout;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.WeightDecay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * 6.4: overfitting on 300 images (Fig 6-20) and what weight decay (Fig 6-21) and dropout (Fig 6-23)
 * change: training and test accuracy per epoch with and without the regularisers, the units the
 * dropout masks switch off, and the spread of the weights.
 */
public final class OverfittingPage extends AbstractPage {
    public static final String ID = "overfitting";

    private final OverfittingViewModel model = new OverfittingViewModel();
    private final SimpleObjectProperty<Message> gaps = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Message> zeros = new SimpleObjectProperty<>();
    private StackPane chartHolder;
    private LineChartView chart;
    private ImageGridView masks;
    private HistogramStripView weights;
    private List<String> shownNames = List.of();

    public OverfittingPage(PageContext context) {
        super(context, Chapter.CH06, ID);
    }

    OverfittingViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(WeightDecay.class, Dropout.class, MultiLayerNetExtend.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(chart);
    }

    @Override
    public void reset() {
        model.run().cancel();
        model.bookSettings();
    }

    @Override
    protected Node createView() {
        var i18n = i18n();
        NumberField size = NumberField.of(i18n, model.trainingSizeProperty(), NumberField.Rule.whole(100, 60_000)).columns(6);
        NumberField epochs = NumberField.of(i18n, model.epochsProperty(), NumberField.Rule.whole(1, 2000)).columns(5);
        NumberField l1 = NumberField.of(i18n, model.l1LambdaProperty(), NumberField.Rule.between(0, 1)).columns(6);
        FlowPane runRow = PanelUi.flow(PanelUi.labelled(i18n, "ch06.overfit.training-size", size),
                PanelUi.labelled(i18n, "ch06.bn.epochs", epochs),
                PanelUi.button(i18n, "ch06.race.book-settings", model::bookSettings));
        FlowPane controls = PanelUi.flow(PanelUi.runControls(i18n, model.run(), () -> model.start(context().training()),
                "overfit").toArray(Node[]::new));
        chartHolder = new StackPane(newChart());
        chartHolder.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.run().snapshot().names().isEmpty(),
                model.run().snapshotProperty()));
        chartHolder.managedProperty().bind(chartHolder.visibleProperty());
        masks = new ImageGridView();
        masks.setPrefSize(480, 320);
        masks.colorMapProperty().set(ColorMap.GREY);
        masks.scaleEachImageProperty().set(false);
        weights = new HistogramStripView();
        weights.setPrefHeight(180);
        VBox maskBox = new VBox(6, PanelUi.heading(i18n, "ch06.overfit.mask-heading"),
                PanelUi.hint(i18n, "ch06.overfit.mask-hint"), masks);
        maskBox.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.insideProperty().get() != null && model.insideProperty().get().keptUnits().length > 0,
                model.insideProperty()));
        maskBox.managedProperty().bind(maskBox.visibleProperty());
        VBox weightBox = new VBox(6, PanelUi.heading(i18n, "ch06.overfit.weights-heading"), weights,
                PanelUi.message(i18n, zeros, "-fx-text-fill: -dlfs-muted;"));
        weightBox.visibleProperty().bind(model.insideProperty().isNotNull());
        weightBox.managedProperty().bind(weightBox.visibleProperty());
        model.run().snapshotProperty().addListener(obs -> showCurves());
        model.insideProperty().addListener(obs -> showInside());
        i18n.bundleProperty().addListener(obs -> {
            shownNames = List.of();
            showCurves();
            showInside();
        });

        return PanelUi.page(
                PanelUi.hint(i18n, "ch06.overfit.setup"),
                runRow,
                regulariser(PanelUi.checkBox(i18n, "ch06.overfit.l2", model.l2Property()),
                        slider(0, 0.5, model.l2LambdaProperty()), model.l2LambdaProperty(), "ch06.overfit.lambda"),
                PanelUi.flow(PanelUi.checkBox(i18n, "ch06.overfit.l1", model.l1Property()),
                        PanelUi.labelled(i18n, "ch06.overfit.lambda", l1)),
                regulariser(PanelUi.checkBox(i18n, "ch06.overfit.dropout", model.dropoutProperty()),
                        slider(0, 0.8, model.dropoutRatioProperty()), model.dropoutRatioProperty(), "ch06.overfit.ratio"),
                PanelUi.hint(i18n, "ch06.overfit.dropout-note"),
                PanelUi.checkBox(i18n, "ch06.overfit.compare", model.compareProperty()),
                controls,
                chartHolder,
                PanelUi.message(i18n, gaps, ""),
                maskBox,
                weightBox);
    }

    private FlowPane regulariser(CheckBox toggle, Slider slider, DoubleProperty value, String captionKey) {
        Label shown = PanelUi.value(Bindings.createStringBinding(() -> Numbers.format(value.get(), 3), value));
        shown.setMinWidth(40);
        return PanelUi.flow(toggle, PanelUi.labelled(i18n(), captionKey, slider), shown);
    }

    private static Slider slider(double min, double max, DoubleProperty property) {
        Slider slider = new Slider(min, max, property.get());
        slider.setPrefWidth(160);
        slider.setBlockIncrement(0.01);
        slider.valueProperty().addListener((obs, old, now) -> property.set(Math.round(now.doubleValue() * 100) / 100.0));
        property.addListener((obs, old, now) -> slider.setValue(now.doubleValue()));
        return slider;
    }

    private LineChartView newChart() {
        chart = new LineChartView();
        chart.setPrefHeight(300);
        chart.xLabelProperty().bind(i18n().binding("ch06.overfit.epochs-axis"));
        chart.yLabelProperty().bind(i18n().binding("ch06.overfit.accuracy-axis"));
        return chart;
    }

    private void showCurves() {
        Snapshot s = model.run().snapshot();
        if (!s.names().equals(shownNames)) {
            shownNames = s.names();
            chartHolder.getChildren().setAll(newChart());
            for (String name : s.names()) {
                chart.addSeries(i18n().binding(Message.of("ch06.overfit.train-of", i18n().text(name))));
                chart.addSeries(i18n().binding(Message.of("ch06.overfit.test-of", i18n().text(name))));
            }
        }
        List<LineSeries> series = chart.series();
        series.forEach(LineSeries::clear);
        int perEpoch = s.evaluations().size() < 2 ? 1 : s.evaluations().get(1).iteration();
        for (Evaluation e : s.evaluations()) {
            for (int c = 0; c < s.names().size(); c++) {
                series.get(2 * c).add(e.iteration() / (double) perEpoch, e.train()[c]);
                series.get(2 * c + 1).add(e.iteration() / (double) perEpoch, e.test()[c]);
            }
        }
        gaps.set(gapMessage(s, perEpoch));
    }

    private Message gapMessage(Snapshot s, int perEpoch) {
        if (s.evaluations().isEmpty()) {
            return null;
        }
        Evaluation last = s.evaluations().get(s.evaluations().size() - 1);
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < s.names().size(); c++) {
            parts.add(i18n().text("ch06.overfit.gap", i18n().text(s.names().get(c)), Numbers.percent(last.train()[c]),
                    Numbers.percent(last.test()[c]), Numbers.percent(last.train()[c] - last.test()[c])));
        }
        return Message.of("ch06.overfit.gaps", last.iteration() / perEpoch, String.join("\n", parts));
    }

    private void showInside() {
        Inside inside = model.insideProperty().get();
        if (inside == null) {
            return;
        }
        List<double[]> layers = new ArrayList<>();
        for (boolean[] kept : inside.keptUnits()) {
            double[] cells = new double[kept.length];
            for (int i = 0; i < kept.length; i++) {
                cells[i] = kept[i] ? 1 : 0;
            }
            layers.add(cells);
        }
        if (!layers.isEmpty()) {
            int side = (int) Math.round(Math.sqrt(layers.get(0).length));
            masks.setImages(layers, side, layers.get(0).length / side);
        }
        List<String> titles = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<String> names = model.run().snapshot().names();
        titles.add(i18n().text(names.isEmpty() ? OverfittingViewModel.REGULARISED : names.get(0)));
        counts.add(inside.regularisedWeights());
        if (names.size() > 1) {
            titles.add(i18n().text(names.get(1)));
            counts.add(inside.baselineWeights());
        }
        weights.setHistograms(titles, counts, -OverfittingViewModel.WEIGHT_RANGE, OverfittingViewModel.WEIGHT_RANGE, -1);
        zeros.set(model.l1Property().get() ? Message.of("ch06.overfit.zero-share",
                Numbers.percent(inside.regularisedZeroShare())) : null);
    }
}
