package dlfs.app.ch02;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.BoundControls;
import dlfs.app.widgets.DecisionPlaneView;
import dlfs.app.widgets.DecisionPlaneView.Boundary;
import dlfs.app.widgets.DecisionPlaneView.Marker;
import dlfs.app.widgets.DecisionPlaneView.Point;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.LineChartView;
import dlfs.app.widgets.LineSeries;
import dlfs.app.widgets.NumberSlider;
import dlfs.core.perceptron.Gates;
import dlfs.core.perceptron.Perceptron;
import dlfs.core.perceptron.PerceptronLearning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Beyond the book: a perceptron that finds its own weights with the learning rule. Step through the
 * samples one by one or let it run; the line moves after every mistake, and the mistakes per epoch
 * fall to 0 for AND, NAND and OR but never for XOR.
 */
public final class PerceptronLearningPage extends AbstractPage {
    private final PerceptronLearningViewModel model = new PerceptronLearningViewModel();
    private final DecisionPlaneView plane = new DecisionPlaneView();
    private final LineChartView errorsChart = new LineChartView();
    private final Timeline timeline = new Timeline();

    public PerceptronLearningPage(PageContext context) {
        super(context, Chapter.CH02, "perceptron-learning");
    }

    public PerceptronLearningViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(PerceptronLearning.class, Perceptron.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.of(errorsChart);
    }

    @Override
    public void reset() {
        timeline.stop();
        model.randomStartProperty().set(false);
        model.learningRateProperty().set(0.1);
        model.targetProperty().set(GateKind.AND);
        model.restart();
    }

