package dlfs.app.ch04;

import dlfs.app.ch04.TwoLayerNetTrainingJob.GradientMode;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.ModelFiles;
import dlfs.app.page.PageContext;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.FunctionPlotView;
import dlfs.app.widgets.LegendCorner;
import dlfs.app.widgets.LineChartView;
import dlfs.app.widgets.LineSeries;
import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import dlfs.core.gradient.NumericalGradientNetwork;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.train.DivergenceGuard;
import dlfs.core.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * 4.5 Training lab: the book's TwoLayerNet learning MNIST by SGD in the shared training service,
 * with every hyper-parameter editable and checked, numerical or backprop gradients, the live
 * mini-batch loss (all of it, or the first 1,000 iterations as in Fig. 4-11), train and test
 * accuracy per epoch (Fig. 4-12) and the book's log line. The run goes on while other pages are
 * open; the result can be saved as a model file and the loss curve exported.
 */
public final class TrainingLabPage extends AbstractPage {
    public static final String ID = "training-lab";
    /** Fig. 4-11's right half shows the first 1,000 iterations. */
    static final int ZOOMED_ITERATIONS = 1_000;

    private final TrainingLabViewModel model;
    private LineChartView lossChart;
    private CheckBox zoom;
    private LineSeries lossSeries;
    private FunctionPlotView accuracyPlot;
    private int lossesShown;
    /** A run ended since the network was last opened or saved. */
    private boolean unsaved;

    public TrainingLabPage(PageContext context) {
        super(context, Chapter.CH04, ID);
        model = new TrainingLabViewModel(context.training(), id -> DatasetLocator.standard(null).locate(id));
        model.runningProperty().addListener((obs, was, running) -> unsaved |= !running);
    }

    TrainingLabViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(TwoLayerNet.class, Trainer.class, NumericalGradientNetwork.class, DivergenceGuard.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(lossChart);
    }

