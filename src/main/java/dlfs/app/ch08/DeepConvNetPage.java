package dlfs.app.ch08;

import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.note;

import dlfs.app.ch07.BackgroundTasks;
import dlfs.app.ch07.DatasetCache;
import dlfs.app.ch07.NetworkTrainingJob;
import dlfs.app.ch07.PanelControls;
import dlfs.app.ch07.TrainingControls;
import dlfs.app.ch08.DeepConvNetViewModel.MistakeFilter;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.ConfusionMatrixView;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.FeatureMapGridView;
import dlfs.core.data.DatasetId;
import dlfs.core.data.ImageDataset;
import dlfs.core.io.BundledModels;
import dlfs.core.io.ModelFile;
import dlfs.core.metrics.Misclassification;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * 8.1.1 DeepConvNet: train it live for a few epochs or load our pretrained weights, then look at
 * its test accuracy, confusion matrix, per-class accuracy and the digits it gets wrong, filtered by
 * the confusion pairs the book names (1/7, 0/6, 3/5).
 */
public final class DeepConvNetPage extends AbstractPage {
    public static final String ID = "deep-convnet";
    /** Tiles shown in the gallery at most. */
    static final int GALLERY_SIZE = 40;

    private final DeepConvNetViewModel model;
    private final ObjectProperty<Message> pretrainedStatus = new SimpleObjectProperty<>(this, "pretrainedStatus",
            Message.of("ch07.filters.pretrainedLoading"));
    private final ObjectProperty<Message> caveat = new SimpleObjectProperty<>(this, "caveat");
    private final ObjectProperty<Message> selection = new SimpleObjectProperty<>(this, "selection");
    private BundledModels.Loaded pretrained;
    private ConfusionMatrixView matrix;
    private FeatureMapGridView gallery;

