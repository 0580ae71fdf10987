package dlfs.app.ch06;

import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.HistogramStripView;
import dlfs.core.init.Symmetry;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Activation;
import dlfs.core.network.ActivationExperiment.LayerActivations;
import dlfs.core.network.ActivationExperiment;
import dlfs.core.network.ForwardTrace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * 6.2: the activations of 5 layers of 100 units for 1,000 random inputs, as one histogram per layer
 * (Figs 6-10 … 6-14) with each layer's mean and spread, for sigmoid, tanh or ReLU and the book's
 * initial weights; then the same choices trained on MNIST (Fig 6-15).
 */
public final class WeightInitPage extends AbstractPage {
    public static final String ID = "weight-init";

    private WeightInitViewModel model;
    private HistogramStripView histograms;
    private GridPane table;
    private final SimpleObjectProperty<Message> symmetryNote = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Message> trainedSymmetry = new SimpleObjectProperty<>();

    public WeightInitPage(PageContext context) {
        super(context, Chapter.CH06, ID);
    }

    WeightInitViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(ActivationExperiment.class, WeightInit.class, ForwardTrace.class, Symmetry.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        keys.addAll(InitControls.textKeys());
        return keys;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(histograms);
    }

    @Override
    public void reset() {
        if (model == null) {
            return;
        }
        model.run().cancel();
        model.activationProperty().set(Activation.SIGMOID);
        model.initProperty().set(InitChoice.STD_1);
        model.layersProperty().set(ActivationExperiment.BOOK_LAYERS);
        model.nodesProperty().set(ActivationExperiment.BOOK_NODES);
        model.samplesProperty().set(ActivationExperiment.BOOK_SAMPLES);
        model.iterationsProperty().set(WeightInitViewModel.BOOK_ITERATIONS);
    }

    @Override
    protected Node createView() {
        var i18n = i18n();
        model = new WeightInitViewModel(LatestComputation.inBackground());
        histograms = new HistogramStripView();
        table = new GridPane();
        List<HBox> choices = InitControls.create(i18n, model.activationProperty(), model.initProperty(),
                model.customStdProperty(), "init");
        NumberField layers = NumberField.of(i18n, model.layersProperty(), NumberField.Rule.whole(1, WeightInitViewModel.MAX_LAYERS)).columns(3);
        NumberField nodes = NumberField.of(i18n, model.nodesProperty(), NumberField.Rule.whole(1, WeightInitViewModel.MAX_NODES)).columns(4);
        NumberField samples = NumberField.of(i18n, model.samplesProperty(), NumberField.Rule.whole(1, WeightInitViewModel.MAX_SAMPLES)).columns(5);
        Button redraw = PanelUi.button(i18n, "ch06.init.redraw", model::redraw);

        histograms.setPrefHeight(200);
        table.setHgap(16);
        table.setVgap(2);
        table.setId("init-table");
        model.resultProperty().addListener(obs -> show());
        i18n.bundleProperty().addListener(obs -> show());
        show();

        NumberField iterations = NumberField.of(i18n, model.iterationsProperty(), NumberField.Rule.whole(1, 100_000)).columns(6);
        LossRaceView race = new LossRaceView(i18n, model.run(), "init", "ch06.result.init");
        FlowPane runRow = PanelUi.flow(PanelUi.labelled(i18n, "ch06.race.iterations", iterations));
        runRow.getChildren().addAll(PanelUi.runControls(i18n, model.run(),
                () -> model.startComparison(context().training()), "init"));
        model.unitSpreadsProperty().addListener(obs -> showTrainedSymmetry());

        return PanelUi.page(
                PanelUi.flow(choices.toArray(Node[]::new)),
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.init.layers", layers),
                        PanelUi.labelled(i18n, "ch06.init.nodes", nodes),
                        PanelUi.labelled(i18n, "ch06.init.samples", samples), redraw),
                PanelUi.hint(i18n, "ch06.init.setup"),
                histograms,
                PanelUi.message(i18n, symmetryNote, PanelUi.WARNING_STYLE),
                PanelUi.message(i18n, model.problemProperty(), PanelUi.WARNING_STYLE),
                table,
                PanelUi.heading(i18n, "ch06.init.train-heading"),
                PanelUi.hint(i18n, "ch06.init.train-setup"),
                runRow,
                race,
                PanelUi.message(i18n, trainedSymmetry, "-fx-text-fill: -dlfs-muted;"));
    }

    private void show() {
        var i18n = i18n();
        WeightInitViewModel.Result result = model.resultProperty().get();
        List<LayerActivations> layers = result.layers();
        List<String> titles = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        for (LayerActivations layer : layers) {
            titles.add(i18n.text("ch06.init.layer", layer.layer()));
            counts.add(layer.histogram(ActivationExperiment.BOOK_BINS, result.histogramFrom(), 1));
        }
        histograms.setHistograms(titles, counts, result.histogramFrom(), 1, result.clippedBin());
        table.getChildren().clear();
        boolean footnote = result.isFootnoteSetting();
        List<String> headers = new ArrayList<>(List.of("ch06.init.column.layer", "ch06.init.column.mean",
                "ch06.init.column.std", "ch06.init.column.spread"));
        if (footnote) {
            headers.add("ch06.init.column.book");
        }
        for (int c = 0; c < headers.size(); c++) {
            table.add(PanelUi.columnHeader(i18n, headers.get(c)), c, 0);
        }
        boolean identical = !layers.isEmpty();
        for (LayerActivations layer : layers) {
            int row = layer.layer();
            table.add(PanelUi.data(Integer.toString(row), null), 0, row);
            table.add(PanelUi.data(Numbers.format(layer.mean(), 4), "init-mean-" + row), 1, row);
            table.add(PanelUi.data(Numbers.format(layer.std(), 4), "init-std-" + row), 2, row);
            table.add(PanelUi.data(Numbers.format(layer.unitSpread(), 3), "init-spread-" + row), 3, row);
            if (footnote && row <= WeightInitViewModel.BOOK_RELU_MEANS.length) {
                table.add(PanelUi.data(Numbers.format(WeightInitViewModel.BOOK_RELU_MEANS[row - 1]), "init-book-" + row), 4, row);
            }
            identical &= layer.unitsIdentical();
        }
        symmetryNote.set(identical ? Message.of("ch06.init.identical-units") : null);
    }

    private void showTrainedSymmetry() {
        double[] spreads = model.unitSpreadsProperty().get();
        boolean identical = spreads != null && Arrays.stream(spreads).anyMatch(spread -> spread == 0);
        trainedSymmetry.set(identical ? Message.of("ch06.init.still-identical") : null);
    }
}
