package dlfs.app.playground;

import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.ModelFiles;
import dlfs.app.page.PageContext;
import dlfs.app.playground.DigitModel.State;
import dlfs.app.widgets.DigitCanvas;
import dlfs.app.widgets.Exportable;
import dlfs.core.data.DatasetLocator;
import dlfs.core.data.DigitPreprocessor;
import dlfs.core.data.DigitPreprocessor.Box;
import dlfs.core.data.DigitPreprocessor.PreparedDigit;
import dlfs.core.data.UserDigits;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.ForwardTrace;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Draw a digit and watch trained networks read it while you draw. The drawing is prepared like an
 * MNIST digit (shown step by step), the chosen network's ten probabilities and every layer's
 * output follow the pen, and the drawing can be labelled and kept to fine-tune the network.
 *
 * <p>Reading follows the pen as closely as the FX thread allows: an input event that changes the
 * drawing is read at once, in its handler (prepare the drawing, run the network, hand the answer to
 * the labels and bars), so the very next pulse paints it; when events come faster than readings fit
 * into a frame ({@link ReadBudget}), the rest wait for the pulse, where an {@link AnimationTimer}
 * reads the drawing once for all of them. Each input is timed twice: until its answer is in the
 * scene, and until the end of the layout pass of the pulse that paints it (when the bars have been
 * painted and the layer tiles that were scrolled into view have caught up).
 */
public final class PlaygroundPage extends AbstractPage {
    public static final String ID = "draw-digit";

