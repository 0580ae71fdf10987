package dlfs.app.ch08;

import static dlfs.app.ch07.PanelControls.data;
import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.note;
import static dlfs.app.ch07.PanelControls.text;

import dlfs.app.ch07.BackgroundTasks;
import dlfs.app.ch07.DatasetCache;
import dlfs.app.ch07.LayerSummary;
import dlfs.app.ch07.NetworkTrainingJob;
import dlfs.app.ch07.PanelControls;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.core.data.DatasetId;
import dlfs.core.data.ImageDataset;
import dlfs.core.io.BundledModels;
import dlfs.core.network.Network;
import dlfs.core.precision.HalfPrecision;
import dlfs.core.precision.Precision;
import dlfs.core.precision.ReducedPrecisionNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * 8.3.4 Precision lab: a trained network in double precision against float32 and float16 weights,
 * inputs and activations, on a whole test set; and a converter showing what each format keeps of a
 * number.
 */
public final class PrecisionLabPage extends AbstractPage {
    public static final String ID = "precision";

    private final PrecisionLabViewModel model;
    private final DeepConvNetViewModel deep;
    private final ObjectProperty<Message> sourceProblem = new SimpleObjectProperty<>(this, "sourceProblem");
    private final List<BundledModels.Loaded> pretrained = new ArrayList<>();
    private GridPane results;

