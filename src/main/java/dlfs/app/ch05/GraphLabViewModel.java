package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.app.widgets.SignificantDigits;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state behind a graph lab: one core {@link ComputationalGraph} stepped a node at a time,
 * forward then backward, with editable inputs, a central-difference check for every input, and a
 * "predict, then reveal" mode in which the gradients a node sends back stay hidden until the
 * student has typed them. Every change bumps {@link #revisionProperty()}; the view redraws then.
 */
public final class GraphLabViewModel {
    /** Inputs are kept within ± this unless a page narrows the range (exp overflows past 709). */
    public static final double DEFAULT_INPUT_LIMIT = 1e6;
    /** A prediction counts when it is within this relative error (three significant digits) … */
    static final double PREDICTION_RELATIVE_TOLERANCE = 1e-3;
    /** … or this absolute error, for answers near zero. */
    static final double PREDICTION_ABSOLUTE_TOLERANCE = 1e-5;

    /** One hidden backward value the student is asked to predict: what the node sends to input {@code input}. */
    public static final class Prediction {
        private final Node consumer;
        private final int input;
        private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
        private final ObjectProperty<Message> feedback = new SimpleObjectProperty<>(this, "feedback");
        private boolean correct;

        Prediction(Node consumer, int input) {
            this.consumer = consumer;
            this.input = input;
        }

        /** The input whose gradient is asked for. */
        public Node target() {
            return consumer.inputs().get(input);
        }

        public StringProperty answerProperty() {
            return answer;
        }

        /** "correct", "not quite" or a parse error, after {@link #check()}; null before. */
        public ReadOnlyObjectProperty<Message> feedbackProperty() {
            return feedback;
        }

        public boolean isCorrect() {
            return correct;
        }
    }

    private final ObjectProperty<ComputationalGraph> graph = new SimpleObjectProperty<>(this, "graph");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ObjectProperty<Node> activeNode = new SimpleObjectProperty<>(this, "activeNode");
    private final ObjectProperty<Node> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final BooleanProperty predictMode = new SimpleBooleanProperty(this, "predictMode");
    private final ReadOnlyObjectWrapper<Node> quizNode = new ReadOnlyObjectWrapper<>(this, "quizNode");
    private final ObservableList<Prediction> predictions = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper predictionsRight = new ReadOnlyIntegerWrapper(this, "predictionsRight");
    private final ReadOnlyIntegerWrapper predictionsAsked = new ReadOnlyIntegerWrapper(this, "predictionsAsked");
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final IntegerProperty digits = new SimpleIntegerProperty(this, "digits", 4);
    private final ObjectProperty<Double> nudge = new SimpleObjectProperty<>(this, "nudge", 1e-4);
    private Supplier<ComputationalGraph> factory;
    private double inputLimit = DEFAULT_INPUT_LIMIT;

    public GraphLabViewModel(Supplier<ComputationalGraph> factory) {
        predictMode.addListener((obs, was, on) -> {
            if (!on) {
                clearQuiz();
            }
            changed();
        });
        load(factory);
    }

    /**
     * Shows a new graph, completely computed (as the book's figures show it) unless predict mode
     * is on, in which case only the forward pass is done.
     */
    public void load(Supplier<ComputationalGraph> newFactory) {
        factory = newFactory;
        ComputationalGraph g = newFactory.get();
        clearQuiz();
        activeNode.set(null);
        selectedNode.set(null);
        graph.set(g);
        if (predictMode.get()) {
            g.forward();
        } else {
            g.backward();
        }
        changed();
    }

    /** Largest |value| an input may take. */
    public void setInputLimit(double limit) {
        inputLimit = limit;
    }

    public double inputLimit() {
        return inputLimit;
    }

    // ---------------------------------------------------------------- stepping

    /** Evaluates the next node of the forward pass; false when forward is already complete. */
    public boolean stepForward() {
        ComputationalGraph g = graph.get();
        Node next = g.nextForward();
        if (next == null) {
            return false;
        }
        g.forwardStep();
        activeNode.set(next);
        changed();
        return true;
    }

    /**
     * Lets the next node of the backward pass send its gradient to its inputs; false when forward
     * is incomplete, backward complete, or a prediction is still open.
     */
    public boolean stepBackward() {
        ComputationalGraph g = graph.get();
        Node next = g.nextBackward();
        if (next == null || quizNode.get() != null) {
            return false;
        }
        g.backwardStep();
        activeNode.set(next);
        if (predictMode.get()) {
            openQuiz(next);
        }
        changed();
        return true;
    }

    /** One step of whatever comes next (forward, then backward): what play does on every tick. */
    public boolean advance() {
        return stepForward() || stepBackward();
    }

    /** Runs to the end (or to the next open prediction). */
    public void runToEnd() {
        while (advance()) {
            if (quizNode.get() != null) {
                return;
            }
        }
    }

    /** Back to the state before the forward pass; inputs keep their values. */
    public void reset() {
        clearQuiz();
        graph.get().reset();
        activeNode.set(null);
        changed();
    }

    public boolean canStepForward() {
        return graph.get().nextForward() != null;
    }

    public boolean canStepBackward() {
        return graph.get().nextBackward() != null && quizNode.get() == null;
    }

    // ---------------------------------------------------------------- editing

    /** Sets input {@code name} from text and recomputes the graph up to the step it had reached. */
    public Optional<Message> setInput(String name, String text) {
        NumberInput in = NumberInput.parse(text, -inputLimit, inputLimit);
        if (!in.ok()) {
            return Optional.of(in.error());
        }
        setInput(name, in.value());
        return Optional.empty();
    }

    public void setInput(String name, double value) {
        graph.get().setValue(name, value);
        changed();
    }

    /** ∂L/∂(output) that the backward pass starts from (1 unless a page changes it). */
    public Optional<Message> setUpstream(String text) {
        NumberInput in = NumberInput.parse(text, -1e6, 1e6);
        if (!in.ok()) {
            return Optional.of(in.error());
        }
        graph.get().setUpstreamGradient(in.value());
        changed();
        return Optional.empty();
    }

    /** The nudge h of the numerical check, 1e-10 ≤ h ≤ 10. */
    public Optional<Message> setNudge(String text) {
        NumberInput in = NumberInput.parse(text, 1e-10, 10);
        if (!in.ok() || in.value() <= 0) {
            return Optional.of(in.ok() ? Message.of("ch05.input.range", "10⁻¹⁰", "10") : in.error());
        }
        nudge.set(in.value());
        changed();
        return Optional.empty();
    }

    public double nudge() {
        return nudge.get();
    }

    /**
     * The numerical check of one input: nudge it by ±h on a fresh copy of the graph, and take the
     * change of the output over 2h, times the upstream gradient ∂L/∂(output). Backprop must give the
     * same number. NaN when the nudged graph cannot be evaluated (e.g. log of a negative number).
     */
    public double numericalGradient(Node input) {
        double h = nudge.get();
        double x = input.value();
        double up = outputWith(input.name(), x + h);
        double down = outputWith(input.name(), x - h);
        double slope = (up - down) / (2 * h);
        return Double.isFinite(slope) ? graph.get().upstreamGradient() * slope : Double.NaN;
    }

    private double outputWith(String name, double value) {
        ComputationalGraph copy = factory.get();
        for (Node n : graph.get().nodes()) {
            if (n.kind() == Node.Kind.INPUT) {
                copy.setValue(n.name(), n.name().equals(name) ? value : n.value());
            }
        }
        copy.forward();
        return copy.output().value();
    }

    /** The graph's editable inputs, in the order they were created. */
    public List<Node> inputs() {
        List<Node> inputs = new ArrayList<>();
        for (Node n : graph.get().nodes()) {
            if (n.kind() == Node.Kind.INPUT) {
                inputs.add(n);
            }
        }
        return inputs;
    }

    // ---------------------------------------------------------------- predict, then reveal

    private void openQuiz(Node node) {
        List<Prediction> asked = new ArrayList<>();
        for (int i = 0; i < node.inputs().size(); i++) {
            if (node.inputs().get(i).kind() != Node.Kind.CONSTANT) {
                asked.add(new Prediction(node, i));
            }
        }
        if (!asked.isEmpty()) {
            predictions.setAll(asked);
            quizNode.set(node);
        }
    }

    private void clearQuiz() {
        quizNode.set(null);
        predictions.clear();
    }

    /**
     * Checks every typed prediction against the backward values of the node; when all are right,
     * they are revealed and stepping goes on.
     */
    public void check() {
        Node node = quizNode.get();
        if (node == null) {
            return;
        }
        boolean allRight = true;
        for (Prediction p : predictions) {
            double truth = node.inputGradient(p.input);
            NumberInput in = NumberInput.parse(p.answer.get(), -Double.MAX_VALUE, Double.MAX_VALUE);
            if (!in.ok()) {
                p.correct = false;
                p.feedback.set(in.error());
            } else {
                p.correct = Math.abs(in.value() - truth)
                        <= Math.max(PREDICTION_ABSOLUTE_TOLERANCE, PREDICTION_RELATIVE_TOLERANCE * Math.abs(truth));
                p.feedback.set(Message.of(p.correct ? "ch05.predict.right" : "ch05.predict.wrong"));
            }
            allRight &= p.correct;
        }
        predictionsAsked.set(predictionsAsked.get() + predictions.size());
        predictionsRight.set(predictionsRight.get() + (int) predictions.stream().filter(Prediction::isCorrect).count());
        if (allRight) {
            clearQuiz();
        }
        changed();
    }

    /** Shows the hidden values without an answer. */
    public void reveal() {
        clearQuiz();
        changed();
    }

    /** True for the backward values the student is still predicting. */
    public boolean isBackwardHidden(Node consumer, int input) {
        return consumer == quizNode.get() && consumer.inputs().get(input).kind() != Node.Kind.CONSTANT;
    }

    public ObservableList<Prediction> predictions() {
        return predictions;
    }

    public ReadOnlyObjectProperty<Node> quizNodeProperty() {
        return quizNode.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty predictionsRightProperty() {
        return predictionsRight.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty predictionsAskedProperty() {
        return predictionsAsked.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- observable state

    public ReadOnlyObjectProperty<ComputationalGraph> graphProperty() {
        return graph;
    }

    public ComputationalGraph graph() {
        return graph.get();
    }

    /** Increases after every change of the graph's state; views redraw on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The node the last step processed. */
    public ObjectProperty<Node> activeNodeProperty() {
        return activeNode;
    }

    /** The node whose local rule the panel explains. */
    public ObjectProperty<Node> selectedNodeProperty() {
        return selectedNode;
    }

    public BooleanProperty predictModeProperty() {
        return predictMode;
    }

    /** Significant digits written on the edges (2–10). */
    public IntegerProperty digitsProperty() {
        return digits;
    }

    /** Where the passes stand, as a sentence. */
    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void changed() {
        status.set(describe());
        revision.set(revision.get() + 1);
    }

    private Message describe() {
        ComputationalGraph g = graph.get();
        int total = g.operations().size();
        if (quizNode.get() != null) {
            return Message.of("ch05.graph.status.predict", quizNode.get().symbol(), quizNode.get().name());
        }
        if (!g.isForwardComplete()) {
            return Message.of("ch05.graph.status.forward", g.forwardStepsDone(), total);
        }
        if (g.backwardStepsDone() == 0) {
            return Message.of("ch05.graph.status.forwardDone", SignificantDigits.format(g.output().value(), 8));
        }
        if (!g.isBackwardComplete()) {
            return Message.of("ch05.graph.status.backward", g.backwardStepsDone(), total);
        }
        return Message.of("ch05.graph.status.done");
    }
}