    /** Reads model files and the user's digits off the FX thread; one daemon thread for the app. */
    private static final ExecutorService FILES = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "dlfs-playground-files");
        thread.setDaemon(true);
        return thread;
    });

    private final PlaygroundViewModel model;
    private DrawingPane drawing;
    private PreprocessingPane preprocessing;
    private PredictionPane prediction;
    private NetworkInsidePane inside;
    private TitledPane insideSection;
    /** The drawing as last read (reused by every reading). */
    private final double[] drawn = new double[DigitCanvas.SIZE * DigitCanvas.SIZE];
    private final ReadBudget budget = new ReadBudget();
    /**
     * The layer views lag the answer by at most one pulse: drawing some 60 feature maps inside the
     * input handler would take the time in which the next readings could run there.
     */
    private boolean insideStale;
    private long seenVersion = -1;
    private long seenRevision = -1;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            budget.newFrame();
            readIfChanged();
            showInsideIfStale();
        }
    };
    /** Runs after each pulse's layout pass, when the views have painted what the pulse read. */
    private final Runnable painted = this::afterLayout;

    public PlaygroundPage(PageContext context) {
        this(context, new PlaygroundViewModel(context.training(), new UserDigits(UserDigits.defaultFolder()),
                () -> DatasetLocator.standard(null).locateDefault().load(), FILES, Platform::runLater));
    }

    /** A page on a given view-model (tests give it their own folders and executors). */
    public PlaygroundPage(PageContext context, PlaygroundViewModel model) {
        super(context, Chapter.PLAYGROUND, ID);
        this.model = model;
    }

    public PlaygroundViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(DigitPreprocessor.class, ForwardTrace.class, SimpleConvNet.class, TwoLayerNet.class,
                DeepConvNet.class, UserDigits.class, Trainer.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        Stream.of(State.values()).map(State::textKey).forEach(keys::add);
        return keys;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(prediction).map(PredictionPane::bars);
    }

    @Override
    public Optional<ModelFiles> modelFiles() {
        return Optional.of(new ModelFiles() {
            @Override
            public void open(Path file) {
                model.open(file);
            }

            @Override
            public void save(Path file) throws IOException {
                model.save(file);
            }

            @Override
            public boolean hasUnsavedModel() {
                return model.hasUnsavedModel();
            }
        });
    }

    @Override
    public void reset() {
        if (drawing != null) {
            drawing.reset();
        }
        model.labelProperty().set(-1);
    }

    @Override
    protected Node createView() {
        drawing = new DrawingPane(i18n());
        preprocessing = new PreprocessingPane(i18n());
        prediction = new PredictionPane(i18n(), model);
        inside = new NetworkInsidePane(i18n());
        DigitCanvas canvas = drawing.canvas();
        canvas.addInkListener(this::inkArrived);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::labelKey);

        model.preparedProperty().addListener((obs, old, digit) -> showPrepared(digit));
        model.recognitionProperty().addListener((obs, old, recognition) -> showRecognition());
        model.selectedStateProperty().addListener((obs, old, state) -> showRecognition());

        FlowPane top = new FlowPane(16, 16, drawing, prediction, preprocessing);
        insideSection = section("playground.inside.heading", inside);
        insideSection.expandedProperty().addListener((obs, old, open) -> showRecognition());
        TitledPane digits = section("playground.digits.heading", new UserDigitsPane(i18n(), model));
        VBox content = new VBox(16, new ModelBar(i18n(), model), new LayoutBoundary(top), insideSection, digits);
        content.setPadding(new Insets(12, 16, 24, 16));
        content.getStyleClass().add("page-host");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("playground");
        scroll.setFitToWidth(true);
        inside.setOnScreen(node -> node.getScene() != null && node.localToScene(node.getLayoutBounds())
                .intersects(scroll.localToScene(scroll.getLayoutBounds())));
        scroll.sceneProperty().addListener((obs, old, scene) -> attach(old, scene));
        model.start();
        return scroll;
    }

    private TitledPane section(String key, Node content) {
        TitledPane section = new TitledPane();
        section.textProperty().bind(i18n().binding(key));
        section.setContent(content);
        return section;
    }

    /** Reads only while the page is on screen; the drawing and the model stay when it is not. */
    private void attach(Scene old, Scene now) {
        if (old != null) {
            old.removePostLayoutPulseListener(painted);
            pulse.stop();
        }
        if (now != null) {
            now.addPostLayoutPulseListener(painted);
            pulse.start();
        }
    }

    private void afterLayout() {
        if (insideSection.isExpanded()) {
            inside.refresh();
        }
        model.painted(System.nanoTime());
    }

    /** An input event changed the drawing: read it now if the frame's budget allows, else at the pulse. */
    private void inkArrived(long nanos) {
        model.inputArrived(nanos);
        if (drawing.getScene() != null && budget.readNow()) {
            readIfChanged();
        }
    }

    /** Prepares and reads the drawing if it or the model changed since the last reading. */
    private void readIfChanged() {
        DigitCanvas canvas = drawing.canvas();
        if (canvas.version() == seenVersion && model.revision() == seenRevision) {
            return;
        }
        long start = System.nanoTime();
        seenVersion = canvas.version();
        seenRevision = model.revision();
        canvas.copyInk(drawn);
        model.read(drawn, DigitCanvas.SIZE, DigitCanvas.SIZE);
        long updated = System.nanoTime();
        model.shown(start, updated);
        budget.spent(updated - start);
    }

    private void showPrepared(PreparedDigit digit) {
        preprocessing.show(digit);
        if (digit == null) {
            drawing.canvas().showGuides(null, null);
            return;
        }
        Box ink = digit.ink();
        Box placed = digit.placed();
        // the centre of mass in pad pixels: its place inside the scaled box, stretched back to the ink box
        double x = ink.left() + (digit.massColumn() - placed.left() + 0.5) * ink.width() / placed.width();
        double y = ink.top() + (digit.massRow() - placed.top() + 0.5) * ink.height() / placed.height();
        drawing.canvas().showGuides(new Rectangle2D(ink.left(), ink.top(), ink.width(), ink.height()),
                new Point2D(x, y));
    }

    private void showRecognition() {
        var recognition = model.recognitionProperty().get();
        prediction.show(recognition, recognition != null ? null : whyNoAnswer());
        insideStale = true;
    }

    private void showInsideIfStale() {
        if (insideStale && insideSection.isExpanded()) {
            inside.show(model.recognitionProperty().get());
            insideStale = false;
        }
    }

    private Message whyNoAnswer() {
        if (model.preparedProperty().get() == null) {
            return Message.of("playground.predict.nothingDrawn");
        }
        State state = model.selectedStateProperty().get();
        return Message.of(state == State.LOADING ? "playground.predict.loading"
                : state == State.TRAINING ? "playground.predict.training" : "playground.predict.noModel");
    }

    /** On the pad, the keys 0–9 choose the label and Enter adds the drawing to the user's digits. */
    private void labelKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            model.labelProperty().set(code.getName().charAt(code.getName().length() - 1) - '0');
            e.consume();
        } else if (code == KeyCode.ENTER) {
            model.addDrawing();
            e.consume();
        }
    }
}
