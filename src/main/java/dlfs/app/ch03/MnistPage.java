package dlfs.app.ch03;

import dlfs.app.ch03.MnistViewModel.Split;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.ModelFiles;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.BarChartView;
import dlfs.app.widgets.BoundControls;
import dlfs.app.widgets.ColorMap;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.ImageGridView;
import dlfs.app.widgets.NumberSlider;
import dlfs.app.widgets.PixelImageView;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.function.Functions;
import dlfs.core.layer.Param;
import dlfs.core.metrics.InputBatch;
import dlfs.core.network.ForwardTrace;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.network.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Chapter 3's MNIST browser and inference: page through the digits (pixel values under the mouse),
 * see what the 784-50-100-10 sigmoid network answers for one image, and run the whole test set
 * through it in batches of N with accuracy and timing, next to the book's 0.9352.
 */
public final class MnistPage extends AbstractPage {
    private static final int COLUMNS = 8;
    private static final int TILE = 30;
    private static final String ERROR_STYLE = "-fx-text-fill: #d55e00;";

    private final MnistViewModel model;
    private final PixelImageView image = new PixelImageView();
    private final BarChartView probabilities = new BarChartView();
    private final ImageGridView firstHidden = new ImageGridView();
    private final ImageGridView secondHidden = new ImageGridView();

    public MnistPage(PageContext context) {
        super(context, Chapter.CH03, "mnist");
        model = new MnistViewModel(context.training(), Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "dlfs-mnist-loader");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
    }

    /** For tests: a view-model with its own executors. */
    public MnistPage(PageContext context, MnistViewModel model) {
        super(context, Chapter.CH03, "mnist");
        this.model = model;
    }

    public MnistViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(MultiLayerNetExtend.class, ForwardTrace.class, InputBatch.class, Functions.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.of(probabilities);
    }

    @Override
    public Optional<ModelFiles> modelFiles() {
        return Optional.of(new ModelFiles() {
            @Override
            public void open(Path file) throws IOException {
                model.openModel(file);
            }

            @Override
            public void save(Path file) throws IOException {
                model.saveModel(file);
            }
        });
    }

    @Override
    public void reset() {
        model.splitProperty().set(Split.TEST);
        model.select(0);
    }

