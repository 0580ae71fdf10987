package dlfs.app.ch05;

import static dlfs.app.ch05.Controls.button;
import static dlfs.app.ch05.Controls.data;
import static dlfs.app.ch05.Controls.label;
import static dlfs.app.ch05.Controls.tip;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.widgets.GraphView;
import dlfs.app.widgets.SignificantDigits;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A computational graph to step through, as one block of a panel: the step / play / reset bar,
 * the {@link GraphView}, a table of the inputs (editable, each with its backprop gradient and the
 * numerical check beside it), the local rule of the clicked node, and the prediction box of the
 * "predict, then reveal" mode. All state lives in a {@link GraphLabViewModel}.
 */
final class GraphLab {
    /** Steps per second of play. */
    static final double DEFAULT_SPEED = 1.5;

    private final I18n i18n;
    private final GraphLabViewModel model;
    private final GraphView graphView = new GraphView();
    private final Timeline player = new Timeline();
    private final Slider speed = new Slider(0.25, 6, DEFAULT_SPEED);
    private final Button forward;
    private final Button backward;
    private final Button play;
    private final Button all;
    private final GridPane inputTable = new GridPane();
    private final List<InputRow> inputRows = new ArrayList<>();
    private final VBox nodeInfo = new VBox(4);
    private final VBox quizBox = new VBox(6);
    private final Label nudgeError = Controls.error();
    private final Label upstreamError = Controls.error();
    private final ObjectProperty<Message> playText = new SimpleObjectProperty<>(Message.of("ch05.graph.play"));
    private final VBox view;
    private Function<Node, String> inputNames = Node::name;

    /** The controls of one input row: the field keeps what the student types until it is committed. */
    private record InputRow(Node input, TextField field, Label error, Label backprop, Label numerical,
                            Label difference) {
    }

    GraphLab(I18n i18n, GraphLabViewModel model, boolean withUpstreamField) {
        this.i18n = i18n;
        this.model = model;
        forward = tip(i18n, button(i18n, "ch05.graph.forward", model::stepForward), "ch05.graph.forward");
        backward = tip(i18n, button(i18n, "ch05.graph.backward", model::stepBackward), "ch05.graph.backward");
        play = tip(i18n, new Button(), "ch05.graph.play");
        play.textProperty().bind(i18n.binding(playText));
        play.setOnAction(e -> togglePlay());
        all = tip(i18n, button(i18n, "ch05.graph.all", this::runToEnd), "ch05.graph.all");
        Button reset = tip(i18n, button(i18n, "ch05.graph.reset", this::reset), "ch05.graph.reset");
        forward.setId("graph-forward");
        backward.setId("graph-backward");
        reset.setId("graph-reset");
        all.setId("graph-all");
        play.setId("graph-play");

        graphView.backwardHiddenProperty().set(model::isBackwardHidden);
        DoubleFunction<String> format = v -> SignificantDigits.format(v, model.digitsProperty().get());
        graphView.numberFormatProperty().set(format);
        model.digitsProperty().addListener(obs -> graphView.refresh());
        graphView.activeNodeProperty().bind(model.activeNodeProperty());
        graphView.selectedNodeProperty().bindBidirectional(model.selectedNodeProperty());
        model.graphProperty().addListener((obs, old, g) -> showGraph(g));
        model.revisionProperty().addListener(obs -> update());
        model.quizNodeProperty().addListener(obs -> buildQuiz());
        model.selectedNodeProperty().addListener(obs -> buildNodeInfo());

        CheckBox predict = tip(i18n, new CheckBox(), "ch05.graph.predict");
        predict.textProperty().bind(i18n.binding("ch05.graph.predict"));
        predict.selectedProperty().bindBidirectional(model.predictModeProperty());
        predict.setId("graph-predict");
        Spinner<Integer> digits = Controls.spinner(2, 10, model.digitsProperty().get());
        digits.setId("graph-digits");
        digits.valueProperty().addListener((obs, old, now) -> model.digitsProperty().set(now));
        speed.setPrefWidth(110);
        speed.valueProperty().addListener(obs -> restartPlayerIfRunning());

        FlowPane bar = new FlowPane(8, 6, reset, forward, backward, play, label(i18n, "ch05.graph.speed"), speed, all,
                new Separator(Orientation.VERTICAL), predict, label(i18n, "ch05.graph.digits"), digits);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label forwardLegend = label(i18n, "ch05.graph.legend.forward");
        forwardLegend.getStyleClass().add("ch05-forward-legend");
        Label backwardLegend = label(i18n, "ch05.graph.legend.backward");
        backwardLegend.getStyleClass().add("ch05-backward-legend");
        HBox legend = Controls.row(18, forwardLegend, backwardLegend);
        Label status = label(i18n, model.statusProperty());
        status.setId("graph-status");
        status.getStyleClass().add("ch05-status");

        ScrollPane graphScroll = new GraphScrollPane(graphView);

        inputTable.setHgap(10);
        inputTable.setVgap(4);
        VBox inputs = new VBox(6, Controls.heading(i18n, "ch05.inputs.title"), inputTable,
                nudgeAndUpstream(withUpstreamField));
        nodeInfo.getStyleClass().add("ch05-node-info");
        quizBox.getStyleClass().add("ch05-quiz");
        quizBox.managedProperty().bind(quizBox.visibleProperty());
        VBox below = new VBox(12, inputs, quizBox, nodeInfo);
        quizBox.setMaxWidth(560);
        nodeInfo.setMaxWidth(560);

        view = new VBox(8, bar, legend, status, graphScroll, below);
        view.setPadding(new Insets(4, 0, 4, 0));
        showGraph(model.graph());
        buildQuiz();
    }

