package dlfs.app.ch07;

import static dlfs.app.ch07.PanelControls.caption;
import static dlfs.app.ch07.PanelControls.captioned;
import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.labelled;
import static dlfs.app.ch07.PanelControls.note;
import static dlfs.app.ch07.PanelControls.spinner;
import static dlfs.app.ch07.PanelControls.validation;

import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.NumberGridView;
import dlfs.app.widgets.NumberGridView.Mark;
import dlfs.core.layer.Pooling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;

/**
 * 7.3 and 7.4.4 Pooling: max, average and global average pooling of the book's 4×4 example, the
 * backward pass that routes each gradient to the winning cell, and the shift test.
 */
public final class PoolingPage extends AbstractPage {
    public static final String ID = "pooling";
    private static final String ARROW = "→";

    private final PoolingViewModel model = new PoolingViewModel();
    private final ObjectProperty<Message> cellProblem = new SimpleObjectProperty<>(this, "cellProblem");
    private NumberGridView inputView;
    private NumberGridView outputView;
    private NumberGridView gradientView;
    private NumberGridView shiftedView;
    private NumberGridView shiftedOutput;
    private HBox upstreamHolder;
    private MatrixEditor inputEditor;
    private MatrixEditor upstreamEditor;

    public PoolingPage(PageContext context) {
        super(context, Chapter.CH07, ID);
    }