    @Override
    protected Node createView() {
        Label dataStatus = BoundControls.message(i18n(), model.dataStatusProperty());
        dataStatus.setId("mnist-data-status");
        Label modelStatus = BoundControls.message(i18n(), model.modelStatusProperty());
        modelStatus.setId("mnist-model-status");
        Label caveat = BoundControls.message(i18n(), model.caveatProperty());
        caveat.setId("mnist-caveat");
        caveat.setStyle(ERROR_STYLE);
        Button train = BoundControls.button(i18n(), "ch03.mnist.train", () -> model.trainModel(MnistTrainingJob.EPOCHS));
        train.setId("mnist-train");
        train.visibleProperty().bind(model.networkProperty().isNull().and(model.dataProperty().isNotNull())
                .and(model.busyProperty().not()));
        train.managedProperty().bind(train.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("mnist-progress");
        progress.setPrefWidth(220);
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        model.jobProperty().addListener((obs, old, handle) -> progress.progressProperty().bind(
                Bindings.createDoubleBinding(() -> handle.progressProperty().get() == null ? -1
                        : handle.progressProperty().get().fraction(), handle.progressProperty())));

        HBox trainRow = new HBox(10, train, progress);
        trainRow.visibleProperty().bind(train.visibleProperty().or(progress.visibleProperty()));
        trainRow.managedProperty().bind(trainRow.visibleProperty());
        VBox content = new VBox(10,
                BoundControls.text(i18n(), "ch03.mnist.intro"),
                dataStatus, modelStatus, BoundControls.collapseWhenEmpty(caveat), trainRow,
                BoundControls.heading(i18n(), "ch03.mnist.browse"),
                browser(),
                BoundControls.heading(i18n(), "ch03.mnist.inference"),
                inference(),
                BoundControls.heading(i18n(), "ch03.mnist.batch"),
                batchSection());
        content.setPadding(new Insets(12, 16, 16, 16));
        model.load();
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    // ---------------------------------------------------------------- browsing

    private Node browser() {
        HBox splits = BoundControls.choice(model.splitProperty(), List.of(Split.values()),
                split -> i18n().binding(split.nameKey()), split -> "mnist-split-" + split.name());
        TextField indexField = new TextField();
        indexField.setId("mnist-index");
        indexField.setPrefColumnCount(6);
        indexField.getStyleClass().add("content-text");
        ObjectProperty<Message> indexProblem = new SimpleObjectProperty<>();
        Label indexError = BoundControls.message(i18n(), indexProblem);
        indexError.setStyle(ERROR_STYLE);
        indexField.setOnAction(e -> {
            OptionalDouble typed = NumberSlider.parse(indexField.getText());
            int size = model.current().size();
            if (typed.isEmpty() || typed.getAsDouble() != Math.rint(typed.getAsDouble())
                    || typed.getAsDouble() < 0 || typed.getAsDouble() >= size) {
                indexProblem.set(Message.of("ch03.mnist.index.invalid", Math.max(0, size - 1)));
            } else {
                indexProblem.set(null);
                model.select((int) typed.getAsDouble());
            }
        });
        Button previous = BoundControls.button(i18n(), "ch03.mnist.previous", () -> step(-1));
        Button next = BoundControls.button(i18n(), "ch03.mnist.next", () -> step(1));
        Button random = BoundControls.button(i18n(), "ch03.mnist.random", model::selectRandom);
        random.setId("mnist-random");
        Button mistake = BoundControls.button(i18n(), "ch03.mnist.mistake", model::nextMistake);
        mistake.setId("mnist-mistake");
        mistake.disableProperty().bind(model.networkProperty().isNull());
        HBox navigation = new HBox(6, previous, BoundControls.text(i18n(), "ch03.mnist.index"), indexField, next);
        navigation.setAlignment(Pos.CENTER_LEFT);
        FlowPane controls = new FlowPane(12, 6, splits, navigation, random, mistake);

        GridPane tiles = new GridPane();
        tiles.setId("mnist-tiles");
        tiles.setHgap(4);
        tiles.setVgap(2);
        Label pageText = BoundControls.data();
        Button pagePrevious = BoundControls.button(i18n(), "ch03.mnist.page.previous", () -> step(-MnistViewModel.PAGE_SIZE));
        Button pageNext = BoundControls.button(i18n(), "ch03.mnist.page.next", () -> step(MnistViewModel.PAGE_SIZE));
        HBox paging = new HBox(8, pagePrevious, pageText, pageNext);
        paging.setAlignment(Pos.CENTER_LEFT);

        image.setId("mnist-image");
        image.setMinSize(196, 196);
        image.setPrefSize(200, 200);
        Label label = new Label();
        label.setId("mnist-label");
        label.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        Label pixel = BoundControls.data();
        pixel.setId("mnist-pixel");
        Label oneHot = BoundControls.data();
        oneHot.setId("mnist-one-hot");
        image.hoveredPixelProperty().addListener((obs, old, now) -> pixel.setText(pixelText(now.intValue())));

        Runnable refresh = () -> {
            ImageDataset set = model.current();
            int index = model.indexProperty().get();
            indexField.setText(Integer.toString(index));
            fillTiles(tiles, set, index);
            if (set.size() == 0) {
                label.setText(null);
                pageText.setText(null);
                return;
            }
            int first = index / MnistViewModel.PAGE_SIZE * MnistViewModel.PAGE_SIZE;
            int last = Math.min(set.size(), first + MnistViewModel.PAGE_SIZE) - 1;
            pageText.setText(first + "–" + last + " / " + set.size());
            image.setImage(model.pixels(index), set.height(), set.width(), 255);
            label.setText(i18n().text("ch03.mnist.label", model.label(index)));
            oneHot.setText(String.format("one-hot: %s", oneHotText(model.label(index), set.classes())));
            pixel.setText(pixelText(image.hoveredPixelProperty().get()));
        };
        model.indexProperty().addListener(obs -> refresh.run());
        model.splitProperty().addListener(obs -> refresh.run());
        model.dataProperty().addListener(obs -> refresh.run());
        i18n().bundleProperty().addListener(obs -> refresh.run());
        refresh.run();

        pixel.setWrapText(true);
        VBox selected = new VBox(4, image, label, pixel, oneHot);
        selected.setPrefWidth(210);
        VBox grid = new VBox(6, tiles, paging);
        return new VBox(8, controls, BoundControls.collapseWhenEmpty(indexError), new FlowPane(14, 10, grid, selected));
    }

    private void step(int delta) {
        int size = model.current().size();
        if (size > 0) {
            model.select(Math.floorMod(model.indexProperty().get() + delta, size));
        }
    }

    private String pixelText(int pixel) {
        if (pixel < 0 || model.current().size() == 0) {
            return i18n().text("ch03.mnist.pixel.hint");
        }
        ImageDataset set = model.current();
        int value = set.pixel(model.indexProperty().get(), pixel);
        return i18n().text("ch03.mnist.pixel", pixel / set.width(), pixel % set.width(), value,
                String.format(Locale.ROOT, "%.3f", value / 255.0));
    }

    private static String oneHotText(int label, int classes) {
        StringBuilder out = new StringBuilder("[");
        for (int k = 0; k < classes; k++) {
            out.append(k == 0 ? "" : " ").append(k == label ? 1 : 0);
        }
        return out.append(']').toString();
    }

    /** The page of thumbnails around the selected image, each with its label; the selected one framed. */
    private void fillTiles(GridPane tiles, ImageDataset set, int selected) {
        tiles.getChildren().clear();
        if (set.size() == 0) {
            return;
        }
        int first = selected / MnistViewModel.PAGE_SIZE * MnistViewModel.PAGE_SIZE;
        for (int i = first; i < Math.min(set.size(), first + MnistViewModel.PAGE_SIZE); i++) {
            int index = i;
            ImageView view = new ImageView(thumbnail(set, i));
            view.setFitWidth(TILE);
            view.setFitHeight(TILE);
            view.setSmooth(false);
            Label digit = BoundControls.data();
            digit.setText(Integer.toString(set.label(i)));
            VBox tile = new VBox(0, view, digit);
            tile.setAlignment(Pos.CENTER);
            tile.setId("mnist-tile-" + i);
            tile.setStyle(i == selected ? "-fx-border-color: #E69F00; -fx-border-width: 2;"
                    : "-fx-border-color: transparent; -fx-border-width: 2;");
            tile.setOnMouseClicked(e -> model.select(index));
            tiles.add(tile, (i - first) % COLUMNS, (i - first) / COLUMNS);
        }
    }

    private static WritableImage thumbnail(ImageDataset set, int index) {
        WritableImage out = new WritableImage(set.width(), set.height());
        PixelWriter writer = out.getPixelWriter();
        for (int p = 0; p < set.imageSize(); p++) {
            writer.setColor(p % set.width(), p / set.width(), Color.gray(set.pixel(index, p) / 255.0));
        }
        return out;
    }

    // ---------------------------------------------------------------- one image

    private Node inference() {
        Label answer = new Label();
        answer.setId("mnist-answer");
        answer.setWrapText(true);
        answer.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold;");
        probabilities.setId("mnist-probabilities");
        probabilities.setYRange(0, 1.1);
        probabilities.setMinSize(260, 180);
        probabilities.setPrefSize(300, 200);
        for (ImageGridView hidden : List.of(firstHidden, secondHidden)) {
            hidden.setMinSize(120, 60);
            hidden.setPrefSize(220, 90);
            hidden.colorMapProperty().set(ColorMap.GREY);
            hidden.scaleEachImageProperty().set(false);
        }
        Label shapes = BoundControls.data();
        shapes.setId("mnist-shapes");
        shapes.setWrapText(true);
        Runnable refresh = () -> {
            probabilities.yLabelProperty().set(i18n().text("ch03.mnist.probability"));
            MnistViewModel.Prediction p = model.predictionProperty().get();
            if (p == null) {
                answer.setText(i18n().text("ch03.mnist.noModel"));
                probabilities.setBars(List.of(), new double[0], -1);
                firstHidden.setImages(List.of(), 1, 1);
                secondHidden.setImages(List.of(), 1, 1);
                shapes.setText(null);
                return;
            }
            int label = model.label(model.indexProperty().get());
            answer.setText(i18n().text(p.predicted() == label ? "ch03.mnist.answer.right" : "ch03.mnist.answer.wrong",
                    p.predicted(), String.format(Locale.ROOT, "%.3f", p.probabilities()[p.predicted()]), label));
            List<String> digits = new ArrayList<>();
            for (int k = 0; k < p.probabilities().length; k++) {
                digits.add(Integer.toString(k));
            }
            probabilities.setBars(digits, p.probabilities(), p.predicted());
            showHidden(firstHidden, p.hidden(), 0);
            showHidden(secondHidden, p.hidden(), 1);
            shapes.setText(shapeChain(1));
        };
        model.predictionProperty().addListener(obs -> refresh.run());
        i18n().bundleProperty().addListener(obs -> refresh.run());
        refresh.run();
        VBox hidden = new VBox(4, BoundControls.text(i18n(), "ch03.mnist.hidden1"), firstHidden,
                BoundControls.text(i18n(), "ch03.mnist.hidden2"), secondHidden);
        FlowPane charts = new FlowPane(14, 10, probabilities, hidden);
        charts.visibleProperty().bind(model.predictionProperty().isNotNull());
        charts.managedProperty().bind(charts.visibleProperty());
        return new VBox(8, answer, charts, shapes);
    }

    /** Hidden layer {@code which} as a grey strip of 10 columns (50 units → 5 × 10), black 0, white 1. */
    private static void showHidden(ImageGridView view, List<double[]> hidden, int which) {
        if (which >= hidden.size()) {
            view.setImages(List.of(), 1, 1);
            return;
        }
        double[] values = hidden.get(which);
        int columns = 10;
        int rows = (values.length + columns - 1) / columns;
        double[] padded = Arrays.copyOf(values, rows * columns);
        view.setImages(List.of(padded), rows, columns);
    }

    /** The book's shape chain (Figs. 3-26, 3-27) for a batch of n: X (n×784) · W1 (784×50) → … → Y (n×10). */
    private String shapeChain(int n) {
        Network net = model.networkProperty().get();
        if (net == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("X (" + n + "×" + model.current().imageSize() + ")");
        int layer = 0;
        for (Param p : net.params()) {
            if (p.value().rank() == 2) {
                layer++;
                out.append(" · W").append(layer).append(" (").append(p.value().dim(0)).append('×')
                        .append(p.value().dim(1)).append(')');
            }
        }
        int outputs = net.params().get(net.params().size() - 1).value().size();
        return out.append(" → Y (").append(n).append('×').append(outputs).append(')').toString();
    }

    // ---------------------------------------------------------------- the test set in batches

    private Node batchSection() {
        NumberSlider batchSize = new NumberSlider(i18n(), i18n().binding("ch03.mnist.batchSize"), 1, 1000, 1, 10000, 0,
                100);
        batchSize.setId("mnist-batch-size");
        FlowPane presets = new FlowPane(6, 6);
        for (int n : new int[] {1, 10, 100, 1000}) {
            Button preset = new Button();
            preset.setText(Integer.toString(n));
            preset.getStyleClass().add("content-text");
            preset.setId("mnist-batch-" + n);
            preset.setOnAction(e -> batchSize.setValue(n));
            presets.getChildren().add(preset);
        }
        // A batch larger than the test set is refused: it would be one batch of all images, not the size asked for.
        ObjectProperty<Message> batchProblem = new SimpleObjectProperty<>();
        Runnable checkBatch = () -> {
            TrainTest data = model.dataProperty().get();
            int size = (int) Math.round(batchSize.getValue());
            batchProblem.set(data != null && size > data.test().size()
                    ? Message.of("ch03.mnist.batchTooLarge", data.test().size()) : null);
        };
        batchSize.valueProperty().addListener(obs -> checkBatch.run());
        model.dataProperty().addListener(obs -> checkBatch.run());
        checkBatch.run();
        Label batchError = BoundControls.collapseWhenEmpty(BoundControls.message(i18n(), batchProblem));
        batchError.setId("mnist-batch-error");
        batchError.setStyle(ERROR_STYLE);
        Button run = BoundControls.button(i18n(), "ch03.mnist.run", () ->
                model.evaluate((int) Math.round(batchSize.getValue())));
        run.setId("mnist-run");
        run.disableProperty().bind(model.networkProperty().isNull().or(model.busyProperty()).or(batchProblem.isNotNull()));
        Label chain = BoundControls.data();
        chain.setWrapText(true);
        Runnable chainText = () -> chain.setText(shapeChain((int) Math.round(batchSize.getValue())));
        batchSize.valueProperty().addListener(obs -> chainText.run());
        model.networkProperty().addListener(obs -> chainText.run());
        chainText.run();

        GridPane results = new GridPane();
        results.setId("mnist-results");
        results.setHgap(16);
        results.setVgap(3);
        Label book = new Label();
        book.setId("mnist-book");
        book.setWrapText(true);
        book.setStyle("-fx-font-weight: bold;");
        Runnable fill = () -> {
            fillResults(results);
            book.setText(comparison());
        };
        model.runs().addListener((ListChangeListener<MnistEvaluationJob.Result>) c -> fill.run());
        i18n().bundleProperty().addListener(obs -> fill.run());
        fill.run();
        return new VBox(8, BoundControls.text(i18n(), "ch03.mnist.batch.intro"),
                new FlowPane(8, 6, BoundControls.text(i18n(), "ch03.mnist.batch.presets"), presets),
                batchSize, batchError, chain, run, results, book);
    }

    private void fillResults(GridPane results) {
        results.getChildren().clear();
        List<String> headers = List.of("ch03.mnist.col.batch", "ch03.mnist.col.images", "ch03.mnist.col.accuracy",
                "ch03.mnist.col.perBatch", "ch03.mnist.col.total", "ch03.mnist.col.speed");
        for (int c = 0; c < headers.size(); c++) {
            Label header = BoundControls.text(i18n(), headers.get(c));
            header.setStyle("-fx-font-weight: bold;");
            header.setWrapText(false);
            header.setMinWidth(Region.USE_PREF_SIZE);
            results.add(header, c, 0);
        }
        int row = 1;
        for (MnistEvaluationJob.Result r : model.runs()) {
            String[] cells = {Integer.toString(r.batchSize()), Integer.toString(r.images()),
                    String.format(Locale.ROOT, "%.4f", r.accuracy()),
                    String.format(Locale.ROOT, "%.3f", r.millisPerBatch()),
                    String.format(Locale.ROOT, "%.1f", r.nanos() / 1e6),
                    String.format(Locale.ROOT, "%.0f", r.imagesPerSecond())};
            for (int c = 0; c < cells.length; c++) {
                Label cell = BoundControls.cell();
                cell.setId("mnist-result-" + (row - 1) + "-" + c);
                cell.setText(cells[c]);
                results.add(cell, c, row);
            }
            row++;
        }
    }

    private String comparison() {
        String book = i18n().text("ch03.mnist.book", String.format(Locale.ROOT, "%.4f", MnistViewModel.BOOK_ACCURACY));
        if (model.runs().isEmpty()) {
            return book;
        }
        MnistEvaluationJob.Result last = model.runs().get(model.runs().size() - 1);
        return book + "\n" + i18n().text("ch03.mnist.ours", String.format(Locale.ROOT, "%.4f", last.accuracy()),
                last.images(), model.datasetName());
    }
}
