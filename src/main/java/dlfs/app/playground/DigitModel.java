package dlfs.app.playground;

import dlfs.app.i18n.Message;
import dlfs.core.network.Network;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One entry of the playground's model chooser: a bundled network (loaded in the background, or
 * trained here when the file is not shipped), a model opened from a file, or a fine-tuned copy.
 * Only the FX thread changes it. Its network is used for nothing but prediction, so one instance
 * serves every drawing; training always works on a copy.
 */
public final class DigitModel {
    /** Where the entry is. */
    public enum State {
        LOADING, READY, MISSING, TRAINING, FAILED;

        /** Bundle key of the state's name, e.g. {@code playground.model.state.missing}. */
        public String textKey() {
            return "playground.model.state." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Message title;
    private final DigitModelKind kind;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Message> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final LatencyMeter latency = new LatencyMeter();
    private final LatencyMeter sceneLatency = new LatencyMeter();
    private final LatencyMeter computeTime = new LatencyMeter();
    private Network network;
    private double testAccuracy = Double.NaN;

    /** @param kind the bundled kind, or null for a model from a file or a fine-tuning */
    DigitModel(Message title, DigitModelKind kind, State initial, Message detail) {
        this.title = title;
        this.kind = kind;
        this.state.set(initial);
        this.detail.set(detail);
    }

    public Message title() {
        return title;
    }

    /** The bundled kind, or null. */
    public DigitModelKind kind() {
        return kind;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** One line about the model: where it came from, its size and accuracy, or why it is not there. */
    public ReadOnlyObjectProperty<Message> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The network, once {@link State#READY}; null before. */
    public Network network() {
        return network;
    }

    /**
     * Input event → end of the first display pulse that lays out and paints the prediction (its
     * post-layout point; the frame is rendered right after), for drawings read by this model.
     */
    public LatencyMeter latency() {
        return latency;
    }

    /** Input event → the prediction's labels and bars hold the new answer (before the next pulse paints it). */
    public LatencyMeter sceneLatency() {
        return sceneLatency;
    }

    /** One reading: preparing the drawing, the forward pass and handing the answer to the views. */
    public LatencyMeter computeTime() {
        return computeTime;
    }

    /** Test accuracy as measured or recorded with the model, 0..1, or NaN when unknown. */
    public double testAccuracy() {
        return testAccuracy;
    }

    void ready(Network value, double accuracy, Message about) {
        network = value;
        testAccuracy = accuracy;
        detail.set(about);
        latency.clear();
        sceneLatency.clear();
        computeTime.clear();
        state.set(State.READY);
    }

    void set(State value, Message about) {
        detail.set(about);
        state.set(value);
    }
}
