package dlfs.app.ch08;

import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.labelled;
import static dlfs.app.ch07.PanelControls.note;
import static dlfs.app.ch07.PanelControls.spinner;

import dlfs.app.ch07.BackgroundTasks;
import dlfs.app.ch07.DatasetCache;
import dlfs.app.ch07.NetworkTrainingJob;
import dlfs.app.ch07.PanelControls;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.FeatureMapGridView;
import dlfs.app.widgets.ImageGridView;
import dlfs.app.widgets.LineChartView;
import dlfs.core.augment.Augmentation;
import dlfs.core.augment.ElasticField;
import dlfs.core.augment.ImageWarp;
import dlfs.core.data.DatasetId;
import dlfs.core.data.ImageDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/**
 * 8.1.2 Data augmentation: rotate, scale, shift and elastically distort a digit with sliders, see
 * random variants, and train SimpleConvNet on a small subset with and without augmented copies.
 */
public final class AugmentationPage extends AbstractPage {
    public static final String ID = "augmentation";
    private static final String ARROW = "→";

    private final AugmentationViewModel model;
    private final ObjectProperty<Message> loadProblem = new SimpleObjectProperty<>(this, "loadProblem");
    private ImageDataset testImages;
    private LineChartView chart;

    public AugmentationPage(PageContext context, AugmentationViewModel model) {
        super(context, Chapter.CH08, ID);
        this.model = model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Augmentation.class, ImageWarp.class, ElasticField.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        for (AugmentationComparisonJob.Run run : AugmentationComparisonJob.Run.values()) {
            keys.add(run.finalKey());
        }
        return keys;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(chart);
    }

    @Override
    public void reset() {
        model.resetSliders();
    }

