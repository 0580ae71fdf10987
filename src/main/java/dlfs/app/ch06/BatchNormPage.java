package dlfs.app.ch06;

import dlfs.app.ch06.BatchNormViewModel.Epsilon;
import dlfs.app.ch06.BatchNormViewModel.Forward;
import dlfs.app.ch06.LockstepJob.Evaluation;
import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.SmallMultiplesView;
import dlfs.core.layer.BatchNormalization;
import dlfs.core.network.MultiLayerNetExtend;
import dlfs.core.train.LockstepTraining;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

/**
 * 6.3: Batch Normalization of one mini-batch, step by step with the numbers (μ_B, σ_B², x̂, γx̂ + β),
 * and the book's grid of 16 initial scales trained with and without it (Fig 6-19), live.
 */
public final class BatchNormPage extends AbstractPage {
    public static final String ID = "batch-norm";
    /** Batches longer than this are summed as "x₁ + x₂ + … + x_m" in the worked formulas. */
    private static final int WRITTEN_OUT = 8;

    private final BatchNormViewModel model = new BatchNormViewModel();
    private GridPane table;
    private final SimpleObjectProperty<Message> meanLine = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Message> varianceLine = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Message> normalizeLine = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Message> outputLine = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Message> summary = new SimpleObjectProperty<>();
    private SmallMultiplesView grid;

    public BatchNormPage(PageContext context) {
        super(context, Chapter.CH06, ID);
    }

    BatchNormViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(BatchNormalization.class, MultiLayerNetExtend.class, LockstepTraining.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        for (int stage = 0; stage <= BatchNormViewModel.STEPS; stage++) {
            keys.add(stageKey(stage));
        }
        return keys;
    }

    private static String stageKey(int stage) {
        return "ch06.bn.stage." + stage;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(grid);
    }

    @Override
    public void reset() {
        model.run().cancel();
        model.batchTextProperty().set("1, 2, 3, 4");
        model.epsilonProperty().set(Epsilon.BOOK_TEXT);
        model.gammaProperty().set(1);
        model.betaProperty().set(0);
        model.stageProperty().set(BatchNormViewModel.STEPS);
    }

