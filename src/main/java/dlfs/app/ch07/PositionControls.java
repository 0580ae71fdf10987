package dlfs.app.ch07;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.util.Duration;

/** Play button, slider and "window position k of n" for a window that visits positions 0 … n − 1. */
final class PositionControls {
    private final StepPlayer player;
    private final Node node;

    PositionControls(I18n i18n, IntegerProperty position, ReadOnlyIntegerProperty positions, Duration interval, String id) {
        Slider slider = new Slider(0, 1, 0);
        slider.setBlockIncrement(1);
        slider.setPrefWidth(220);
        slider.maxProperty().bind(Bindings.max(0, positions.subtract(1)));
        slider.valueProperty().bindBidirectional(position);
        slider.disableProperty().bind(positions.lessThan(2));
        player = new StepPlayer(i18n, interval, () -> position.get() >= positions.get() - 1,
                () -> position.set(0), () -> position.set(position.get() + 1));
        Label text = PanelControls.message(i18n, Bindings.createObjectBinding(() -> positions.get() == 0 ? null
                : Message.of("ch07.padding.position", position.get() + 1, positions.get()), position, positions));
        text.setId(id);
        node = PanelControls.flow(player.button(), slider, text);
    }

    Node node() {
        return node;
    }

    void stop() {
        player.stop();
    }
}
