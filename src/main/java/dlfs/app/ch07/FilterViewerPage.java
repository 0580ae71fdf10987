package dlfs.app.ch07;

import static dlfs.app.ch07.PanelControls.caption;
import static dlfs.app.ch07.PanelControls.captioned;
import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.labelled;
import static dlfs.app.ch07.PanelControls.note;

import dlfs.app.ch07.FilterViewerViewModel.Probe;
import dlfs.app.ch07.FilterViewerViewModel.Source;
import dlfs.app.ch07.SimpleConvNetTrainingViewModel.Filters;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.DigitSketchPad;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.FeatureMapGridView;
import dlfs.app.widgets.ImageGridView;
import dlfs.core.data.DatasetId;
import dlfs.core.data.ImageDataset;
import dlfs.core.io.BundledModels;
import dlfs.core.io.ModelFile;
import dlfs.core.layer.Convolution;
import dlfs.core.network.SimpleConvNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * 7.6.1 CNN filter viewer: the 30 first-layer filters (smallest weight black, largest white, as the
 * book's caption says) before training, live during training and from the pretrained model; click
 * one to see its feature map on a test digit or on a digit you draw.
 */
public final class FilterViewerPage extends AbstractPage {
    public static final String ID = "filters";

    private final FilterViewerViewModel model;
    private ImageDataset testImages;
    private FeatureMapGridView grid;

    public FilterViewerPage(PageContext context, SimpleConvNetTrainingViewModel training) {
        super(context, Chapter.CH07, ID);
        this.model = new FilterViewerViewModel(training);
    }

    public FilterViewerViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Convolution.class, SimpleConvNet.class, BundledModels.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        for (Source s : Source.values()) {
            keys.add(key(s));
        }
        for (Probe p : Probe.values()) {
            keys.add(key(p));
        }
        return keys;
    }

    private static String key(Enum<?> value) {
        return "ch07.filters." + value.getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT) + "."
                + value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(grid);
    }

    @Override
    protected Node createView() {
        grid = new FeatureMapGridView();
        grid.setId("filter-grid");
        grid.setPrefHeight(250);
        grid.selectedIndexProperty().set(model.selectedProperty().get());
        grid.selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.selectedProperty().set(now.intValue());
            }
        });
        model.shownProperty().addListener(obs -> showFilters());
        showFilters();

        HBox sourceButtons = PanelControls.toggles(i18n(), List.of(Source.values()), FilterViewerPage::key,
                model.sourceProperty(), "filters-source");
        Label shownText = PanelControls.message(i18n(), Bindings.createObjectBinding(this::shownMessage,
                model.shownProperty(), model.sourceProperty()));
        shownText.setId("filters-shown");

        SimpleConvNetTrainingViewModel training = model.training();
        Button train = PanelControls.button(i18n(), "ch07.filters.train", this::train);
        train.setId("filters-train");
        train.disableProperty().bind(training.monitor().busyProperty());
        Button stop = PanelControls.button(i18n(), "ch07.train.stop", training::stop);
        stop.disableProperty().bind(training.monitor().busyProperty().not());

        ImageGridView digitView = single(140);
        ImageGridView filterView = single(140);
        ImageGridView mapView = single(140);
        FeatureMapGridView maps = new FeatureMapGridView();
        maps.setPrefHeight(250);
        maps.selectedIndexProperty().bindBidirectional(grid.selectedIndexProperty());
        Runnable showMaps = () -> {
            digitView.setImages(List.of(model.digitProperty().get()), 28, 28);
            FilterViewerViewModel.FeatureMap map = model.featureMapProperty().get();
            filterView.setImages(map == null ? List.of() : List.of(map.filter()), map == null ? 1 : map.filterSize(),
                    map == null ? 1 : map.filterSize());
            mapView.setImages(map == null ? List.of() : List.of(map.map()), map == null ? 1 : map.mapSize(),
                    map == null ? 1 : map.mapSize());
            List<double[]> all = model.allMapsProperty().get();
            int side = all.isEmpty() ? 1 : (int) Math.round(Math.sqrt(all.get(0).length));
            maps.setImages(all, side, side, true);
        };
        model.digitProperty().addListener(obs -> showMaps.run());
        model.featureMapProperty().addListener(obs -> showMaps.run());
        showMaps.run();

        Spinner<Integer> index = PanelControls.spinner(0, 1_999, 0);
        index.valueProperty().addListener((obs, old, now) -> showTestDigit(now));
        DigitSketchPad pad = new DigitSketchPad();
        pad.imageProperty().addListener((obs, old, now) -> model.digitProperty().set(now));
        Button clear = PanelControls.button(i18n(), "ch07.filters.clear", pad::clear);
        Button useTest = PanelControls.button(i18n(), "ch07.filters.useTest", () -> showTestDigit(index.getValue()));
        ComboBox<Probe> probes = PanelControls.choice(i18n(), List.of(Probe.values()), FilterViewerPage::key);
        probes.setValue(model.probeProperty().get());
        probes.valueProperty().bindBidirectional(model.probeProperty());
        CheckBox relu = new CheckBox();
        relu.textProperty().bind(i18n().binding("ch07.filters.relu"));
        relu.selectedProperty().bindBidirectional(model.reluProperty());

        BackgroundTasks.load(() -> DatasetCache.load(DatasetId.MNIST_MINI).test(), test -> {
            testImages = test;
            showTestDigit(index.getValue());
        }, error -> { });
        loadPretrained();

        return PanelControls.page(
                note(i18n(), "ch07.filters.intro"),
                flow(sourceButtons, train, stop),
                PanelControls.message(i18n(), training.monitor().statusProperty()),
                shownText,
                PanelControls.styled(PanelControls.message(i18n(), model.pretrainedStatusProperty()), "panel-note"),
                grid,
                heading(i18n(), "ch07.filters.mapHeading"),
                note(i18n(), "ch07.filters.mapNote"),
                flow(labelled(i18n(), "ch07.filters.testIndex", index), useTest, labelled(i18n(), "ch07.filters.probe", probes),
                        relu),
                flow(captioned(caption(i18n(), "ch07.filters.digit"), digitView),
                        captioned(caption(i18n(), "ch07.filters.filter"), filterView),
                        captioned(caption(i18n(), "ch07.filters.map"), mapView),
                        captioned(caption(i18n(), "ch07.filters.draw"), new VBox(4, pad, clear))),
                heading(i18n(), "ch07.filters.allMaps"),
                maps);
    }

    private static ImageGridView single(double size) {
        ImageGridView view = new ImageGridView();
        view.setPrefSize(size, size);
        view.setMinSize(size, size);
        view.setMaxSize(size, size);
        return view;
    }

    private void showFilters() {
        Filters filters = model.getShown();
        if (filters == null) {
            grid.setImages(List.of(), 1, 1, true);
            return;
        }
        List<double[]> images = new ArrayList<>();
        for (int k = 0; k < filters.count(); k++) {
            images.add(filters.filter(k));
        }
        grid.setImages(images, filters.height(), filters.width(), true);
    }

    private Message shownMessage() {
        Filters filters = model.getShown();
        if (filters == null) {
            return Message.of("ch07.filters.noneShown");
        }
        return model.sourceProperty().get() == Source.TRAINING
                ? Message.of("ch07.filters.afterIteration", filters.count(), filters.height(), filters.width(), filters.iteration())
                : Message.of("ch07.filters.count", filters.count(), filters.height(), filters.width());
    }

    private void showTestDigit(int index) {
        if (testImages == null || index >= testImages.size()) {
            return;
        }
        model.digitProperty().set(DatasetCache.image(testImages, index));
    }

    private void train() {
        model.sourceProperty().set(Source.TRAINING);
        SimpleConvNetTrainingViewModel training = model.training();
        DatasetId id = training.datasetProperty().get();
        BackgroundTasks.load(() -> DatasetCache.load(id), data -> {
            if (!training.monitor().isBusy()) {
                training.train(data);
            }
        }, error -> model.pretrainedStatusProperty().set(Message.of("ch07.train.loadFailed", error.getMessage())));
    }

    private void loadPretrained() {
        BackgroundTasks.load(() -> BundledModels.load(BundledModels.SIMPLE_CONVNET), loaded -> {
            if (loaded.isPresent() && loaded.get().network() instanceof SimpleConvNet network) {
                model.pretrainedProperty().set(Filters.of(network, 0));
                Map<String, Object> about = loaded.get().metadata();
                model.pretrainedStatusProperty().set(Message.of("ch07.filters.pretrainedLoaded",
                        String.valueOf(about.getOrDefault(ModelFile.DATASET, "?")),
                        String.valueOf(about.getOrDefault(ModelFile.EPOCHS, "?")),
                        about.get(ModelFile.ACCURACY) instanceof Number accuracy
                                ? NetworkTrainingJob.percent(accuracy.doubleValue()) : "?"));
            } else {
                model.pretrainedStatusProperty().set(Message.of("ch07.filters.pretrainedMissing", BundledModels.SIMPLE_CONVNET));
            }
        }, error -> model.pretrainedStatusProperty().set(Message.of("ch07.filters.pretrainedFailed", error.getMessage())));
    }
}