    /** Besides the page texts, the data-set and gradient-mode names, whose keys are built from their ids. */
    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of(titleKey(), navigatorTitleKey(), explanationKey(), formulasKey()));
        for (DatasetId id : DatasetId.values()) {
            keys.add(datasetKey(id));
        }
        for (GradientMode m : GradientMode.values()) {
            keys.add(modeKey(m));
        }
        return keys;
    }

    private static String datasetKey(DatasetId id) {
        return "ch04.training.dataset." + id.folder();
    }

    private static String modeKey(GradientMode mode) {
        return "ch04.training.mode." + mode.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<ModelFiles> modelFiles() {
        return Optional.of(new ModelFiles() {
            @Override
            public void open(Path file) throws IOException {
                if (model.runningProperty().get()) {
                    throw new IOException(i18n().text("ch04.training.busy"));
                }
                model.open(file);
                unsaved = false;
            }

            @Override
            public void save(Path file) throws IOException {
                if (model.runningProperty().get() || model.networkProperty().get() == null) {
                    throw new IOException(i18n().text("ch04.training.nothingToSave"));
                }
                model.save(file);
                unsaved = false;
            }

            @Override
            public boolean hasUnsavedModel() {
                return unsaved && !model.runningProperty().get() && model.networkProperty().get() != null;
            }
        });
    }

    @Override
    public void reset() {
        if (!model.runningProperty().get()) {
            model.useBookSettings();
        }
    }

    @Override
    protected Node createView() {
        return PanelParts.panel(
                PanelParts.heading(i18n(), "ch04.training.settings"),
                settings(),
                presets(),
                cost(),
                controls(),
                PanelParts.message(i18n(), model.statusProperty(), "ch04-status", "training-status"),
                PanelParts.heading(i18n(), "ch04.training.lossHeading"),
                zoom(),
                lossChart(),
                PanelParts.heading(i18n(), "ch04.training.accuracyHeading"),
                accuracyChart(),
                log(),
                PanelParts.hint(i18n(), "ch04.training.saveHint"));
    }

    private Node settings() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("ch04-table");
        int row = 0;
        grid.addRow(row++, PanelParts.text(i18n(), "ch04.training.dataset"), datasetChoice());
        grid.addRow(row++, PanelParts.text(i18n(), "ch04.training.gradient"), modeChoice());
        Object[][] fields = {
            {"ch04.training.hidden", model.hidden(), "training-hidden"},
            {"ch04.training.learningRate", model.learningRate(), "training-lr"},
            {"ch04.training.batch", model.batch(), "training-batch"},
            {"ch04.training.iterations", model.iterations(), "training-iterations"},
            {"ch04.training.weightStd", model.weightStd(), "training-std"},
            {"ch04.training.images", model.trainImages(), "training-images"},
            {"ch04.training.seed", model.seed(), "training-seed"},
        };
        for (Object[] f : fields) {
            NumberInput input = (NumberInput) f[1];
            String id = (String) f[2];
            var field = PanelParts.field(input, id, 8);
            field.disableProperty().bind(model.runningProperty());
            grid.addRow(row++, PanelParts.text(i18n(), (String) f[0]), field,
                    PanelParts.fieldError(i18n(), input, id + "-error"));
        }
        CheckBox continuing = new CheckBox();
        continuing.setId("training-continue");
        continuing.textProperty().bind(i18n().binding("ch04.training.continue"));
        continuing.selectedProperty().bindBidirectional(model.continueTrainingProperty());
        continuing.disableProperty().bind(model.networkProperty().isNull().or(model.runningProperty()));
        grid.add(continuing, 0, row, 3, 1);
        return grid;
    }

    private Node datasetChoice() {
        ChoiceBox<DatasetId> choice = new ChoiceBox<>();
        choice.setId("training-dataset");
        choice.getItems().setAll(model.datasets());
        choice.setValue(model.datasetProperty().get());
        Runnable converter = () -> choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(DatasetId id) {
                return id == null ? "" : i18n().text(datasetKey(id), id.trainCount(), id.testCount());
            }

            @Override
            public DatasetId fromString(String text) {
                return null;
            }
        });
        converter.run();
        i18n().bundleProperty().addListener(obs -> converter.run());
        choice.valueProperty().bindBidirectional(model.datasetProperty());
        choice.disableProperty().bind(model.runningProperty());
        return choice;
    }

    private Node modeChoice() {
        FlowPane row = PanelParts.choices(i18n(), GradientMode.values(), TrainingLabPage::modeKey, "training-mode-",
                model.modeProperty());
        row.disableProperty().bind(model.runningProperty());
        return row;
    }

    private Node presets() {
        Button book = PanelParts.button(i18n(), "ch04.training.preset.book", "training-preset-book",
                model::useBookSettings);
        Button quick = PanelParts.button(i18n(), "ch04.training.preset.quick", "training-preset-quick",
                model::useQuickSettings);
        Button numerical = PanelParts.button(i18n(), "ch04.training.preset.numerical", "training-preset-numerical",
                model::useNumericalSettings);
        Button overfitting = PanelParts.button(i18n(), "ch04.training.preset.overfit", "training-preset-overfit",
                model::useOverfittingSettings);
        Button exploding = PanelParts.button(i18n(), "ch04.training.preset.exploding", "training-preset-exploding",
                model::useExplodingSettings);
        FlowPane row = new FlowPane(8, 6, book, quick, overfitting, numerical, exploding);
        row.getChildren().forEach(b -> b.disableProperty().bind(model.runningProperty()));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The cost of the run; a warning with numerical gradients. */
    private Node cost() {
        Label cost = PanelParts.message(i18n(), model.costProperty(), "ch04-hint", "training-cost");
        Runnable style = () -> {
            boolean numerical = model.modeProperty().get() == GradientMode.NUMERICAL;
            cost.getStyleClass().removeAll("ch04-hint", "ch04-warning");
            cost.getStyleClass().add(numerical ? "ch04-warning" : "ch04-hint");
        };
        model.modeProperty().addListener(obs -> style.run());
        style.run();
        return cost;
    }

    private Node controls() {
        Button start = PanelParts.button(i18n(), "ch04.training.start", "training-start", model::start);
        start.disableProperty().bind(model.runningProperty());
        Button pause = PanelParts.button(i18n(), "ch04.training.pause", "training-pause", model::pauseOrResume);
        Button step = PanelParts.button(i18n(), "ch04.training.step", "training-step", model::step);
        Button cancel = PanelParts.button(i18n(), "ch04.training.cancel", "training-cancel", model::cancel);
        Button nan = PanelParts.button(i18n(), "ch04.training.simulateNaN", "training-nan", model::simulateNaN);
        for (Button b : List.of(pause, step, cancel, nan)) {
            b.disableProperty().bind(model.runningProperty().not());
        }
        ChangeListener<JobState> stateListener = (obs, old, now) -> pause.textProperty().bind(
                i18n().binding(now == JobState.PAUSED ? "ch04.training.resume" : "ch04.training.pause"));
        model.jobProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.stateProperty().removeListener(stateListener);
            }
            if (now != null) {
                now.stateProperty().addListener(stateListener);
                stateListener.changed(now.stateProperty(), null, now.getState());
            }
        });
        FlowPane row = new FlowPane(8, 6, start, pause, step, cancel, nan);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node zoom() {
        zoom = new CheckBox();
        zoom.setId("training-zoom");
        zoom.textProperty().bind(i18n().binding("ch04.training.zoom"));
        zoom.selectedProperty().addListener(obs -> redrawLosses());
        return zoom;
    }

    private Node lossChart() {
        lossChart = new LineChartView();
        lossChart.setId("training-loss-chart");
        lossChart.setPrefHeight(260);
        lossChart.xLabelProperty().bind(i18n().binding("ch04.training.iteration"));
        lossChart.yLabelProperty().bind(i18n().binding("ch04.training.loss"));
        lossSeries = lossChart.addSeries(i18n().binding("ch04.training.lossSeries"));
        model.recordedProperty().addListener(obs -> showRecords());
        return lossChart;
    }

    /** Fig. 4-12: accuracy 0 to 1 against epochs, train solid and test dashed. */
    private Node accuracyChart() {
        accuracyPlot = new FunctionPlotView();
        accuracyPlot.setId("training-accuracy-chart");
        accuracyPlot.setPrefHeight(240);
        accuracyPlot.setRange(0, 1, 0, 1);
        accuracyPlot.legendCornerProperty().set(LegendCorner.BOTTOM_RIGHT);
        accuracyPlot.xLabelProperty().bind(i18n().binding("ch04.training.epochs"));
        accuracyPlot.yLabelProperty().bind(i18n().binding("ch04.training.accuracy"));
        i18n().bundleProperty().addListener(obs -> showAccuracies());
        showAccuracies();
        return accuracyPlot;
    }

    private void showAccuracies() {
        List<double[]> accuracies = model.accuracies();
        int n = accuracies.size();
        double[] epochs = new double[n];
        double[] train = new double[n];
        double[] test = new double[n];
        for (int i = 0; i < n; i++) {
            epochs[i] = accuracies.get(i)[0];
            train[i] = accuracies.get(i)[1];
            test[i] = accuracies.get(i)[2];
        }
        accuracyPlot.setRange(0, Math.max(1, n - 1), 0, 1);
        accuracyPlot.setItems(List.of(
                new FunctionPlotView.Polyline(i18n().text("ch04.training.trainAccuracy"), epochs, train, 0, false),
                new FunctionPlotView.Polyline(i18n().text("ch04.training.testAccuracy"), epochs, test, 1, true)));
    }

    private Node log() {
        ListView<String> lines = new ListView<>(model.log());
        lines.setId("training-log");
        lines.getStyleClass().addAll("content-text", "ch04-log");
        lines.setPrefHeight(130);
        model.log().addListener((ListChangeListener<String>) change -> {
            if (!model.log().isEmpty()) {
                lines.scrollTo(model.log().size() - 1);
            }
        });
        Label title = PanelParts.text(i18n(), "ch04.training.logTitle");
        return new VBox(4, title, lines);
    }

    /** Appends the losses that arrived since the last call (or starts over after a new start) and redraws the accuracies. */
    private void showRecords() {
        double[] losses = model.losses();
        if (losses.length < lossesShown) {
            lossSeries.clear();
            lossesShown = 0;
        }
        int limit = zoom.isSelected() ? Math.min(losses.length, ZOOMED_ITERATIONS) : losses.length;
        for (int i = lossesShown; i < limit; i++) {
            lossSeries.add(i, losses[i]);
        }
        lossesShown = Math.max(lossesShown, limit);
        showAccuracies();
    }

    private void redrawLosses() {
        lossSeries.clear();
        lossesShown = 0;
        showRecords();
    }

    /** The run of this lab in the service, or null before the first. */
    JobHandle job() {
        return model.jobProperty().get();
    }
}