    @Override
    protected Node createView() {
        GridPane sliders = new GridPane();
        sliders.setHgap(8);
        sliders.setVgap(4);
        addSlider(sliders, 0, 0, "ch08.augment.rotation", model.rotationProperty(), -45, 45, "%.0f°", "augment-rotation");
        addSlider(sliders, 1, 0, "ch08.augment.scale", model.scaleProperty(), 0.5, 1.5, "%.2f", "augment-scale");
        addSlider(sliders, 2, 0, "ch08.augment.elasticAlpha", model.elasticAlphaProperty(), 0, 40, "%.0f", "augment-alpha");
        addSlider(sliders, 0, 3, "ch08.augment.shiftX", model.shiftXProperty(), -6, 6, "%.1f", "augment-shift-x");
        addSlider(sliders, 1, 3, "ch08.augment.shiftY", model.shiftYProperty(), -6, 6, "%.1f", "augment-shift-y");
        addSlider(sliders, 2, 3, "ch08.augment.elasticSigma", model.elasticSigmaProperty(), 2, 8, "%.1f", "augment-sigma");
        CheckBox flip = new CheckBox();
        flip.textProperty().bind(i18n().binding("ch08.augment.flip"));
        flip.selectedProperty().bindBidirectional(model.flipProperty());
        Label flipWarning = PanelControls.styled(PanelControls.message(i18n(), Bindings.createObjectBinding(
                () -> model.flipProperty().get() ? Message.of("ch08.augment.flipWarning") : null, model.flipProperty())),
                "warning-banner");
        Button newField = PanelControls.button(i18n(), "ch08.augment.newField",
                () -> model.fieldSeedProperty().set(model.fieldSeedProperty().get() + 1));
        newField.disableProperty().bind(model.elasticAlphaProperty().isEqualTo(0, 0.0));
        Button resetSliders = PanelControls.button(i18n(), "ch08.augment.resetSliders", model::resetSliders);

        Spinner<Integer> index = spinner(0, 1_999, 0);
        index.valueProperty().addListener((obs, old, now) -> showTestDigit(now));
        ImageGridView original = single();
        ImageGridView transformed = single();
        transformed.setId("augment-transformed");
        FeatureMapGridView variants = new FeatureMapGridView();
        variants.setPrefHeight(90);
        variants.setId("augment-variants");
        Runnable showImages = () -> {
            original.setImages(List.of(model.digitProperty().get()), 28, 28);
            transformed.setImages(List.of(model.transformedProperty().get()), 28, 28);
            variants.setImages(model.variantsProperty().get(), 28, 28, false);
        };
        model.transformedProperty().addListener(obs -> showImages.run());
        model.variantsProperty().addListener(obs -> showImages.run());
        showImages.run();
        Button shuffle = PanelControls.button(i18n(), "ch08.augment.shuffle",
                () -> model.variantSeedProperty().set(model.variantSeedProperty().get() + 1));

        Spinner<Integer> subset = spinner(200, 8_000, model.subsetProperty().get(), 200);
        subset.valueProperty().addListener((obs, old, now) -> model.subsetProperty().set(now));
        Spinner<Integer> copies = spinner(1, 9, model.copiesProperty().get());
        copies.valueProperty().addListener((obs, old, now) -> model.copiesProperty().set(now));
        Spinner<Integer> iterations = spinner(50, 3_000, model.iterationsProperty().get(), 50);
        iterations.valueProperty().addListener((obs, old, now) -> model.iterationsProperty().set(now));
        Button compare = PanelControls.button(i18n(), "ch08.augment.compare", this::compare);
        compare.setId("augment-compare");
        compare.disableProperty().bind(model.monitor().busyProperty());
        Button stop = PanelControls.button(i18n(), "ch07.train.stop", () -> model.monitor().cancel());
        stop.disableProperty().bind(model.monitor().busyProperty().not());
        for (Spinner<Integer> s : List.of(subset, copies, iterations)) {
            s.disableProperty().bind(model.monitor().busyProperty());
        }

        chart = new LineChartView();
        chart.setPrefHeight(240);
        chart.xLabelProperty().bind(i18n().binding("ch07.train.iteration"));
        chart.yLabelProperty().bind(i18n().binding("ch07.train.accuracy"));
        PanelControls.follow(model.plainTest(), chart.addSeries(i18n().binding("ch08.augment.plainTest")));
        PanelControls.follow(model.augmentedTest(), chart.addSeries(i18n().binding("ch08.augment.augmentedTest")));
        PanelControls.follow(model.plainTrain(), chart.addSeries(i18n().binding("ch08.augment.plainTrain")));
        PanelControls.follow(model.augmentedTrain(), chart.addSeries(i18n().binding("ch08.augment.augmentedTrain")));
        Label result = PanelControls.styled(PanelControls.message(i18n(), Bindings.createObjectBinding(this::resultMessage,
                model.plainResultProperty(), model.augmentedResultProperty())), "result-line");
        result.setId("augment-result");

        BackgroundTasks.load(() -> DatasetCache.load(DatasetId.MNIST_MINI).test(), test -> {
            testImages = test;
            showTestDigit(index.getValue());
        }, error -> loadProblem.set(Message.of("ch07.train.loadFailed", error.getMessage())));

        Augmentation ranges = AugmentationViewModel.RANGES;
        return PanelControls.page(
                note(i18n(), "ch08.augment.intro"),
                flow(labelled(i18n(), "ch07.filters.testIndex", index), resetSliders),
                sliders,
                flow(flip, newField),
                flipWarning,
                flow(PanelControls.captioned(PanelControls.caption(i18n(), "ch08.augment.original"), original),
                        PanelControls.operator(ARROW),
                        PanelControls.captioned(PanelControls.caption(i18n(), "ch08.augment.transformed"), transformed)),
                heading(i18n(), "ch08.augment.variantsHeading"),
                PanelControls.text(i18n(), "ch08.augment.ranges", format(ranges.maxRotationDegrees()), format(ranges.maxShift()),
                        format(Math.round(100 * ranges.minScale())), format(Math.round(100 * ranges.maxScale())),
                        format(ranges.elasticAlpha()),
                        format(ranges.elasticSigma())),
                flow(shuffle),
                variants,
                heading(i18n(), "ch08.augment.experimentHeading"),
                note(i18n(), "ch08.augment.experimentNote"),
                flow(labelled(i18n(), "ch08.augment.subset", subset), labelled(i18n(), "ch08.augment.copies", copies),
                        labelled(i18n(), "ch08.augment.iterations", iterations), compare, stop),
                PanelControls.message(i18n(), model.monitor().statusProperty()),
                PanelControls.validation(i18n(), loadProblem),
                chart,
                result);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static ImageGridView single() {
        ImageGridView view = new ImageGridView();
        view.setPrefSize(150, 150);
        view.setMinSize(150, 150);
        view.setMaxSize(150, 150);
        return view;
    }

    private void addSlider(GridPane grid, int row, int column, String key, DoubleProperty property, double min, double max,
                           String format, String id) {
        Slider slider = new Slider(min, max, property.get());
        slider.setId(id);
        slider.setPrefWidth(150);
        slider.valueProperty().bindBidirectional(property);
        grid.add(PanelControls.text(i18n(), key), column, row);
        grid.add(slider, column + 1, row);
        Label value = PanelControls.data(Bindings.createStringBinding(() -> String.format(Locale.ROOT, format, property.get()),
                property));
        value.setWrapText(false);
        value.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(value, column + 2, row);
    }

    private void showTestDigit(int index) {
        if (testImages == null || index >= testImages.size()) {
            return;
        }
        model.digitProperty().set(DatasetCache.image(testImages, index));
    }

    private void compare() {
        loadProblem.set(null);
        BackgroundTasks.load(() -> DatasetCache.load(DatasetId.MNIST_MINI), data -> {
            if (!model.monitor().isBusy()) {
                model.compare(data);
            }
        }, error -> loadProblem.set(Message.of("ch07.train.loadFailed", error.getMessage())));
    }

    private Message resultMessage() {
        double plain = model.plainResultProperty().get();
        double augmented = model.augmentedResultProperty().get();
        if (Double.isNaN(plain) && Double.isNaN(augmented)) {
            return null;
        }
        return Message.of("ch08.augment.result", NetworkTrainingJob.percent(plain), NetworkTrainingJob.percent(augmented));
    }
}