    private javafx.scene.Node nudgeAndUpstream(boolean withUpstreamField) {
        TextField nudge = Controls.field("1e-4", 6);
        nudge.setId("graph-nudge");
        commitOnEnterOrFocusLoss(nudge, () -> nudgeError.setText(message(model.setNudge(nudge.getText()))));
        HBox box = Controls.row(6, label(i18n, "ch05.inputs.nudge"), nudge, nudgeError);
        if (withUpstreamField) {
            TextField upstream = Controls.field(Controls.full(model.graph().upstreamGradient()), 6);
            upstream.setId("graph-upstream");
            commitOnEnterOrFocusLoss(upstream,
                    () -> upstreamError.setText(message(model.setUpstream(upstream.getText()))));
            box.getChildren().addAll(new Separator(Orientation.VERTICAL),
                    label(i18n, "ch05.inputs.upstream"), upstream, upstreamError);
        }
        return box;
    }

    private String message(Optional<Message> error) {
        return error.map(i18n::text).orElse("");
    }

    static void commitOnEnterOrFocusLoss(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    VBox view() {
        return view;
    }

    GraphView graphView() {
        return graphView;
    }

    GraphLabViewModel model() {
        return model;
    }

    /** How inputs are named in the table (a page may show "apple price" for {@code apple}). */
    void setInputNames(Function<Node, String> names) {
        inputNames = names;
        showGraph(model.graph());
    }

    // ---------------------------------------------------------------- play

    private void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            stop();
        } else {
            startPlayer();
        }
    }

    private void startPlayer() {
        if (!model.canStepForward() && !model.canStepBackward()) {
            model.reset();
        }
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / speed.getValue()), e -> {
            if (!model.advance() || model.quizNodeProperty().get() != null) {
                stop();
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        player.play();
        playText.set(Message.of("ch05.graph.pause"));
    }

    private void restartPlayerIfRunning() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            startPlayer();
        }
    }

    /** Stops playing (also when the page is left or reset). */
    void stop() {
        player.stop();
        playText.set(Message.of("ch05.graph.play"));
    }

    void reset() {
        stop();
        model.reset();
    }

    private void runToEnd() {
        stop();
        model.runToEnd();
    }

    // ---------------------------------------------------------------- drawing the state

    private void showGraph(ComputationalGraph graph) {
        graphView.setGraph(graph);
        inputRows.clear();
        inputTable.getChildren().clear();
        String[] headers = {"ch05.inputs.name", "ch05.inputs.value", "ch05.inputs.backprop", "ch05.inputs.numerical",
                "ch05.inputs.difference"};
        for (int c = 0; c < headers.length; c++) {
            Label header = label(i18n, headers[c]);
            header.getStyleClass().add("ch05-table-header");
            header.setWrapText(false);
            header.setMinWidth(Region.USE_PREF_SIZE);
            inputTable.add(header, c, 0);
        }
        int row = 1;
        for (Node input : model.inputs()) {
            TextField field = Controls.field(Controls.full(input.value()), 7);
            field.setId("input-" + input.name());
            Label error = Controls.error();
            InputRow r = new InputRow(input, field, error, data(""), data(""), data(""));
            commitOnEnterOrFocusLoss(field, () -> error.setText(message(model.setInput(input.name(), field.getText()))));
            inputTable.add(data(inputNames.apply(input)), 0, row);
            inputTable.add(Controls.column(0, field, error), 1, row);
            inputTable.add(r.backprop(), 2, row);
            inputTable.add(r.numerical(), 3, row);
            inputTable.add(r.difference(), 4, row);
            r.backprop().setId("backprop-" + input.name());
            r.numerical().setId("numerical-" + input.name());
            inputRows.add(r);
            row++;
        }
        update();
    }

    private void update() {
        graphView.refresh();
        forward.setDisable(!model.canStepForward());
        backward.setDisable(!model.canStepBackward());
        all.setDisable(!model.canStepForward() && !model.canStepBackward());
        for (InputRow r : inputRows) {
            Node input = r.input();
            if (!r.field().isFocused()) {
                r.field().setText(Controls.full(input.value()));
            }
            double numerical = model.numericalGradient(input);
            r.numerical().setText(Double.isFinite(numerical) ? Controls.full(numerical) : "—");
            boolean hidden = model.quizNodeProperty().get() != null
                    && model.quizNodeProperty().get().inputs().contains(input);
            if (input.gradientKnown() && !hidden) {
                r.backprop().setText(Controls.full(input.gradient()));
                r.difference().setText(Controls.difference(Math.abs(input.gradient() - numerical)));
            } else {
                r.backprop().setText(hidden ? "?" : "—");
                r.difference().setText(null);
            }
        }
        buildNodeInfo();
    }

    private void buildNodeInfo() {
        Node node = model.selectedNodeProperty().get();
        nodeInfo.getChildren().clear();
        if (node == null) {
            nodeInfo.getChildren().add(label(i18n, "ch05.node.none"));
            return;
        }
        String titleKey = switch (node.kind()) {
            case INPUT -> "ch05.node.inputTitle";
            case CONSTANT -> "ch05.node.constantTitle";
            default -> "ch05.node.operationTitle";
        };
        Label title = Controls.label(i18n, titleKey, node.symbol(), node.name());
        title.getStyleClass().add("ch05-heading");
        title.setId("node-title");
        Label rule = label(i18n, node.ruleKey());
        rule.setId("node-rule");
        nodeInfo.getChildren().addAll(title, rule);
        if (node.hasValue()) {
            nodeInfo.getChildren().add(label(i18n, "ch05.node.value", Controls.full(node.value())));
        }
        boolean hidden = model.quizNodeProperty().get() != null && model.quizNodeProperty().get() != node
                && model.quizNodeProperty().get().inputs().contains(node);
        if (node.gradientKnown() && !hidden) {
            nodeInfo.getChildren().add(label(i18n, "ch05.node.gradient", node.name(), Controls.full(node.gradient())));
        } else {
            nodeInfo.getChildren().add(label(i18n, "ch05.node.gradientUnknown", node.name()));
        }
        if (node.outgoingEdges() > 1) {
            nodeInfo.getChildren().add(label(i18n, "ch05.node.sum", node.outgoingEdges()));
        }
        if (!node.isLeaf() && node.backwardDone()) {
            for (int i = 0; i < node.inputs().size(); i++) {
                if (!model.isBackwardHidden(node, i)) {
                    Label branch = label(i18n, "ch05.node.branch", node.inputs().get(i).name(),
                            Controls.full(node.gradient()), Controls.full(node.localDerivative(i)),
                            Controls.full(node.inputGradient(i)));
                    branch.getStyleClass().add("content-text");
                    nodeInfo.getChildren().add(branch);
                }
            }
        }
    }

    private void buildQuiz() {
        Node node = model.quizNodeProperty().get();
        quizBox.getChildren().clear();
        quizBox.setVisible(node != null);
        if (node == null) {
            return;
        }
        Label title = label(i18n, "ch05.predict.title", node.symbol(), node.name());
        title.getStyleClass().add("ch05-heading");
        Label hint = label(i18n, node.ruleKey());
        GridPane answers = new GridPane();
        answers.setHgap(8);
        answers.setVgap(4);
        int row = 0;
        for (GraphLabViewModel.Prediction p : model.predictions()) {
            TextField answer = Controls.field("", 8);
            answer.setId("predict-" + p.target().name());
            answer.textProperty().bindBidirectional(p.answerProperty());
            answer.setOnAction(e -> model.check());
            Label feedback = label(i18n, p.feedbackProperty());
            feedback.setId("feedback-" + p.target().name());
            answers.addRow(row++, label(i18n, "ch05.predict.asked", p.target().name()), answer, feedback);
        }
        Button check = button(i18n, "ch05.predict.check", model::check);
        check.setId("predict-check");
        check.setDefaultButton(false);
        Button reveal = button(i18n, "ch05.predict.reveal", model::reveal);
        reveal.setId("predict-reveal");
        Label score = new Label();
        score.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text("ch05.predict.score", model.predictionsRightProperty().get(),
                        model.predictionsAskedProperty().get()),
                i18n.bundleProperty(), model.predictionsRightProperty(), model.predictionsAskedProperty()));
        quizBox.getChildren().addAll(title, hint, answers, Controls.row(8, check, reveal), score);
    }
}
