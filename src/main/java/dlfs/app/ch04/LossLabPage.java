package dlfs.app.ch04;

import dlfs.app.ch04.LossLabViewModel.Losses;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.DraggableBarChartView;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.FunctionPlotView;
import dlfs.core.function.Functions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * 4.2 Loss lab: drag the ten predicted probabilities and watch the sum of squared errors, the
 * cross-entropy, the mean squared and the mean absolute error change, next to the book's two
 * example outputs; the −log y curve shows why a confident wrong answer costs so much.
 */
public final class LossLabPage extends AbstractPage {
    public static final String ID = "loss-lab";
    private static final String[] LOSS_KEYS = {"ch04.loss.sse", "ch04.loss.ce", "ch04.loss.mse", "ch04.loss.mae"};
    private static final String[] LOSS_IDS = {"sse", "ce", "mse", "mae"};

    private final LossLabViewModel model = new LossLabViewModel();
    private DraggableBarChartView bars;

    public LossLabPage(PageContext context) {
        super(context, Chapter.CH04, ID);
    }

    LossLabViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Functions.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(bars);
    }

    @Override
    public void reset() {
        model.showBookExample1();
        model.indexTargetProperty().set(false);
    }

    @Override
    protected Node createView() {
        return PanelParts.panel(
                PanelParts.heading(i18n(), "ch04.lossLab.outputs"),
                PanelParts.hint(i18n(), "ch04.lossLab.dragHint"),
                presets(),
                probabilityBars(),
                targets(),
                PanelParts.heading(i18n(), "ch04.lossLab.losses"),
                lossTable(),
                PanelParts.hint(i18n(), "ch04.lossLab.bookNote"),
                PanelParts.heading(i18n(), "ch04.lossLab.logCurve"),
                logCurve());
    }

    private Node presets() {
        ChoiceBox<Integer> label = new ChoiceBox<>();
        label.setId("loss-label");
        label.getItems().setAll(IntStream.range(0, LossLabViewModel.CLASSES).boxed().toList());
        label.setValue(model.correctLabelProperty().get());
        label.valueProperty().addListener((obs, old, now) -> model.correctLabelProperty().set(now));
        model.correctLabelProperty().addListener((obs, old, now) -> label.setValue(now.intValue()));
        FlowPane row = new FlowPane(8, 6,
                PanelParts.button(i18n(), "ch04.lossLab.example1", "loss-example-1", model::showBookExample1),
                PanelParts.button(i18n(), "ch04.lossLab.example2", "loss-example-2", model::showBookExample2),
                PanelParts.button(i18n(), "ch04.lossLab.uniform", "loss-uniform", model::showUniform),
                PanelParts.text(i18n(), "ch04.lossLab.correctClass"), label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node probabilityBars() {
        bars = new DraggableBarChartView();
        bars.setId("loss-bars");
        bars.xLabelProperty().bind(i18n().binding("ch04.lossLab.class"));
        bars.yLabelProperty().bind(i18n().binding("ch04.lossLab.probability"));
        bars.setOnBarDragged(model::setProbability);
        bars.highlightedProperty().bind(model.correctLabelProperty());
        List<String> names = IntStream.range(0, LossLabViewModel.CLASSES).mapToObj(Integer::toString).toList();
        Runnable show = () -> {
            bars.setValues(names, model.probabilities());
            bars.setTargets(LossLabViewModel.oneHot(model.correctLabelProperty().get()).data());
        };
        model.probabilitiesProperty().addListener(obs -> show.run());
        model.correctLabelProperty().addListener(obs -> show.run());
        show.run();
        return bars;
    }

    private Node targets() {
        ToggleGroup targetForm = new ToggleGroup();
        RadioButton oneHot = new RadioButton();
        oneHot.setId("loss-target-one-hot");
        oneHot.textProperty().bind(i18n().binding("ch04.lossLab.oneHot"));
        RadioButton index = new RadioButton();
        index.setId("loss-target-index");
        index.textProperty().bind(i18n().binding("ch04.lossLab.index"));
        oneHot.setToggleGroup(targetForm);
        index.setToggleGroup(targetForm);
        oneHot.setSelected(true);
        index.selectedProperty().bindBidirectional(model.indexTargetProperty());
        model.indexTargetProperty().addListener((obs, old, now) -> oneHot.setSelected(!now));

        Label y = PanelParts.value("loss-y");
        Label t = PanelParts.value("loss-t");
        Runnable show = () -> {
            int label = model.correctLabelProperty().get();
            String target = model.indexTargetProperty().get() ? Integer.toString(label)
                    : vector(LossLabViewModel.oneHot(label).data());
            y.setText(NumberText.equation("y", vector(model.probabilities())));
            t.setText(NumberText.equation("t", target));
        };
        model.probabilitiesProperty().addListener(obs -> show.run());
        model.correctLabelProperty().addListener(obs -> show.run());
        model.indexTargetProperty().addListener(obs -> show.run());
        show.run();
        FlowPane form = new FlowPane(12, 4, PanelParts.text(i18n(), "ch04.lossLab.targetForm"), oneHot, index);
        form.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, y, form, t);
    }

    private static String vector(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(NumberText.significant(v, 3));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private Node lossTable() {
        GridPane table = new GridPane();
        table.getStyleClass().add("ch04-table");
        String[] columns = {"ch04.lossLab.thisOutput", "ch04.lossLab.example1Short", "ch04.lossLab.example2Short"};
        for (int c = 0; c < columns.length; c++) {
            Label title = PanelParts.text(i18n(), columns[c]);
            title.getStyleClass().add("ch04-column-title");
            table.add(title, c + 1, 0);
        }
        Losses book1 = LossLabViewModel.bookLosses(LossLabViewModel.BOOK_EXAMPLE_1);
        Losses book2 = LossLabViewModel.bookLosses(LossLabViewModel.BOOK_EXAMPLE_2);
        Label[] live = new Label[LOSS_KEYS.length];
        for (int r = 0; r < LOSS_KEYS.length; r++) {
            table.add(PanelParts.text(i18n(), LOSS_KEYS[r]), 0, r + 1);
            live[r] = PanelParts.cell("loss-" + LOSS_IDS[r]);
            Label first = PanelParts.cell("loss-" + LOSS_IDS[r] + "-book1");
            first.setText(lossText(valueOf(book1, r)));
            Label second = PanelParts.cell("loss-" + LOSS_IDS[r] + "-book2");
            second.setText(lossText(valueOf(book2, r)));
            table.addRow(r + 1, live[r], first, second);
        }
        Runnable show = () -> {
            for (int r = 0; r < live.length; r++) {
                live[r].setText(lossText(valueOf(model.losses(), r)));
            }
        };
        model.lossesProperty().addListener(obs -> show.run());
        show.run();
        return table;
    }

    private static double valueOf(Losses losses, int row) {
        return switch (row) {
            case 0 -> losses.sumSquared();
            case 1 -> losses.crossEntropy();
            case 2 -> losses.meanSquared();
            default -> losses.meanAbsolute();
        };
    }

    /** Ten significant digits: the book's 0.0975 and 0.510825457… read as printed. */
    static String lossText(double loss) {
        return NumberText.significant(loss, 10);
    }

    private Node logCurve() {
        FunctionPlotView logPlot = new FunctionPlotView();
        logPlot.setId("loss-log-curve");
        logPlot.setRange(0, 1, 0, 5);
        logPlot.setPrefHeight(240);
        logPlot.xLabelProperty().bind(i18n().binding("ch04.lossLab.correctProbability"));
        logPlot.yLabelProperty().bind(i18n().binding("ch04.lossLab.crossEntropyAxis"));
        Runnable show = () -> {
            double p = model.probabilities()[model.correctLabelProperty().get()];
            double ce = model.losses().crossEntropy();
            logPlot.setItems(List.of(
                    new FunctionPlotView.Curve("−log y", y -> -Math.log(y), 0, false),
                    new FunctionPlotView.Point(NumberText.equation("−log " + NumberText.significant(p, 3),
                            NumberText.significant(ce, 4)), p, ce, 1)));
        };
        model.lossesProperty().addListener(obs -> show.run());
        show.run();
        return logPlot;
    }
}