    public PoolingViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Pooling.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        for (PoolingViewModel.Kind kind : PoolingViewModel.Kind.values()) {
            keys.add(kindKey(kind));
        }
        return keys;
    }

    private static String kindKey(PoolingViewModel.Kind kind) {
        return "ch07.pooling.kind." + kind.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(outputView);
    }

    @Override
    public void reset() {
        model.resetToBook();
        if (inputEditor != null) {
            inputEditor.setValues(PoolingViewModel.SIDE, PoolingViewModel.SIDE, model.input());
        }
    }

    @Override
    protected Node createView() {
        inputView = new NumberGridView();
        outputView = new NumberGridView();
        gradientView = new NumberGridView();
        shiftedView = new NumberGridView();
        shiftedOutput = new NumberGridView();
        upstreamHolder = new HBox();
        inputView.setId("pooling-input");
        outputView.setId("pooling-output");
        gradientView.setId("pooling-gradient");
        shiftedOutput.setId("pooling-shifted-output");

        HBox kindButtons = PanelControls.toggles(i18n(), List.of(PoolingViewModel.Kind.values()), PoolingPage::kindKey,
                model.kindProperty(), "pooling");
        Spinner<Integer> window = spinner(1, 4, 2);
        Spinner<Integer> stride = spinner(1, 4, 2);
        window.valueProperty().addListener((obs, old, now) -> model.windowProperty().set(now));
        stride.valueProperty().addListener((obs, old, now) -> model.strideProperty().set(now));
        model.windowProperty().addListener((obs, old, now) -> window.getValueFactory().setValue(now.intValue()));
        model.strideProperty().addListener((obs, old, now) -> stride.getValueFactory().setValue(now.intValue()));
        window.disableProperty().bind(model.kindProperty().isEqualTo(PoolingViewModel.Kind.GLOBAL_AVERAGE));
        stride.disableProperty().bind(window.disableProperty());

        inputEditor = new MatrixEditor("pooling-cell", PoolingViewModel.SIDE, PoolingViewModel.SIDE, model.input());
        inputEditor.valuesProperty().addListener((obs, old, now) -> model.setInput(now));
        inputEditor.validProperty().addListener(obs -> showCellProblem());

        model.resultProperty().addListener(obs -> showResult());
        model.shiftedProperty().addListener(obs -> showShift());
        showResult();
        showShift();

        Slider shift = PanelControls.integerSlider(0, 2, 0);
        shift.setId("pooling-shift");
        shift.setShowTickLabels(true);
        shift.setPrefWidth(140);
        shift.valueProperty().addListener((obs, old, now) -> model.shiftProperty().set((int) Math.round(now.doubleValue())));
        model.shiftProperty().addListener((obs, old, now) -> shift.setValue(now.intValue()));
        Label verdict = PanelControls.message(i18n(), model.shiftVerdictProperty());
        verdict.setId("pooling-shift-verdict");

        return PanelControls.page(
                note(i18n(), "ch07.pooling.intro"),
                heading(i18n(), "ch07.pooling.forward"),
                flow(kindButtons,
                        labelled(i18n(), "ch07.pooling.window", window), labelled(i18n(), "ch07.pooling.stride", stride),
                        PanelControls.button(i18n(), "ch07.stepper.book", this::reset)),
                flow(captioned(caption(i18n(), "ch07.stepper.inputs"), inputEditor), PanelControls.operator(ARROW),
                        captioned(caption(i18n(), "ch07.pooling.windows"), inputView), PanelControls.operator(ARROW),
                        captioned(caption(i18n(), "ch07.stepper.outputCaption"), outputView)),
                validation(i18n(), cellProblem),
                validation(i18n(), model.problemProperty()),
                heading(i18n(), "ch07.pooling.backward"),
                note(i18n(), "ch07.pooling.backwardNote"),
                flow(captioned(caption(i18n(), "ch07.pooling.dout"), upstreamHolder), PanelControls.operator(ARROW),
                        captioned(caption(i18n(), "ch07.pooling.dx"), gradientView)),
                heading(i18n(), "ch07.pooling.shiftHeading"),
                note(i18n(), "ch07.pooling.shiftNote"),
                labelled(i18n(), "ch07.pooling.shift", shift),
                flow(captioned(caption(i18n(), "ch07.pooling.shiftedInput"), shiftedView), PanelControls.operator(ARROW),
                        captioned(caption(i18n(), "ch07.pooling.shiftedOutput"), shiftedOutput)),
                verdict);
    }

    private void showResult() {
        PoolingViewModel.Result result = model.getResult();
        if (result == null) {
            outputView.setValues(new double[0], 0, 0);
            gradientView.setValues(new double[0], 0, 0);
            inputView.setValues(model.input(), PoolingViewModel.SIDE, PoolingViewModel.SIDE);
            upstreamHolder.getChildren().clear();
            return;
        }
        drawWindows(inputView, model.input(), PoolingViewModel.SIDE, result);
        outputView.setValues(result.output(), result.outH(), result.outW());
        List<Mark> outputMarks = new ArrayList<>();
        for (int p = 0; p < result.output().length; p++) {
            outputMarks.add(Mark.cell(p / result.outW(), p % result.outW(), p, false));
        }
        outputView.setMarks(outputMarks);
        gradientView.setValues(result.inputGradient(), PoolingViewModel.SIDE, PoolingViewModel.SIDE);
        List<Mark> routed = new ArrayList<>();
        for (int i = 0; i < result.inputGradient().length; i++) {
            if (result.inputGradient()[i] != 0) {
                routed.add(Mark.cell(i / PoolingViewModel.SIDE, i % PoolingViewModel.SIDE, 2, true));
            }
        }
        gradientView.setMarks(routed);
        if (upstreamEditor == null || upstreamEditor.rows() != result.outH()) {
            upstreamEditor = new MatrixEditor("pooling-dout", result.outH(), result.outW(), model.upstream());
            upstreamEditor.valuesProperty().addListener((obs, old, now) -> model.setUpstream(now));
            upstreamEditor.validProperty().addListener(obs -> showCellProblem());
            upstreamHolder.getChildren().setAll(upstreamEditor);
        } else if (!Arrays.equals(upstreamEditor.getValues(), model.upstream())) {
            upstreamEditor.setValues(result.outH(), result.outW(), model.upstream());
        }
    }

    /** A message under the matrices while a cell of the input or of the upstream gradient is not a number. */
    private void showCellProblem() {
        boolean ok = inputEditor.validProperty().get() && (upstreamEditor == null || upstreamEditor.validProperty().get());
        cellProblem.set(ok ? null : Message.of("ch07.stepper.badNumber", NumberGridView.format(MatrixEditor.LIMIT)));
    }

    private void showShift() {
        PoolingViewModel.Result moved = model.shiftedProperty().get();
        drawWindows(shiftedView, PoolingViewModel.shiftRight(PoolingViewModel.SHIFT_INPUT, PoolingViewModel.SHIFT_SIDE,
                model.shiftProperty().get()), PoolingViewModel.SHIFT_SIDE, moved);
        shiftedOutput.setValues(moved.output(), moved.outH(), moved.outW());
    }

    /** The input with each window outlined in its own colour and, for max pooling, its winner filled. */
    private static void drawWindows(NumberGridView view, double[] input, int side, PoolingViewModel.Result result) {
        view.setValues(input, side, side);
        List<Mark> marks = new ArrayList<>();
        for (int p = 0; p < result.output().length; p++) {
            marks.add(new Mark(result.windowTops()[p], result.windowLefts()[p], result.window(), result.window(), p, false));
            if (result.winners().length > 0) {
                int winner = result.winners()[p];
                marks.add(Mark.cell(winner / side, winner % side, p, true));
            }
        }
        view.setMarks(marks);
    }
}