    public DeepConvNetPage(PageContext context, DeepConvNetViewModel model) {
        super(context, Chapter.CH08, ID);
        this.model = model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(DeepConvNet.class, Predictions.class, BundledModels.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(matrix);
    }

    @Override
    protected Node createView() {
        Button load = PanelControls.button(i18n(), "ch08.deep.loadPretrained", this::usePretrained);
        load.setId("deep-load");
        load.setDisable(true);
        Button evaluate = PanelControls.button(i18n(), "ch08.deep.evaluate", this::evaluate);
        evaluate.disableProperty().bind(model.networkProperty().isNull().or(model.monitor().busyProperty()));
        model.monitor().busyProperty().addListener(obs -> load.setDisable(pretrained == null || model.monitor().isBusy()));

        TrainingControls.Charts curves = TrainingControls.charts(i18n(), model.curves(), 265, 190);
        FlowPane charts = flow(curves.loss(), curves.accuracy());
        charts.visibleProperty().bind(Bindings.isNotEmpty(model.curves().loss()));
        charts.managedProperty().bind(charts.visibleProperty());

        matrix = new ConfusionMatrixView();
        matrix.setId("deep-matrix");
        matrix.trueLabelProperty().bind(i18n().binding("ch08.deep.trueAxis"));
        matrix.predictedLabelProperty().bind(i18n().binding("ch08.deep.predictedAxis"));
        matrix.accuracyLabelProperty().bind(i18n().binding("ch08.deep.classAccuracy"));
        gallery = new FeatureMapGridView();
        gallery.setId("deep-gallery");
        gallery.tilesPerRowProperty().set(10);
        gallery.setPrefHeight(300);
        Label accuracyText = PanelControls.message(i18n(), Bindings.createObjectBinding(this::accuracyMessage,
                model.predictionsProperty()));
        accuracyText.setId("deep-accuracy");
        PanelControls.styled(accuracyText, "result-line");

        FlowPane filters = filterButtons();
        for (Node resultPart : List.of(matrix, filters, gallery)) {
            resultPart.visibleProperty().bind(model.predictionsProperty().isNotNull());
            resultPart.managedProperty().bind(resultPart.visibleProperty());
        }
        model.predictionsProperty().addListener(obs -> showMatrix());
        model.mistakesProperty().addListener(obs -> showGallery());
        gallery.selectedIndexProperty().addListener(obs -> describeSelection());
        matrix.selectedTrueProperty().addListener(obs -> filterByClickedCell());
        matrix.selectedPredictedProperty().addListener(obs -> filterByClickedCell());
        showMatrix();
        loadPretrainedInBackground(load);

        return PanelControls.page(
                note(i18n(), "ch08.deep.intro"),
                heading(i18n(), "ch08.deep.modelHeading"),
                flow(load, evaluate),
                PanelControls.styled(PanelControls.message(i18n(), pretrainedStatus), "panel-note"),
                TrainingControls.row(i18n(), model, "deep", data -> {
                    caveat.set(null);
                    model.train(data);
                }, pretrainedStatus),
                note(i18n(), "ch08.deep.trainNote"),
                PanelControls.message(i18n(), model.monitor().statusProperty()),
                PanelControls.message(i18n(), model.originProperty()),
                charts,
                heading(i18n(), "ch08.deep.resultsHeading"),
                accuracyText,
                PanelControls.styled(PanelControls.message(i18n(), caveat), "warning-banner"),
                matrix,
                heading(i18n(), "ch08.deep.galleryHeading"),
                note(i18n(), "ch08.deep.galleryNote"),
                filters,
                PanelControls.message(i18n(), Bindings.createObjectBinding(this::galleryCount, model.mistakesProperty())),
                gallery,
                PanelControls.message(i18n(), selection));
    }

    /** A click on an off-diagonal cell of the matrix shows just those mistakes. */
    private void filterByClickedCell() {
        int truth = matrix.selectedTrueProperty().get();
        int predicted = matrix.selectedPredictedProperty().get();
        if (truth >= 0 && predicted >= 0 && truth != predicted) {
            model.filterProperty().set(new MistakeFilter(truth, predicted, false));
        }
    }

    /** All, the book's pairs, and the cell clicked in the matrix. */
    private FlowPane filterButtons() {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        ToggleButton all = new ToggleButton();
        all.textProperty().bind(i18n().binding("ch08.deep.allMistakes"));
        all.setId("deep-filter-all");
        buttons.add(all);
        for (MistakeFilter pair : DeepConvNetViewModel.BOOK_PAIRS) {
            ToggleButton button = new ToggleButton(pair.a() + " ↔ " + pair.b());
            button.setUserData(pair);
            button.setId("deep-filter-" + pair.a() + "-" + pair.b());
            buttons.add(button);
        }
        buttons.forEach(b -> b.setToggleGroup(group));
        all.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.filterProperty().set((MistakeFilter) now.getUserData());
            }
        });
        model.filterProperty().addListener((obs, old, now) -> {
            buttons.forEach(b -> b.setSelected(now == null ? b == all : now.equals(b.getUserData())));
            if (now == null || now.eitherWay()) {
                matrix.select(-1, -1);
            }
        });
        return flow(buttons.toArray(new Node[0]));
    }

    /** Measures the current network on the test set of the chosen data set. */
    private void evaluate() {
        DatasetId id = model.datasetProperty().get();
        BackgroundTasks.load(() -> DatasetCache.load(id).test(), test -> {
            if (!model.monitor().isBusy() && model.networkProperty().get() != null) {
                model.evaluate(test);
            }
        }, error -> pretrainedStatus.set(Message.of("ch07.train.loadFailed", error.getMessage())));
    }

    private void loadPretrainedInBackground(Button load) {
        BackgroundTasks.load(() -> BundledModels.load(BundledModels.DEEP_CONVNET), found -> {
            if (found.isPresent()) {
                pretrained = found.get();
                Map<String, Object> about = pretrained.metadata();
                pretrainedStatus.set(Message.of("ch08.deep.pretrainedFound",
                        String.valueOf(about.getOrDefault(ModelFile.DATASET, "?")),
                        String.valueOf(about.getOrDefault(ModelFile.EPOCHS, "?")),
                        about.get(ModelFile.ACCURACY) instanceof Number a ? NetworkTrainingJob.percent(a.doubleValue()) : "?",
                        String.valueOf(about.getOrDefault(ModelFile.COMMAND_LINE, "?"))));
                load.setDisable(model.monitor().isBusy());
            } else {
                pretrainedStatus.set(Message.of("ch08.deep.pretrainedMissing", BundledModels.DEEP_CONVNET));
            }
        }, error -> pretrainedStatus.set(Message.of("ch07.filters.pretrainedFailed", error.getMessage())));
    }

    /** Evaluates the pretrained model on full MNIST's test set when installed, else on the bundled one. */
    private void usePretrained() {
        if (pretrained == null || model.monitor().isBusy()) {
            return;
        }
        Network network = pretrained.network();
        String trainedOn = String.valueOf(pretrained.metadata().getOrDefault(ModelFile.DATASET, ""));
        DatasetId testSet = DatasetCache.available().contains(DatasetId.MNIST) ? DatasetId.MNIST : DatasetId.MNIST_MINI;
        BackgroundTasks.load(() -> DatasetCache.load(testSet).test(), (ImageDataset test) -> {
            boolean overlaps = testSet == DatasetId.MNIST_MINI && trainedOn.startsWith(DatasetId.MNIST.folder() + "/");
            caveat.set(overlaps ? Message.of("ch08.deep.overlapCaveat") : null);
            model.use(network, Message.of("ch08.deep.usingPretrained", trainedOn), test);
        }, error -> pretrainedStatus.set(Message.of("ch07.train.loadFailed", error.getMessage())));
    }

    private Message accuracyMessage() {
        Predictions p = model.predictionsProperty().get();
        if (p == null) {
            return Message.of("ch08.deep.noResults");
        }
        int wrong = p.size() - p.confusionMatrix().correct();
        return Message.of("ch08.deep.accuracy", NetworkTrainingJob.percent(p.accuracy()), p.size(), wrong,
                NetworkTrainingJob.percent(1 - p.accuracy()), NetworkTrainingJob.percent(DeepConvNetViewModel.BOOK_TEST_ACCURACY),
                DeepConvNetViewModel.BOOK_MISTAKES);
    }

    private Message galleryCount() {
        List<Misclassification> shown = model.mistakesProperty().get();
        MistakeFilter f = model.filterProperty().get();
        int count = shown.size();
        if (f == null) {
            return Message.of("ch08.deep.galleryAll", Math.min(count, GALLERY_SIZE), count);
        }
        return f.eitherWay()
                ? Message.of("ch08.deep.galleryPair", Math.min(count, GALLERY_SIZE), count, f.a(), f.b())
                : Message.of("ch08.deep.galleryCell", Math.min(count, GALLERY_SIZE), count, f.a(), f.b());
    }

    private void showMatrix() {
        Predictions p = model.predictionsProperty().get();
        if (p == null) {
            matrix.setCounts(new int[0][0], List.of());
            return;
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < p.classes(); c++) {
            names.add(Integer.toString(c));
        }
        matrix.setCounts(p.confusionMatrix().counts(), names);
    }

    private void showGallery() {
        ImageDataset test = model.evaluatedOnProperty().get();
        List<Misclassification> shown = model.mistakesProperty().get();
        List<double[]> images = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Misclassification m : shown.subList(0, Math.min(GALLERY_SIZE, shown.size()))) {
            images.add(DatasetCache.image(test, m.index()));
            truth.add(Integer.toString(m.trueLabel()));
            predicted.add(Integer.toString(m.predictedLabel()));
        }
        gallery.selectedIndexProperty().set(-1);
        gallery.setImages(images, test.height(), test.width(), false);
        gallery.setCaptions(truth, predicted);
        describeSelection();
    }

    private void describeSelection() {
        int i = gallery.selectedIndexProperty().get();
        List<Misclassification> shown = model.mistakesProperty().get();
        if (i < 0 || i >= shown.size()) {
            selection.set(shown.isEmpty() ? null : Message.of("ch08.deep.clickTile"));
            return;
        }
        Misclassification m = shown.get(i);
        StringBuilder top = new StringBuilder();
        for (int r = 0; r < m.topClasses().length; r++) {
            top.append(r == 0 ? "" : ", ").append(m.topClasses()[r]).append(": ")
                    .append(NetworkTrainingJob.percent(m.topProbabilities()[r]));
        }
        selection.set(Message.of("ch08.deep.tile", m.index(), m.trueLabel(), m.predictedLabel(), top.toString()));
    }
}
