package dlfs.app.ch08;

import dlfs.core.conv.ConvGeometry;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Why deeper (8.1.3): k stacked 3×3 convolutions see a (2k + 1) × (2k + 1) region of the input, as
 * one large filter would, with k · 9 weights per pair of channels instead of (2k + 1)². Both the
 * weight counts come from the core's {@link ConvGeometry}: a layer has window size · FN weights,
 * the window size being C · FH · FW.
 */
public final class WhyDeeperViewModel {
    public static final int FILTER = 3;

    private final IntegerProperty layers = new SimpleIntegerProperty(this, "layers", 2);
    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels", 1);
    private final ReadOnlyLongWrapper stackedWeights = new ReadOnlyLongWrapper(this, "stackedWeights");
    private final ReadOnlyLongWrapper singleWeights = new ReadOnlyLongWrapper(this, "singleWeights");
    private final ReadOnlyLongWrapper receptiveField = new ReadOnlyLongWrapper(this, "receptiveField");

    public WhyDeeperViewModel() {
        for (Observable setting : List.of(layers, channels)) {
            setting.addListener(obs -> update());
        }
        update();
    }

    private void update() {
        int k = layers.get();
        int c = channels.get();
        // one output value; each 3×3 layer below it widens the region it depends on by FH − 1 = 2
        int field = 1 + k * (FILTER - 1);
        int size = field;
        long stacked = 0;
        for (int layer = 0; layer < k; layer++) {
            ConvGeometry g = ConvGeometry.of(c, size, size, FILTER, FILTER, 1, 0);
            stacked += (long) g.windowSize() * c;
            size = g.outH();
        }
        ConvGeometry single = ConvGeometry.of(c, field, field, field, field, 1, 0);
        receptiveField.set(field);
        stackedWeights.set(stacked);
        singleWeights.set((long) single.windowSize() * c);
    }

    /** k, the number of stacked 3×3 layers (1–4). */
    public IntegerProperty layersProperty() {
        return layers;
    }

    /** C, the channels in and out of every layer (1 for the book's per-channel count). */
    public IntegerProperty channelsProperty() {
        return channels;
    }

    /** 2k + 1. */
    public ReadOnlyLongProperty receptiveFieldProperty() {
        return receptiveField.getReadOnlyProperty();
    }

    /** k · 3 · 3 · C · C. */
    public ReadOnlyLongProperty stackedWeightsProperty() {
        return stackedWeights.getReadOnlyProperty();
    }

    /** (2k + 1)² · C · C. */
    public ReadOnlyLongProperty singleWeightsProperty() {
        return singleWeights.getReadOnlyProperty();
    }
}