    public PrecisionLabPage(PageContext context, PrecisionLabViewModel model, DeepConvNetViewModel deep) {
        super(context, Chapter.CH08, ID);
        this.model = model;
        this.deep = deep;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(HalfPrecision.class, Precision.class, ReducedPrecisionNetwork.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        PrecisionComparisonJob.SETTINGS.forEach(s -> keys.add(settingKey(s)));
        for (Precision p : Precision.values()) {
            keys.add(precisionKey(p));
        }
        return keys;
    }

    private static String settingKey(PrecisionComparisonJob.Setting setting) {
        return "ch08.precision.setting." + setting.key();
    }

    private static String precisionKey(Precision p) {
        return "ch08.precision.format." + p.name().toLowerCase(Locale.ROOT);
    }

    @Override
    protected Node createView() {
        Button fromDeep = PanelControls.button(i18n(), "ch08.precision.useDeep", this::useDeepConvNet);
        fromDeep.disableProperty().bind(deep.networkProperty().isNull().or(model.monitor().busyProperty())
                .or(deep.monitor().busyProperty()));
        Button deepPretrained = PanelControls.button(i18n(), "ch08.precision.useDeepPretrained",
                () -> usePretrained(BundledModels.DEEP_CONVNET));
        Button simplePretrained = PanelControls.button(i18n(), "ch08.precision.useSimplePretrained",
                () -> usePretrained(BundledModels.SIMPLE_CONVNET));
        deepPretrained.setDisable(true);
        simplePretrained.setDisable(true);
        Button quick = PanelControls.button(i18n(), "ch08.precision.quickTrain", this::quickTrain);
        quick.setId("precision-quick");
        quick.disableProperty().bind(model.monitor().busyProperty());
        Button stop = PanelControls.button(i18n(), "ch07.train.stop", () -> model.monitor().cancel());
        stop.disableProperty().bind(model.monitor().busyProperty().not());
        BackgroundTasks.load(() -> {
            List<BundledModels.Loaded> found = new ArrayList<>();
            for (String file : List.of(BundledModels.DEEP_CONVNET, BundledModels.SIMPLE_CONVNET)) {
                BundledModels.load(file).ifPresent(found::add);
            }
            return found;
        }, found -> {
            pretrained.addAll(found);
            deepPretrained.setDisable(find(BundledModels.DEEP_CONVNET).isEmpty());
            simplePretrained.setDisable(find(BundledModels.SIMPLE_CONVNET).isEmpty());
            if (found.isEmpty()) {
                sourceProblem.set(Message.of("ch08.precision.noPretrained"));
            }
        }, error -> sourceProblem.set(Message.of("ch07.filters.pretrainedFailed", error.getMessage())));

        results = new GridPane();
        results.setId("precision-results");
        results.setHgap(14);
        results.setVgap(4);
        model.rowsProperty().addListener(obs -> showRows());
        i18n().bundleProperty().addListener(obs -> showRows());
        showRows();

        TextField typed = new TextField();
        typed.setId("precision-typed");
        typed.setPrefColumnCount(14);
        typed.textProperty().bindBidirectional(model.typedProperty());
        GridPane conversions = new GridPane();
        conversions.setHgap(14);
        conversions.setVgap(4);
        Runnable showConversions = () -> {
            conversions.getChildren().clear();
            List<PrecisionLabViewModel.Conversion> list = model.conversionsProperty().get();
            if (list == null) {
                return;
            }
            conversions.addRow(0, text(i18n(), "ch08.precision.format"), text(i18n(), "ch08.precision.stored"),
                    text(i18n(), "ch08.precision.error"), text(i18n(), "ch08.precision.bits"));
            int row = 1;
            for (PrecisionLabViewModel.Conversion c : list) {
                Label stored = data(Double.toString(c.stored()));
                stored.setId("precision-stored-" + c.precision().name().toLowerCase(Locale.ROOT));
                conversions.addRow(row++, text(i18n(), precisionKey(c.precision())), stored,
                        data(String.format(Locale.ROOT, "%.3g", c.error())), data(c.bits()));
            }
        };
        model.conversionsProperty().addListener(obs -> showConversions.run());
        showConversions.run();

        return PanelControls.page(
                note(i18n(), "ch08.precision.intro"),
                heading(i18n(), "ch08.precision.networkHeading"),
                flow(fromDeep, deepPretrained, simplePretrained),
                flow(quick, stop),
                PanelControls.validation(i18n(), sourceProblem),
                PanelControls.message(i18n(), model.monitor().statusProperty()),
                PanelControls.message(i18n(), model.originProperty()),
                results,
                note(i18n(), "ch08.precision.resultsNote"),
                heading(i18n(), "ch08.precision.converterHeading"),
                flow(text(i18n(), "ch08.precision.typeNumber"), typed),
                PanelControls.validation(i18n(), model.typedProblemProperty()),
                conversions,
                note(i18n(), "ch08.precision.facts", LayerSummary.count((long) HalfPrecision.MAX_VALUE),
                        String.format(Locale.ROOT, "%.6f", 0x1p-10),
                        String.format(Locale.ROOT, "%.3g", HalfPrecision.MIN_VALUE)));
    }

    private Optional<BundledModels.Loaded> find(String file) {
        return pretrained.stream().filter(l -> l.file().equals(file)).findFirst();
    }

    private void showRows() {
        results.getChildren().clear();
        List<PrecisionComparisonJob.Row> rows = model.rowsProperty().get();
        if (rows.isEmpty()) {
            results.add(text(i18n(), "ch08.precision.noRows"), 0, 0);
            return;
        }
        results.addRow(0, text(i18n(), "ch08.precision.settingHeader"), unwrapped(text(i18n(), "ch08.precision.accuracyHeader")),
                unwrapped(text(i18n(), "ch08.precision.changedHeader")), unwrapped(text(i18n(), "ch08.precision.memoryHeader")));
        int r = 1;
        for (PrecisionComparisonJob.Row row : rows) {
            Label accuracy = unwrapped(data(NetworkTrainingJob.percent(row.accuracy())));
            accuracy.setId("precision-accuracy-" + row.setting().key());
            results.addRow(r++, text(i18n(), settingKey(row.setting())), accuracy, unwrapped(data(Integer.toString(row.changed()))),
                    unwrapped(data(String.format(Locale.ROOT, "%s B", LayerSummary.count(row.weightBytes())))));
        }
    }

    /** A label that keeps its text on one line, taking the room it needs. */
    private static Label unwrapped(Label label) {
        label.setWrapText(false);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    /** Full MNIST's test set when installed, else the bundled one. */
    private static DatasetId testSet() {
        return DatasetCache.available().contains(DatasetId.MNIST) ? DatasetId.MNIST : DatasetId.MNIST_MINI;
    }

    private void useDeepConvNet() {
        Network network = deep.networkProperty().get();
        ImageDataset evaluated = deep.evaluatedOnProperty().get();
        if (network == null) {
            return;
        }
        if (evaluated != null) {
            model.compare(network, deep.originProperty().get(), evaluated);
            return;
        }
        DatasetId id = testSet();
        BackgroundTasks.load(() -> DatasetCache.load(id).test(), test -> model.compare(network, deep.originProperty().get(), test),
                error -> sourceProblem.set(Message.of("ch07.train.loadFailed", error.getMessage())));
    }

    private void usePretrained(String file) {
        Optional<BundledModels.Loaded> loaded = find(file);
        if (loaded.isEmpty() || model.monitor().isBusy()) {
            return;
        }
        DatasetId id = testSet();
        BackgroundTasks.load(() -> DatasetCache.load(id).test(),
                test -> model.compare(loaded.get().network(), Message.of("ch08.precision.pretrainedOrigin", file), test),
                error -> sourceProblem.set(Message.of("ch07.train.loadFailed", error.getMessage())));
    }

    private void quickTrain() {
        BackgroundTasks.load(() -> DatasetCache.load(DatasetId.MNIST_MINI), data -> {
            if (!model.monitor().isBusy()) {
                model.quickTrain(data);
            }
        }, error -> sourceProblem.set(Message.of("ch07.train.loadFailed", error.getMessage())));
    }
}
