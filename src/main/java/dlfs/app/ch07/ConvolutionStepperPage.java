package dlfs.app.ch07;

import static dlfs.app.ch07.PanelControls.button;
import static dlfs.app.ch07.PanelControls.caption;
import static dlfs.app.ch07.PanelControls.captioned;
import static dlfs.app.ch07.PanelControls.data;
import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.labelled;
import static dlfs.app.ch07.PanelControls.note;
import static dlfs.app.ch07.PanelControls.spinner;
import static dlfs.app.ch07.PanelControls.styled;
import static dlfs.app.ch07.PanelControls.validation;

import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.NumberGridView;
import dlfs.app.widgets.NumberGridView.Mark;
import dlfs.core.conv.ConvGeometry;
import dlfs.core.conv.Im2Col;
import dlfs.core.layer.Convolution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * 7.2.2–7.2.7 Convolution stepper: edit the book's input and filter, then watch the window slide
 * position by position, each product and the running sum, and the bias added last. Several
 * channels are summed; the batch block shows (N, C, H, W) ⊛ (FN, C, FH, FW) → (N, FN, OH, OW).
 */
public final class ConvolutionStepperPage extends AbstractPage {
    public static final String ID = "conv-stepper";
    private static final String CONVOLVE = "⊛";
    private static final String ARROW = "→";

    private final ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
    private final BatchShapesViewModel shapes = new BatchShapesViewModel();
    private final ObjectProperty<Message> cellProblem = new SimpleObjectProperty<>(this, "cellProblem");
    private final List<MatrixEditor> inputEditors = new ArrayList<>();
    private final List<MatrixEditor> filterEditors = new ArrayList<>();
    private HBox inputEditorRow;
    private HBox filterEditorRow;
    private HBox inputViews;
    private HBox filterViews;
    private NumberGridView output;
    private TextField biasField;
    private StepPlayer player;
    private boolean rebuilding;

    public ConvolutionStepperPage(PageContext context) {
        super(context, Chapter.CH07, ID);
    }