    @Override
    protected Node createView() {
        var i18n = i18n();
        TextField batch = new TextField();
        batch.setId("bn-batch");
        batch.getStyleClass().add("content-text");
        batch.setPrefColumnCount(18);
        batch.textProperty().bindBidirectional(model.batchTextProperty());
        ComboBox<Epsilon> epsilon = PanelUi.choice(i18n, List.of(Epsilon.values()), Epsilon::nameKey,
                model.epsilonProperty());
        Slider gamma = slider(0, 3, model.gammaProperty());
        Slider beta = slider(-3, 3, model.betaProperty());
        Label gammaValue = PanelUi.value(Bindings.createStringBinding(() -> Numbers.format(model.gammaProperty().get(), 3),
                model.gammaProperty()));
        Label betaValue = PanelUi.value(Bindings.createStringBinding(() -> Numbers.format(model.betaProperty().get(), 3),
                model.betaProperty()));
        Button first = PanelUi.button(i18n, "ch06.bn.first-step", model::firstStep);
        Button next = PanelUi.button(i18n, "ch06.bn.next-step", model::nextStep);
        next.setId("bn-next");
        next.disableProperty().bind(model.stageProperty().greaterThanOrEqualTo(BatchNormViewModel.STEPS));
        Label stage = PanelUi.value(Bindings.createStringBinding(() -> i18n.text(stageKey(model.stageProperty().get())),
                model.stageProperty(), i18n.bundleProperty()));
        table = new GridPane();
        table.setHgap(18);
        table.setVgap(2);
        table.setId("bn-table");
        model.forwardProperty().addListener(obs -> show());
        model.stageProperty().addListener(obs -> show());
        show();

        NumberField epochs = NumberField.of(i18n, model.epochsProperty(), NumberField.Rule.whole(1, 200)).columns(4);
        NumberField size = NumberField.of(i18n, model.trainingSizeProperty(), NumberField.Rule.whole(100, 60_000)).columns(6);
        grid = new SmallMultiplesView();
        grid.setPrefHeight(560);
        FlowPane runRow = PanelUi.flow(PanelUi.labelled(i18n, "ch06.bn.epochs", epochs),
                PanelUi.labelled(i18n, "ch06.bn.training-size", size));
        runRow.getChildren().addAll(PanelUi.runControls(i18n, model.run(), () -> model.startGrid(context().training()), "bn"));
        model.run().snapshotProperty().addListener(obs -> showGrid());
        i18n.bundleProperty().addListener(obs -> {
            show();
            showGrid();
        });
        showGrid();

        return PanelUi.page(
                PanelUi.heading(i18n, "ch06.bn.step-heading"),
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.bn.batch", batch), PanelUi.labelled(i18n, "ch06.bn.epsilon", epsilon)),
                PanelUi.message(i18n, model.batchErrorProperty(), PanelUi.WARNING_STYLE),
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.bn.gamma", gamma), gammaValue,
                        PanelUi.labelled(i18n, "ch06.bn.beta", beta), betaValue),
                PanelUi.flow(first, next, stage),
                formula(meanLine), formula(varianceLine), formula(normalizeLine), formula(outputLine),
                table,
                PanelUi.heading(i18n, "ch06.bn.grid-heading"),
                PanelUi.hint(i18n, "ch06.bn.grid-setup"),
                runRow,
                grid,
                PanelUi.message(i18n, summary, "-fx-text-fill: -dlfs-muted;"));
    }

    private Label formula(SimpleObjectProperty<Message> line) {
        Label label = PanelUi.message(i18n(), line, "");
        label.getStyleClass().addAll("formula", "content-text");
        return label;
    }

    private static Slider slider(double min, double max, DoubleProperty property) {
        Slider slider = new Slider(min, max, property.get());
        slider.setPrefWidth(140);
        slider.valueProperty().bindBidirectional(property);
        return slider;
    }

    private void show() {
        Forward f = model.forwardProperty().get();
        int stage = model.stageProperty().get();
        table.getChildren().clear();
        if (f == null) {
            return;
        }
        int m = f.x().length;
        double std = Math.sqrt(f.variance() + f.epsilon());
        meanLine.set(stage >= 1 ? Message.of("ch06.bn.mean", m, sum(f.x(), null), Numbers.format(f.mean())) : null);
        varianceLine.set(stage >= 2 ? Message.of("ch06.bn.variance", m, sum(f.x(), f.mean()), Numbers.format(f.variance()))
                : null);
        normalizeLine.set(stage >= 3 ? Message.of("ch06.bn.normalize", Numbers.format(f.mean()),
                Numbers.format(f.variance()), Numbers.format(f.epsilon()), Numbers.format(std)) : null);
        outputLine.set(stage >= 4 ? Message.of("ch06.bn.output", Numbers.format(model.gammaProperty().get(), 3),
                Numbers.format(model.betaProperty().get(), 3)) : null);
        List<String> headers = new ArrayList<>(List.of("ch06.bn.column.i", "ch06.bn.column.x"));
        if (stage >= 3) {
            headers.add("ch06.bn.column.xhat");
        }
        if (stage >= 4) {
            headers.add("ch06.bn.column.y");
        }
        for (int c = 0; c < headers.size(); c++) {
            table.add(PanelUi.columnHeader(i18n(), headers.get(c)), c, 0);
        }
        for (int i = 0; i < m; i++) {
            table.add(PanelUi.data(Integer.toString(i + 1), null), 0, i + 1);
            table.add(PanelUi.data(Numbers.format(f.x()[i]), null), 1, i + 1);
            if (stage >= 3) {
                table.add(PanelUi.data(Numbers.format(f.normalized()[i], 8), "bn-xhat-" + (i + 1)), 2, i + 1);
            }
            if (stage >= 4) {
                table.add(PanelUi.data(Numbers.format(f.output()[i], 8), "bn-y-" + (i + 1)), 3, i + 1);
            }
        }
    }

    /** "1 + 2 + 3 + 4", or with a mean "(1 − 2.5)² + …", written out for short batches. */
    private static String sum(double[] x, Double mean) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (x.length > WRITTEN_OUT && i == 2) {
                terms.add("…");
                i = x.length - 1;
            }
            terms.add(mean == null ? Numbers.format(x[i]) : "(" + Numbers.format(x[i]) + " − " + Numbers.format(mean) + ")²");
        }
        return String.join(" + ", terms);
    }

    /** A diverged network (NaN) has learned nothing. */
    private static double orZero(double accuracy) {
        return Double.isNaN(accuracy) ? 0 : accuracy;
    }

    private void showGrid() {
        var i18n = i18n();
        Snapshot s = model.run().snapshot();
        double[] scales = model.scales();
        List<SmallMultiplesView.Panel> panels = new ArrayList<>();
        int better = 0;
        int compared = 0;
        for (int k = 0; k < scales.length; k++) {
            double[] withBn = new double[s.evaluations().size()];
            double[] without = new double[s.evaluations().size()];
            for (int e = 0; e < s.evaluations().size(); e++) {
                Evaluation evaluation = s.evaluations().get(e);
                withBn[e] = 2 * k < evaluation.train().length ? evaluation.train()[2 * k] : Double.NaN;
                without[e] = 2 * k + 1 < evaluation.train().length ? evaluation.train()[2 * k + 1] : Double.NaN;
            }
            if (withBn.length > 1) {
                compared++;
                if (orZero(withBn[withBn.length - 1]) > orZero(without[without.length - 1])) {
                    better++;
                }
            }
            boolean withDiverged = 2 * k + 1 < s.diverged().length && s.diverged()[2 * k];
            boolean withoutDiverged = 2 * k + 1 < s.diverged().length && s.diverged()[2 * k + 1];
            String note = withDiverged ? i18n.text("ch06.bn.with-diverged")
                    : withoutDiverged ? i18n.text("ch06.bn.without-diverged") : "";
            panels.add(new SmallMultiplesView.Panel("W: " + Numbers.format(scales[k], 4), List.of(withBn, without), note));
        }
        grid.setPanels(List.of(i18n.text("ch06.bn.with"), i18n.text("ch06.bn.without")), panels, 4,
                Math.max(1, s.evaluations().size() - 1), 0, 1);
        summary.set(compared == 0 ? null : Message.of("ch06.bn.summary", better, compared,
                s.evaluations().size() - 1));
    }
}
