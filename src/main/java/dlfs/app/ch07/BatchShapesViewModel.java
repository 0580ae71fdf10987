package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.core.conv.ConvGeometry;
import dlfs.core.conv.OutputSize;
import dlfs.core.tensor.Tensor;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Thinking in blocks (7.2.6–7.2.7): a batch (N, C, H, W) convolved with FN filters (FN, C, FH, FW)
 * gives (N, FN, OH, OW), with one bias per filter, (FN, 1, 1). The output size comes from the core's
 * {@link ConvGeometry}. The defaults are the book's 20 filters of 3 channels and 5×5 on a batch of 10.
 */
public final class BatchShapesViewModel {
    private final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", 10);
    private final IntegerProperty channels = new SimpleIntegerProperty(this, "channels", 3);
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height", 28);
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 28);
    private final IntegerProperty filters = new SimpleIntegerProperty(this, "filters", 20);
    private final IntegerProperty filterSize = new SimpleIntegerProperty(this, "filterSize", 5);
    private final IntegerProperty pad = new SimpleIntegerProperty(this, "pad", 0);
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final ReadOnlyStringWrapper input = new ReadOnlyStringWrapper(this, "input");
    private final ReadOnlyStringWrapper weights = new ReadOnlyStringWrapper(this, "weights");
    private final ReadOnlyStringWrapper bias = new ReadOnlyStringWrapper(this, "bias");
    private final ReadOnlyStringWrapper output = new ReadOnlyStringWrapper(this, "output");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    public BatchShapesViewModel() {
        for (Observable setting : List.of(batch, channels, height, width, filters, filterSize, pad, stride)) {
            setting.addListener(obs -> update());
        }
        update();
    }

    private void update() {
        input.set(Tensor.shapeString(batch.get(), channels.get(), height.get(), width.get()));
        weights.set(Tensor.shapeString(filters.get(), channels.get(), filterSize.get(), filterSize.get())
                + " = " + filters.get() * channels.get() * filterSize.get() * filterSize.get());
        bias.set(Tensor.shapeString(filters.get(), 1, 1));
        problem.set(FitCheck.problem(new OutputSize(height.get(), filterSize.get(), stride.get(), pad.get()),
                new OutputSize(width.get(), filterSize.get(), stride.get(), pad.get())));
        if (problem.get() == null) {
            ConvGeometry g = ConvGeometry.of(channels.get(), height.get(), width.get(), filterSize.get(), filterSize.get(),
                    stride.get(), pad.get());
            output.set(Tensor.shapeString(g.outputShape(batch.get(), filters.get())));
        } else {
            output.set("—");
        }
    }

    public IntegerProperty batchProperty() {
        return batch;
    }

    public IntegerProperty channelsProperty() {
        return channels;
    }

    public IntegerProperty heightProperty() {
        return height;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty filtersProperty() {
        return filters;
    }

    public IntegerProperty filterSizeProperty() {
        return filterSize;
    }

    public IntegerProperty padProperty() {
        return pad;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    /** (N, C, H, W). */
    public ReadOnlyStringProperty inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** (FN, C, FH, FW) and its number of weights, e.g. (20, 3, 5, 5) = 1500. */
    public ReadOnlyStringProperty weightsProperty() {
        return weights.getReadOnlyProperty();
    }

    /** (FN, 1, 1). */
    public ReadOnlyStringProperty biasProperty() {
        return bias.getReadOnlyProperty();
    }

    /** (N, FN, OH, OW), or a dash when the sizes do not fit. */
    public ReadOnlyStringProperty outputProperty() {
        return output.getReadOnlyProperty();
    }

    /** Why the sizes do not fit, or null. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
