package dlfs.app.ch06;

import dlfs.app.ch06.OptimizerTrajectoryViewModel.Run;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.LineChartView;
import dlfs.app.widgets.LineSeries;
import dlfs.app.widgets.PlotCanvas;
import dlfs.app.widgets.SurfacePlotView;
import dlfs.core.expression.ExpressionException;
import dlfs.core.expression.ExpressionParser;
import dlfs.core.optimizer.AdaGrad;
import dlfs.core.optimizer.Adam;
import dlfs.core.optimizer.Momentum;
import dlfs.core.optimizer.Nesterov;
import dlfs.core.optimizer.RmsProp;
import dlfs.core.optimizer.Sgd;
import dlfs.core.optimizer.SurfaceFunction;
import dlfs.core.optimizer.TestSurfaces;
import dlfs.core.optimizer.Trajectory;
import dlfs.core.optimizer.TrajectoryState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * 6.1: the optimizers walking on f(x, y) = x²/20 + y² from (−7, 2) (Figs 6-3 … 6-8) and on other
 * landscapes, overlaid or side by side, with their state drawn at the current point, a table of
 * positions and states, f along the way and the chosen optimizer's state over the steps.
 */
public final class OptimizerTrajectoryPage extends AbstractPage {
    public static final String ID = "optimizer-trajectories";

    private final OptimizerTrajectoryViewModel model = new OptimizerTrajectoryViewModel();
    private SurfacePlotView overlaid;
    private final Map<OptimizerKind, SurfacePlotView> small = new EnumMap<>(OptimizerKind.class);
    private final Map<OptimizerKind, Label> positions = new EnumMap<>(OptimizerKind.class);
    private final Map<OptimizerKind, Label> values = new EnumMap<>(OptimizerKind.class);
    private final Map<OptimizerKind, SimpleObjectProperty<Message>> states = new EnumMap<>(OptimizerKind.class);
    private LineChartView valueChart;
    private final Map<OptimizerKind, LineSeries> valueSeries = new EnumMap<>(OptimizerKind.class);
    private StackPane stateChartHolder;
    private Timeline player;

    public OptimizerTrajectoryPage(PageContext context) {
        super(context, Chapter.CH06, ID);
    }

    OptimizerTrajectoryViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Trajectory.class, Sgd.class, Momentum.class, Nesterov.class, AdaGrad.class, RmsProp.class,
                Adam.class, TrajectoryState.class, SurfaceFunction.class, TestSurfaces.class, ExpressionParser.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        keys.addAll(OptimizerKind.textKeys());
        for (SurfaceChoice s : SurfaceChoice.values()) {
            keys.add(s.nameKey());
        }
        for (ExpressionException.Problem problem : ExpressionException.Problem.values()) {
            keys.add(OptimizerTrajectoryViewModel.expressionErrorKey(problem));
        }
        return keys;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(overlaid);
    }

    @Override
    public void reset() {
        if (player != null) {
            player.stop();
        }
        model.sideBySideProperty().set(false);
        model.surfaceProperty().set(SurfaceChoice.BOOK_BOWL);
        model.settings().forEach(s -> s.enabledProperty().set(true));
        model.applyPreset();
    }

    @Override
    protected Node createView() {
        var i18n = i18n();
        overlaid = new SurfacePlotView();
        valueChart = new LineChartView();
        stateChartHolder = new StackPane();
        player = new Timeline();
        ToggleButton play = new ToggleButton();
        Slider speed = new Slider(1, 30, 6);
        ComboBox<SurfaceChoice> surface = PanelUi.choice(i18n, List.of(SurfaceChoice.values()), SurfaceChoice::nameKey,
                model.surfaceProperty());
        surface.setId("trajectory-surface");
        TextField expression = new TextField();
        expression.setId("trajectory-expression");
        expression.getStyleClass().add("content-text");
        expression.setPrefColumnCount(22);
        expression.textProperty().bindBidirectional(model.customExpressionProperty());
        NumberField range = NumberField.of(i18n, model.customRangeProperty(),
                NumberField.Rule.between(OptimizerTrajectoryViewModel.MIN_RANGE, OptimizerTrajectoryViewModel.MAX_RANGE));
        HBox custom = PanelUi.row(PanelUi.labelled(i18n, "ch06.trajectory.expression", expression),
                PanelUi.labelled(i18n, "ch06.trajectory.range", range));
        custom.visibleProperty().bind(model.surfaceProperty().isEqualTo(SurfaceChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        Label expressionError = PanelUi.message(i18n, model.expressionErrorProperty(), PanelUi.WARNING_STYLE);
        expressionError.setId("trajectory-expression-error");
        expressionError.visibleProperty().unbind();
        expressionError.visibleProperty().bind(custom.visibleProperty().and(model.expressionErrorProperty().isNotNull()));

        NumberField startX = NumberField.of(i18n, model.startXProperty(), NumberField.Rule.between(-1e6, 1e6));
        NumberField startY = NumberField.of(i18n, model.startYProperty(), NumberField.Rule.between(-1e6, 1e6));
        startX.setId("trajectory-start-x");
        startY.setId("trajectory-start-y");
        NumberField steps = NumberField.of(i18n, model.totalStepsProperty(),
                NumberField.Rule.whole(1, OptimizerTrajectoryViewModel.MAX_STEPS));
        steps.setId("trajectory-steps");
        Button presets = PanelUi.button(i18n, "ch06.trajectory.presets", model::applyPreset);

        Button rewind = PanelUi.button(i18n, "ch06.trajectory.rewind", () -> {
            player.stop();
            model.rewind();
        });
        rewind.setId("trajectory-rewind");
        Button step = PanelUi.button(i18n, "ch06.trajectory.step", () -> {
            player.stop();
            model.step();
        });
        step.setId("trajectory-step");
        play.textProperty().bind(Bindings.when(play.selectedProperty()).then(i18n.binding("ch06.trajectory.pause"))
                .otherwise(i18n.binding("ch06.trajectory.play")));
        play.setOnAction(e -> togglePlay());
        play.setId("trajectory-play");
        player.statusProperty().addListener((obs, old, now) -> play.setSelected(now == Animation.Status.RUNNING));
        speed.setPrefWidth(110);
        speed.valueProperty().addListener(obs -> player.setRate(speed.getValue()));
        Label stepCount = PanelUi.value(Bindings.createStringBinding(() -> i18n.text("ch06.trajectory.step-count",
                model.shownStepsProperty().get(), model.totalStepsProperty().get()), i18n.bundleProperty(),
                model.shownStepsProperty(), model.totalStepsProperty()));
        stepCount.setId("trajectory-step-count");
        ToggleButton layout = new ToggleButton();
        layout.textProperty().bind(i18n.binding("ch06.trajectory.side-by-side"));
        layout.selectedProperty().bindBidirectional(model.sideBySideProperty());

        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> {
            if (!model.step()) {
                player.stop();
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        player.setRate(speed.getValue());

        overlaid.setOnStartMoved(model::moveStart);
        overlaid.xLabelProperty().set("x");
        overlaid.yLabelProperty().set("y");
        overlaid.setPrefHeight(330);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        for (OptimizerKind kind : OptimizerKind.values()) {
            SurfacePlotView view = new SurfacePlotView();
            view.setPrefSize(280, 200);
            view.titleProperty().bind(i18n.binding(kind.nameKey()));
            view.setOnStartMoved(model::moveStart);
            small.put(kind, view);
            grid.add(view, kind.ordinal() % 2, kind.ordinal() / 2);
        }
        for (int c = 0; c < 2; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            grid.getColumnConstraints().add(column);
        }
        StackPane plots = new StackPane(overlaid, grid);
        overlaid.visibleProperty().bind(model.sideBySideProperty().not());
        grid.visibleProperty().bind(model.sideBySideProperty());
        overlaid.managedProperty().bind(overlaid.visibleProperty());
        grid.managedProperty().bind(grid.visibleProperty());

        valueChart.xLabelProperty().bind(i18n.binding("ch06.trajectory.steps-axis"));
        valueChart.yLabelProperty().bind(i18n.binding("ch06.trajectory.value-axis"));
        valueChart.setPrefHeight(260);
        for (OptimizerKind kind : OptimizerKind.values()) {
            valueSeries.put(kind, valueChart.addSeries(i18n.binding(kind.nameKey())));
        }
        ComboBox<OptimizerKind> focus = PanelUi.choice(i18n, List.of(OptimizerKind.values()), OptimizerKind::nameKey,
                model.stateFocusProperty());
        model.stateFocusProperty().addListener(obs -> drawStateChart());

        model.runsProperty().addListener(obs -> show());
        model.surfaceProperty().addListener(obs -> showSurface());
        model.customRangeProperty().addListener(obs -> showSurface());
        model.customExpressionProperty().addListener(obs -> showSurface());
        model.startXProperty().addListener(obs -> showStart());
        model.startYProperty().addListener(obs -> showStart());
        i18n.bundleProperty().addListener(obs -> show());
        GridPane table = optimizerTable();
        showSurface();
        showStart();
        show();

        return PanelUi.page(
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.trajectory.surface", surface), presets),
                custom, expressionError,
                PanelUi.flow(PanelUi.labelled(i18n, "ch06.trajectory.start-x", startX),
                        PanelUi.labelled(i18n, "ch06.trajectory.start-y", startY),
                        PanelUi.labelled(i18n, "ch06.trajectory.steps", steps)),
                PanelUi.flow(rewind, step, play, PanelUi.labelled(i18n, "ch06.trajectory.speed", speed), stepCount, layout),
                plots,
                PanelUi.hint(i18n, "ch06.trajectory.hint"),
                table,
                PanelUi.heading(i18n, "ch06.trajectory.value-heading"),
                valueChart,
                PanelUi.flow(PanelUi.heading(i18n, "ch06.trajectory.state-heading"), focus),
                stateChartHolder);
    }

    private void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            player.stop();
            return;
        }
        if (model.shownStepsProperty().get() >= model.totalStepsProperty().get()) {
            model.rewind();
        }
        player.play();
    }

    /** Two lines per optimizer: on/off, η and coefficients; then where it is, f there and its state. */
    private GridPane optimizerTable() {
        var i18n = i18n();
        GridPane table = new GridPane();
        table.setHgap(10);
        table.setVgap(2);
        for (OptimizerKind kind : OptimizerKind.values()) {
            OptimizerSettings s = model.settings(kind);
            int row = 2 * kind.ordinal();
            CheckBox enabled = PanelUi.optimizerCheckBox(i18n, s);
            HBox settingsRow = PanelUi.optimizerFields(i18n, s, "trajectory");
            Label position = new Label();
            position.getStyleClass().add("content-text");
            position.setId("trajectory-position-" + kind.coreName());
            positions.put(kind, position);
            Label value = new Label();
            value.getStyleClass().add("content-text");
            values.put(kind, value);
            SimpleObjectProperty<Message> state = new SimpleObjectProperty<>();
            states.put(kind, state);
            Label stateText = PanelUi.message(i18n, state, "-fx-text-fill: -dlfs-muted;");
            stateText.getStyleClass().add("content-text");
            stateText.setId("trajectory-state-" + kind.coreName());
            VBox reading = new VBox(new FlowPane(14, 0, position, value), stateText);
            reading.setPadding(new Insets(0, 0, 6, 0));
            table.add(enabled, 0, row);
            table.add(settingsRow, 1, row);
            table.add(reading, 1, row + 1);
            GridPane.setValignment(enabled, VPos.BASELINE);
        }
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints rest = new ColumnConstraints(0, Region.USE_COMPUTED_SIZE, Double.MAX_VALUE);
        rest.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().setAll(names, rest);
        return table;
    }

    private void showSurface() {
        double[] w = model.window();
        SurfaceChoice choice = model.surfaceProperty().get();
        SurfaceFunction f = model.function();
        List<SurfacePlotView> views = new ArrayList<>(small.values());
        views.add(overlaid);
        for (SurfacePlotView view : views) {
            view.setSurface(f::value, w[0], w[1], w[2], w[3]);
            view.setMinimum(choice.markX, choice.markY);
            view.xLabelProperty().set("x");
            view.yLabelProperty().set("y");
        }
    }

    private void showStart() {
        overlaid.setStart(model.startXProperty().get(), model.startYProperty().get());
        small.values().forEach(v -> v.setStart(model.startXProperty().get(), model.startYProperty().get()));
    }

    private void show() {
        List<SurfacePlotView.Path> paths = new ArrayList<>();
        List<SurfacePlotView.Arrow> arrows = new ArrayList<>();
        List<SurfacePlotView.Ellipse> ellipses = new ArrayList<>();
        SurfaceFunction f = model.function();
        for (OptimizerKind kind : OptimizerKind.values()) {
            Run run = model.run(kind);
            LineSeries series = valueSeries.get(kind);
            series.clear();
            SurfacePlotView view = small.get(kind);
            if (run == null) {
                view.setPaths(List.of());
                view.setOverlays(List.of(), List.of());
                positions.get(kind).setText(null);
                values.get(kind).setText(null);
                states.get(kind).set(null);
                continue;
            }
            Color color = PlotCanvas.SERIES_COLORS.get(kind.ordinal());
            SurfacePlotView.Path path = new SurfacePlotView.Path(i18n().text(kind.nameKey()), color, run.xs(), run.ys());
            paths.add(path);
            List<SurfacePlotView.Arrow> ownArrows = new ArrayList<>();
            List<SurfacePlotView.Ellipse> ownEllipses = new ArrayList<>();
            overlay(run, color, ownArrows, ownEllipses);
            arrows.addAll(ownArrows);
            ellipses.addAll(ownEllipses);
            view.setPaths(List.of(path));
            view.setOverlays(ownArrows, ownEllipses);
            double x = run.xs()[run.last()];
            double y = run.ys()[run.last()];
            positions.get(kind).setText(i18n().text("ch06.trajectory.position", Numbers.format(x), Numbers.format(y)));
            values.get(kind).setText(i18n().text("ch06.trajectory.value", Numbers.format(f.value(x, y))));
            states.get(kind).set(stateMessage(run));
            for (int i = 0; i <= run.last(); i++) {
                series.add(i, f.value(run.xs()[i], run.ys()[i]));
            }
        }
        valueChart.logYProperty().set(model.surfaceProperty().get() != SurfaceChoice.SADDLE && allPositive());
        overlaid.setPaths(paths);
        overlaid.setOverlays(arrows, ellipses);
        drawStateChart();
    }

    private boolean allPositive() {
        for (LineSeries s : valueChart.series()) {
            for (int i = 0; i < s.size(); i++) {
                if (!(s.y(i) > 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Momentum-like state as an arrow, adaptive rates as an ellipse of the per-axis step per unit gradient. */
    private static void overlay(Run run, Color color, List<SurfacePlotView.Arrow> arrows,
                                List<SurfacePlotView.Ellipse> ellipses) {
        TrajectoryState s = run.states().get(run.states().size() - 1);
        double x = run.xs()[run.last()];
        double y = run.ys()[run.last()];
        if (s.velocity() != null) {
            arrows.add(new SurfacePlotView.Arrow(x, y, s.velocity()[0], s.velocity()[1], color));
        } else if (s.firstMoment() != null && s.effectiveRate() != null) {
            arrows.add(new SurfacePlotView.Arrow(x, y, -s.effectiveRate()[0] * s.firstMoment()[0],
                    -s.effectiveRate()[1] * s.firstMoment()[1], color));
        } else if (s.effectiveRate() != null) {
            ellipses.add(new SurfacePlotView.Ellipse(x, y, s.effectiveRate()[0], s.effectiveRate()[1], color));
        }
    }

    private static Message stateMessage(Run run) {
        if (run.diverged()) {
            return Message.of("ch06.trajectory.diverged", run.divergedAt());
        }
        TrajectoryState s = run.states().get(run.states().size() - 1);
        if (s.velocity() != null) {
            return Message.of("ch06.trajectory.state.velocity", pair(s.velocity()));
        }
        if (s.firstMoment() != null) {
            return Message.of("ch06.trajectory.state.adam", pair(s.firstMoment()), pair(s.secondMoment()),
                    s.effectiveRate() == null ? "—" : pair(s.effectiveRate()));
        }
        if (s.accumulatedSquares() != null) {
            return Message.of("ch06.trajectory.state.adaptive", pair(s.accumulatedSquares()),
                    s.effectiveRate() == null ? "—" : pair(s.effectiveRate()));
        }
        return Message.of("ch06.trajectory.state.none");
    }

    private static String pair(double[] v) {
        return "(" + Numbers.format(v[0], 4) + ", " + Numbers.format(v[1], 4) + ")";
    }

    /** The chosen optimizer's state components against the step. */
    private void drawStateChart() {
        var i18n = i18n();
        OptimizerKind kind = model.stateFocusProperty().get();
        Run run = model.run(kind);
        LineChartView chart = new LineChartView();
        chart.setPrefHeight(240);
        chart.xLabelProperty().bind(i18n.binding("ch06.trajectory.steps-axis"));
        List<String> components = switch (kind) {
            case MOMENTUM, NESTEROV -> List.of("ch06.trajectory.component.vx", "ch06.trajectory.component.vy");
            case ADAGRAD, RMSPROP -> List.of("ch06.trajectory.component.rate-x", "ch06.trajectory.component.rate-y");
            case ADAM -> List.of("ch06.trajectory.component.mx", "ch06.trajectory.component.my",
                    "ch06.trajectory.component.sqrt-vx", "ch06.trajectory.component.sqrt-vy");
            case SGD -> List.of();
        };
        String axis = switch (kind) {
            case MOMENTUM, NESTEROV -> "ch06.trajectory.state-axis.velocity";
            case ADAGRAD, RMSPROP -> "ch06.trajectory.state-axis.rate";
            case ADAM, SGD -> "ch06.trajectory.state-axis.moments";
        };
        chart.yLabelProperty().bind(i18n.binding(axis));
        chart.logYProperty().set(kind == OptimizerKind.ADAGRAD || kind == OptimizerKind.RMSPROP);
        List<LineSeries> series = components.stream().map(key -> chart.addSeries(i18n.binding(key))).toList();
        if (run != null) {
            for (int step = 0; step < run.states().size(); step++) {
                TrajectoryState s = run.states().get(step);
                double[] values = switch (kind) {
                    case MOMENTUM, NESTEROV -> s.velocity();
                    case ADAGRAD, RMSPROP -> s.effectiveRate();
                    case ADAM -> s.firstMoment() == null ? null : new double[] {s.firstMoment()[0], s.firstMoment()[1],
                        Math.sqrt(s.secondMoment()[0]), Math.sqrt(s.secondMoment()[1])};
                    case SGD -> null;
                };
                if (values != null) {
                    for (int c = 0; c < series.size(); c++) {
                        series.get(c).add(step, values[c]);
                    }
                }
            }
        }
        Region shown = chart;
        if (kind == OptimizerKind.SGD || run == null) {
            Label none = PanelUi.hint(i18n, run == null ? "ch06.trajectory.state.off" : "ch06.trajectory.state.sgd");
            shown = new VBox(none);
        }
        stateChartHolder.getChildren().setAll(shown);
        VBox.setVgrow(stateChartHolder, Priority.NEVER);
    }
}