    public ConvolutionStepperViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Convolution.class, Im2Col.class, ConvGeometry.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        keys.addAll(List.of("ch07.fit.height.tooLarge", "ch07.fit.width.tooLarge", "ch07.fit.height.notExact",
                "ch07.fit.width.notExact"));
        return keys;
    }

    @Override
    public void reset() {
        if (player != null) {
            player.stop();
        }
        model.resetToBook();
        if (inputEditorRow != null) {
            rebuildEditors();
        }
    }

    @Override
    protected Node createView() {
        inputEditorRow = new HBox(10);
        filterEditorRow = new HBox(10);
        inputViews = new HBox(6);
        filterViews = new HBox(6);
        output = new NumberGridView();
        biasField = new TextField();
        output.setId("conv-output");
        biasField.setId("conv-bias");
        biasField.setPrefColumnCount(4);
        biasField.setText(NumberGridView.format(model.bias()));
        biasField.textProperty().addListener(obs -> {
            double bias = MatrixEditor.parse(biasField.getText());
            biasField.getStyleClass().remove("invalid");
            if (Double.isNaN(bias)) {
                biasField.getStyleClass().add("invalid");
                cellProblem.set(Message.of("ch07.stepper.badNumber", NumberGridView.format(MatrixEditor.LIMIT)));
            } else {
                model.setBias(bias);
                updateCellProblem();
            }
        });
        biasField.getStyleClass().add("matrix-cell");

        model.stateProperty().addListener(obs -> showState());
        for (IntegerProperty size : List.of(model.channelsProperty(), model.heightProperty(), model.widthProperty(),
                model.filterSizeProperty())) {
            size.addListener(obs -> rebuildEditors());
        }
        rebuildEditors();
        player = new StepPlayer(i18n(), Duration.millis(380),
                () -> model.isFinished() || model.problemProperty().get() != null, model::rewind, model::stepForward);

        Node sizes = flow(
                labelled(i18n(), "ch07.stepper.channels", bound(spinner(1, 3, 1), model.channelsProperty())),
                labelled(i18n(), "ch07.stepper.height", bound(spinner(2, 6, 4), model.heightProperty())),
                labelled(i18n(), "ch07.stepper.width", bound(spinner(2, 6, 4), model.widthProperty())),
                labelled(i18n(), "ch07.stepper.filter", bound(spinner(1, 4, 3), model.filterSizeProperty())),
                labelled(i18n(), "ch07.stepper.pad", bound(spinner(0, 2, 0), model.padProperty())),
                labelled(i18n(), "ch07.stepper.stride", bound(spinner(1, 3, 1), model.strideProperty())));
        HBox biasRow = labelled(i18n(), "ch07.stepper.bias", biasField);

        Button step = button(i18n(), "ch07.stepper.step", model::stepForward);
        step.setId("conv-step");
        Button next = button(i18n(), "ch07.stepper.next", model::nextPosition);
        next.setId("conv-next");
        Button all = button(i18n(), "ch07.stepper.all", model::runAll);
        all.setId("conv-all");
        Button rewind = button(i18n(), "ch07.stepper.rewind", model::rewind);
        Button book = button(i18n(), "ch07.stepper.book", this::reset);
        book.setId("conv-book");
        for (Button b : List.of(step, next, all)) {
            b.disableProperty().bind(model.problemProperty().isNotNull());
        }

        Label position = PanelControls.message(i18n(), Bindings.createObjectBinding(this::positionMessage,
                model.stateProperty()));
        position.setId("conv-position");
        Label expression = styled(data(Bindings.createStringBinding(() -> model.getState() == null ? ""
                : String.join("\n", model.getState().expression()), model.stateProperty())), "expression");
        expression.setId("conv-expression");
        expression.visibleProperty().bind(expression.textProperty().isNotEmpty());
        Label layer = data(Bindings.createStringBinding(() -> model.getState() == null ? "—"
                : model.getState().layerOutput(), model.stateProperty()));
        layer.setId("conv-layer-output");

        Node picture = flow(captioned(caption(i18n(), "ch07.stepper.inputCaption"), inputViews),
                PanelControls.operator(CONVOLVE),
                captioned(caption(i18n(), "ch07.stepper.filterCaption"), filterViews),
                PanelControls.operator(ARROW),
                captioned(caption(i18n(), "ch07.stepper.outputCaption"), output));

        showState();
        return PanelControls.page(
                note(i18n(), "ch07.stepper.intro"),
                heading(i18n(), "ch07.stepper.numbers"),
                sizes,
                flow(left(captioned(caption(i18n(), "ch07.stepper.inputs"), inputEditorRow)),
                        left(captioned(caption(i18n(), "ch07.stepper.filters"), filterEditorRow)), biasRow),
                validation(i18n(), cellProblem),
                validation(i18n(), model.problemProperty()),
                heading(i18n(), "ch07.stepper.stepping"),
                flow(book, rewind, step, next, all, player.button()),
                position,
                picture,
                expression,
                flow(PanelControls.text(i18n(), "ch07.stepper.layerResult"), layer),
                heading(i18n(), "ch07.shapes.heading"),
                note(i18n(), "ch07.shapes.intro"),
                batchShapes(),
                validation(i18n(), shapes.problemProperty()));
    }

    private static VBox left(VBox box) {
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    /** The spinner drives the property and follows it when the model changes it (reset). */
    private static Spinner<Integer> bound(Spinner<Integer> spinner, IntegerProperty property) {
        spinner.getValueFactory().setValue(property.get());
        spinner.valueProperty().addListener((obs, old, now) -> property.set(now));
        property.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        return spinner;
    }

    private Node batchShapes() {
        shapes.widthProperty().bind(shapes.heightProperty());
        Node settings = flow(
                labelled(i18n(), "ch07.shapes.batch", bound(spinner(1, 256, 10), shapes.batchProperty())),
                labelled(i18n(), "ch07.shapes.channels", bound(spinner(1, 64, 3), shapes.channelsProperty())),
                labelled(i18n(), "ch07.shapes.size", bound(spinner(1, 64, 28), shapes.heightProperty())),
                labelled(i18n(), "ch07.shapes.filters", bound(spinner(1, 128, 20), shapes.filtersProperty())),
                labelled(i18n(), "ch07.shapes.filterSize", bound(spinner(1, 11, 5), shapes.filterSizeProperty())),
                labelled(i18n(), "ch07.shapes.padStride", new HBox(4, bound(spinner(0, 5, 0), shapes.padProperty()),
                        bound(spinner(1, 5, 1), shapes.strideProperty()))));
        GridPane result = new GridPane();
        result.setHgap(12);
        result.setVgap(4);
        result.addRow(0, PanelControls.text(i18n(), "ch07.shapes.input"), data(shapes.inputProperty()));
        result.addRow(1, PanelControls.text(i18n(), "ch07.shapes.weights"), data(shapes.weightsProperty()));
        result.addRow(2, PanelControls.text(i18n(), "ch07.shapes.bias"), data(shapes.biasProperty()));
        Label out = data(shapes.outputProperty());
        out.setId("shapes-output");
        result.addRow(3, PanelControls.text(i18n(), "ch07.shapes.output"), styled(out, "result-line"));
        return new VBox(10, settings, result);
    }

    private Message positionMessage() {
        ConvolutionStepperViewModel.State state = model.getState();
        if (state == null) {
            return null;
        }
        int done = model.stepProperty().get();
        if (done == 0) {
            return Message.of("ch07.stepper.ready", state.geometry().positions());
        }
        if (state.biasAdded()) {
            return Message.of("ch07.stepper.positionDone", state.position() + 1, state.geometry().positions());
        }
        return Message.of("ch07.stepper.positionProduct", state.position() + 1, state.geometry().positions(),
                state.product() + 1, model.stepsPerPosition() - 1);
    }

    /** New editors after a size change, wired to the model. */
    private void rebuildEditors() {
        if (rebuilding) {
            return;
        }
        rebuilding = true;
        try {
            inputEditors.clear();
            filterEditors.clear();
            inputEditorRow.getChildren().clear();
            filterEditorRow.getChildren().clear();
            int channels = model.channelsProperty().get();
            for (int c = 0; c < channels; c++) {
                int channel = c;
                MatrixEditor input = new MatrixEditor("conv-input-" + (c + 1), model.heightProperty().get(),
                        model.widthProperty().get(), model.input(c));
                input.valuesProperty().addListener((obs, old, now) -> model.setInput(channel, now));
                input.validProperty().addListener(obs -> updateCellProblem());
                MatrixEditor filter = new MatrixEditor("conv-filter-" + (c + 1), model.filterSizeProperty().get(),
                        model.filterSizeProperty().get(), model.filter(c));
                filter.valuesProperty().addListener((obs, old, now) -> model.setFilter(channel, now));
                filter.validProperty().addListener(obs -> updateCellProblem());
                inputEditors.add(input);
                filterEditors.add(filter);
                inputEditorRow.getChildren().add(channels == 1 ? input
                        : captioned(caption(i18n(), "ch07.stepper.channel", c + 1), input));
                filterEditorRow.getChildren().add(channels == 1 ? filter
                        : captioned(caption(i18n(), "ch07.stepper.channel", c + 1), filter));
            }
            biasField.setText(NumberGridView.format(model.bias()));
            updateCellProblem();
        } finally {
            rebuilding = false;
        }
        showState();
    }

    private void updateCellProblem() {
        boolean allValid = inputEditors.stream().allMatch(e -> e.validProperty().get())
                && filterEditors.stream().allMatch(e -> e.validProperty().get())
                && !Double.isNaN(MatrixEditor.parse(biasField.getText()));
        cellProblem.set(allValid ? null : Message.of("ch07.stepper.badNumber", NumberGridView.format(MatrixEditor.LIMIT)));
    }

    /** Draws the padded inputs with the window, the filters with the active weight, and the output so far. */
    private void showState() {
        ConvolutionStepperViewModel.State state = model.getState();
        int channels = model.channelsProperty().get();
        while (inputViews.getChildren().size() > channels) {
            inputViews.getChildren().remove(inputViews.getChildren().size() - 1);
            filterViews.getChildren().remove(filterViews.getChildren().size() - 1);
        }
        while (inputViews.getChildren().size() < channels) {
            inputViews.getChildren().add(new NumberGridView());
            filterViews.getChildren().add(new NumberGridView());
        }
        inputViews.setAlignment(Pos.CENTER);
        if (state == null) {
            output.setValues(new double[0], 0, 0);
            return;
        }
        ConvGeometry g = state.geometry();
        int f = g.filterH();
        int perChannel = f * f;
        boolean stepping = model.stepProperty().get() > 0;
        int activeChannel = state.product() >= 0 && !state.biasAdded() ? state.product() / perChannel : -1;
        int activeWeight = activeChannel >= 0 ? state.product() % perChannel : -1;
        for (int c = 0; c < channels; c++) {
            NumberGridView view = (NumberGridView) inputViews.getChildren().get(c);
            PaddedInputs.show(view, model.input(c), 0, g);
            List<Mark> marks = new ArrayList<>();
            marks.add(new Mark(state.windowTop(), state.windowLeft(), f, f, 0, stepping));
            if (c == activeChannel) {
                marks.add(Mark.cell(state.windowTop() + activeWeight / f, state.windowLeft() + activeWeight % f, 1, true));
            }
            view.setMarks(marks);
            NumberGridView filter = (NumberGridView) filterViews.getChildren().get(c);
            filter.setValues(model.filter(c), f, f);
            filter.setMarks(c == activeChannel ? List.of(Mark.cell(activeWeight / f, activeWeight % f, 1, true)) : List.of());
        }
        highlightEditors(state, activeChannel, activeWeight);
        output.setValues(state.output(), g.outH(), g.outW());
        output.setMarks(stepping ? List.of(Mark.cell(state.position() / g.outW(), state.position() % g.outW(),
                state.biasAdded() ? 2 : 1, !state.biasAdded())) : List.of());
    }

    /** The window also lights up in the editors, when there is no padding to shift it. */
    private void highlightEditors(ConvolutionStepperViewModel.State state, int activeChannel, int activeWeight) {
        ConvGeometry g = state.geometry();
        boolean stepping = model.stepProperty().get() > 0;
        int f = g.filterH();
        for (int c = 0; c < inputEditors.size(); c++) {
            Set<Integer> window = new HashSet<>();
            int active = -1;
            if (stepping) {
                for (int fy = 0; fy < f; fy++) {
                    for (int fx = 0; fx < f; fx++) {
                        int y = state.windowTop() + fy - g.pad();
                        int x = state.windowLeft() + fx - g.pad();
                        if (y >= 0 && y < g.height() && x >= 0 && x < g.width()) {
                            window.add(y * g.width() + x);
                            if (c == activeChannel && fy * f + fx == activeWeight) {
                                active = y * g.width() + x;
                            }
                        }
                    }
                }
            }
            inputEditors.get(c).highlight(window, active);
            filterEditors.get(c).highlight(Set.of(), c == activeChannel ? activeWeight : -1);
        }
    }
}
