package dlfs.app.ch07;

import dlfs.app.i18n.I18n;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ToggleButton;
import javafx.util.Duration;

/**
 * A Play / Pause button that repeats a step at a steady pace until the end is reached; pressing
 * Play at the end starts again from the beginning.
 */
public final class StepPlayer {
    private final ToggleButton button = new ToggleButton();
    private final Timeline timeline;

    /**
     * @param atEnd  true when there is nothing more to step
     * @param rewind goes back to the beginning
     * @param step   one step forward
     */
    public StepPlayer(I18n i18n, Duration interval, BooleanSupplier atEnd, Runnable rewind, Runnable step) {
        timeline = new Timeline(new KeyFrame(interval, e -> {
            if (atEnd.getAsBoolean()) {
                button.setSelected(false);
            } else {
                step.run();
            }
        }));
        timeline.setCycleCount(Animation.INDEFINITE);
        button.textProperty().bind(Bindings.when(button.selectedProperty())
                .then(i18n.binding("ch07.player.pause")).otherwise(i18n.binding("ch07.player.play")));
        button.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                if (atEnd.getAsBoolean()) {
                    rewind.run();
                }
                timeline.play();
            } else {
                timeline.stop();
            }
        });
    }

    public ToggleButton button() {
        return button;
    }

    public void stop() {
        button.setSelected(false);
    }
}