    @Override
    protected Node createView() {
        NumberSlider rate = new NumberSlider(i18n(), i18n().binding("ch02.learning.rate"), 0.01, 1, 1e-4, 10, 2,
                model.learningRateProperty().get());
        rate.setId("learning-rate");
        rate.valueProperty().bindBidirectional(model.learningRateProperty());
        NumberSlider speed = new NumberSlider(i18n(), i18n().binding("ch02.learning.speed"), 1, 60, 1, 60, 0, 8);
        speed.setId("learning-speed");
        CheckBox randomStart = BoundControls.checkBox(i18n(), "ch02.learning.randomStart");
        randomStart.setId("learning-random-start");
        randomStart.selectedProperty().bindBidirectional(model.randomStartProperty());

        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1.0 / speed.getValue()), e -> tick()));
        speed.valueProperty().addListener((obs, old, now) -> {
            boolean wasRunning = timeline.getStatus() == Animation.Status.RUNNING;
            timeline.stop();
            timeline.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1.0 / now.doubleValue()), e -> tick()));
            if (wasRunning) {
                timeline.play();
            }
        });
        Button run = new Button();
        run.setId("learning-run");
        run.textProperty().bind(Bindings.createStringBinding(() -> i18n().text(
                timeline.getStatus() == Animation.Status.RUNNING ? "ch02.learning.pause" : "ch02.learning.run"),
                i18n().bundleProperty(), timeline.statusProperty()));
        run.setOnAction(e -> {
            if (timeline.getStatus() == Animation.Status.RUNNING) {
                timeline.stop();
            } else {
                timeline.play();
            }
        });
        run.disableProperty().bind(model.finishedProperty());
        Button step = BoundControls.button(i18n(), "ch02.learning.step", model::step);
        step.setId("learning-step");
        step.disableProperty().bind(model.finishedProperty());
        Button epoch = BoundControls.button(i18n(), "ch02.learning.epoch", model::finishEpoch);
        epoch.setId("learning-epoch");
        epoch.disableProperty().bind(model.finishedProperty());
        Button restart = BoundControls.button(i18n(), "ch02.learning.restart", () -> {
            timeline.stop();
            model.restart();
        });
        restart.setId("learning-restart");
        model.finishedProperty().addListener((obs, was, now) -> {
            if (now) {
                timeline.stop();
            }
        });

        Label status = BoundControls.message(i18n(), model.statusProperty());
        status.setId("learning-status");
        status.setStyle("-fx-font-size: 1.1em; -fx-font-weight: bold;");
        Label weights = BoundControls.data();
        weights.setId("learning-weights");
        Label update = BoundControls.data();
        update.setId("learning-update");
        update.setWrapText(true);
        update.getStyleClass().add("formula");

        errorsChart.setId("learning-errors");
        errorsChart.setMinSize(240, 200);
        errorsChart.setPrefSize(270, 260);
        errorsChart.xLabelProperty().bind(i18n().binding("ch02.learning.axis.epoch"));
        errorsChart.yLabelProperty().bind(i18n().binding("ch02.learning.axis.errors"));
        LineSeries errors = errorsChart.addSeries(i18n().binding("ch02.learning.series.errors"));
        plane.setId("learning-plane");
        plane.setMinSize(240, 240);
        plane.setPrefSize(260, 260);

        Runnable refresh = () -> {
            weights.setText(weightsText(model.weights()));
            update.setText(updateText(model.lastUpdateProperty().get()));
            drawPlane();
        };
        model.weightsProperty().addListener(obs -> refresh.run());
        model.nextSampleProperty().addListener(obs -> refresh.run());
        model.targetProperty().addListener(obs -> refresh.run());
        i18n().bundleProperty().addListener(obs -> refresh.run());
        model.errorsPerEpochProperty().addListener((obs, old, now) -> {
            errors.clear();
            for (int i = 0; i < now.size(); i++) {
                errors.add(i + 1, now.get(i));
            }
        });
        refresh.run();

        HBox actions = new HBox(8, step, epoch, run, restart);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(10,
                BoundControls.text(i18n(), "ch02.learning.intro"),
                targetRow(), rate, new FlowPane(16, 6, randomStart, speed),
                actions, status,
                new FlowPane(12, 10, plane, errorsChart),
                weights, update);
        speed.setPrefWidth(300);
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void tick() {
        model.step();
        if (model.finishedProperty().get()) {
            timeline.stop();
        }
    }

    private Node targetRow() {
        model.targetProperty().addListener(obs -> timeline.stop());
        HBox row = new HBox(6, BoundControls.text(i18n(), "ch02.learning.target"), GateKind.buttons(
                model.targetProperty(), List.of(GateKind.AND, GateKind.OR, GateKind.NAND, GateKind.XOR),
                "learning-target-"));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private String weightsText(Perceptron p) {
        return i18n().text("ch02.learning.weights", model.epochProperty().get(), model.nextSampleProperty().get() + 1,
                NumberSlider.text(round(p.w1())), NumberSlider.text(round(p.w2())), NumberSlider.text(round(p.b())));
    }

    /** Weights are sums of ±2α steps; rounding hides the last-digit noise of those sums. */
    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }

    private String updateText(PerceptronLearningViewModel.Update u) {
        if (u == null) {
            return "W ← W + α(y − ŷ)X";
        }
        int[] x = Gates.input(u.sample());
        String input = "X = (" + x[0] + ", " + x[1] + ", 1)";
        if (!u.mistake()) {
            return i18n().text("ch02.learning.update.right", input, u.label(), u.predicted());
        }
        Perceptron w = u.after();
        return i18n().text("ch02.learning.update.wrong", input, u.label(), u.predicted(),
                NumberSlider.text(model.learningRateProperty().get()),
                "(" + NumberSlider.text(round(w.w1())) + ", " + NumberSlider.text(round(w.w2())) + ", "
                        + NumberSlider.text(round(w.b())) + ")");
    }

    private void drawPlane() {
        Perceptron p = model.weights();
        GateKind target = model.targetProperty().get();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int[] x = Gates.input(i);
            boolean highlighted = !model.finishedProperty().get() && i == model.nextSampleProperty().get();
            points.add(new Point(x[0], x[1], target.target(i) == 1 ? Marker.TRIANGLE : Marker.CIRCLE,
                    p.output(x[0], x[1]) == target.target(i), highlighted));
        }
        plane.setContent(GateLabPage.halfPlanes(p),
                List.of(new Boundary(p.w1(), p.w2(), p.b(), GateLabPage.FIRES, false, "")), points);
    }
}
