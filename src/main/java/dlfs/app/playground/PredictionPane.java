package dlfs.app.playground;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.playground.DigitRecognizer.Recognition;
import dlfs.app.widgets.ClassProbabilityView;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the network answers: the most probable digit in large type, the three best guesses with
 * their probabilities, a bar for each of the ten digits, and the measured latency in the corner.
 */
final class PredictionPane extends VBox {
    /** The answer's place while there is none (the status line says why). */
    private static final String NO_ANSWER = "";

    private final Label best = new Label(NO_ANSWER);
    private final List<ObjectProperty<Message>> top = List.of(new SimpleObjectProperty<>(),
            new SimpleObjectProperty<>(), new SimpleObjectProperty<>());
    private final ObjectProperty<Message> status = new SimpleObjectProperty<>();
    private final ClassProbabilityView bars = new ClassProbabilityView();

    PredictionPane(I18n i18n, PlaygroundViewModel model) {
        super(6);
        best.setId("playground-best");
        best.getStyleClass().add("content-text");
        best.setStyle("-fx-font-size: 4.2em; -fx-font-weight: bold; -fx-min-width: 1.1em; -fx-min-height: 1.3em;");
        best.setAlignment(Pos.CENTER);
        VBox guesses = new VBox(2);
        for (ObjectProperty<Message> guess : top) {
            guesses.getChildren().add(Texts.data(Texts.label(i18n, guess)));
        }
        guesses.getChildren().add(Texts.label(i18n, status));
        guesses.setAlignment(Pos.CENTER_LEFT);
        HBox answer = new HBox(14, best, guesses);
        answer.setAlignment(Pos.CENTER_LEFT);

        bars.setId("playground-probabilities");
        bars.setClassNames(IntStream.range(0, DigitRecognizer.CLASSES).mapToObj(Integer::toString).toList());
        bars.axisLabelProperty().bind(i18n.binding("playground.predict.axis"));
        bars.accessibleTextProperty().bind(i18n.binding("playground.predict.accessible"));
        bars.setPrefSize(270, 180);
        bars.setMaxWidth(Double.MAX_VALUE);
        bars.setMinHeight(150);

        Label latency = Texts.data(Texts.label(i18n, model.latencyTextProperty()));
        latency.setId("playground-latency");
        latency.getStyleClass().add("page-position");
        latency.setMaxWidth(Double.MAX_VALUE);
        latency.setAlignment(Pos.CENTER_RIGHT);
        latency.setTooltip(Texts.tooltip(i18n, "playground.latency.split.tooltip"));
        getChildren().addAll(Texts.heading(i18n, "playground.predict.heading"), answer, bars, latency);
        // in em, so the card grows with the font (presentation mode)
        setStyle("-fx-pref-width: 16em; -fx-max-width: 22em;");
        show(null, Message.of("playground.predict.nothingDrawn"));
    }

    /** Shows a recognition, or clears the answer and says why there is none. */
    void show(Recognition recognition, Message why) {
        status.set(why);
        if (recognition == null) {
            best.setText(NO_ANSWER);
            top.forEach(guess -> guess.set(null));
            bars.setProbabilities(new double[DigitRecognizer.CLASSES]);
            return;
        }
        int[] ranking = recognition.ranking();
        double[] p = recognition.probabilities();
        best.setText(Integer.toString(ranking[0]));
        for (int rank = 0; rank < top.size(); rank++) {
            top.get(rank).set(Message.of("playground.predict.guess", rank + 1, ranking[rank], p[ranking[rank]]));
        }
        bars.setProbabilities(p);
    }

    ClassProbabilityView bars() {
        return bars;
    }
}
