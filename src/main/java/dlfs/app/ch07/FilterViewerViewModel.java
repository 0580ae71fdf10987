package dlfs.app.ch07;

import dlfs.app.ch07.SimpleConvNetTrainingViewModel.Filters;
import dlfs.app.i18n.Message;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Param;
import dlfs.core.layer.Relu;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The CNN filter viewer (7.6.1): the first layer's 30 filters of 5×5 as pictures, from the random
 * start, from the network being trained (live) or from the pretrained model, and the feature map
 * one filter makes of a digit. The maps come from a core {@link Convolution} layer built from a copy
 * of the filters (never the network being trained), followed by the core's {@link Relu}. Two made-up
 * edge filters reproduce the idea of Fig. 7-25 on any digit.
 */
public final class FilterViewerViewModel {
    /** Where the filters come from. */
    public enum Source { INITIAL, TRAINING, PRETRAINED }

    /** Which filter makes the feature map: the clicked one, or a made-up edge detector. */
    public enum Probe { SELECTED, VERTICAL_EDGE, HORIZONTAL_EDGE }

    /** A feature map and the filter that made it. */
    public record FeatureMap(double[] filter, int filterSize, double[] map, int mapSize) {
    }

    private final SimpleConvNetTrainingViewModel training;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.TRAINING);
    private final ObjectProperty<Probe> probe = new SimpleObjectProperty<>(this, "probe", Probe.SELECTED);
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", 0);
    private final BooleanProperty relu = new SimpleBooleanProperty(this, "relu", true);
    private final ObjectProperty<double[]> digit = new SimpleObjectProperty<>(this, "digit", new double[28 * 28]);
    private final ObjectProperty<Filters> pretrained = new SimpleObjectProperty<>(this, "pretrained");
    private final ObjectProperty<Message> pretrainedStatus = new SimpleObjectProperty<>(this, "pretrainedStatus",
            Message.of("ch07.filters.pretrainedLoading"));
    private final ReadOnlyObjectWrapper<Filters> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<FeatureMap> featureMap = new ReadOnlyObjectWrapper<>(this, "featureMap");
    private final ReadOnlyObjectWrapper<List<double[]>> allMaps = new ReadOnlyObjectWrapper<>(this, "allMaps", List.of());

    public FilterViewerViewModel(SimpleConvNetTrainingViewModel training) {
        this.training = training;
        for (Observable o : List.of(source, pretrained, training.initialFiltersProperty(), training.currentFiltersProperty())) {
            o.addListener(obs -> pickFilters());
        }
        for (Observable o : List.of(probe, selected, relu, digit)) {
            o.addListener(obs -> computeMaps());
        }
        pickFilters();
    }

    public SimpleConvNetTrainingViewModel training() {
        return training;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<Probe> probeProperty() {
        return probe;
    }

    /** The clicked filter, 0 … 29. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Show the maps after ReLU, as the next layer sees them. */
    public BooleanProperty reluProperty() {
        return relu;
    }

    /** The digit the filters are applied to: 28×28 values in [0, 1]. */
    public ObjectProperty<double[]> digitProperty() {
        return digit;
    }

    /** The pretrained model's filters, or null while it is not (yet) loaded. */
    public ObjectProperty<Filters> pretrainedProperty() {
        return pretrained;
    }

    /** Whether the pretrained model is loading, loaded (and where from) or missing. */
    public ObjectProperty<Message> pretrainedStatusProperty() {
        return pretrainedStatus;
    }

    /** The filters drawn now (null when the pretrained model is chosen but missing). */
    public ReadOnlyObjectProperty<Filters> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Filters getShown() {
        return shown.get();
    }

    public ReadOnlyObjectProperty<FeatureMap> featureMapProperty() {
        return featureMap.getReadOnlyProperty();
    }

    /** One feature map per filter, for the digit. */
    public ReadOnlyObjectProperty<List<double[]>> allMapsProperty() {
        return allMaps.getReadOnlyProperty();
    }

    private void pickFilters() {
        shown.set(switch (source.get()) {
            case INITIAL -> training.initialFiltersProperty().get();
            case TRAINING -> training.currentFiltersProperty().get();
            case PRETRAINED -> pretrained.get();
        });
        computeMaps();
    }

    /** Runs the filters over the digit with a core Convolution layer (and ReLU). */
    private void computeMaps() {
        Filters filters = shown.get();
        if (filters == null) {
            featureMap.set(null);
            allMaps.set(List.of());
            return;
        }
        int size = filters.height();
        Tensor x = Tensor.wrap(digit.get().clone(), 1, 1, 28, 28);
        Tensor maps = apply(Tensor.wrap(filters.weights().clone(), filters.count(), 1, size, size),
                Tensor.wrap(filters.biases().clone(), filters.count()), x);
        int mapSize = maps.dim(2);
        int planeSize = mapSize * mapSize;
        List<double[]> planes = new ArrayList<>();
        for (int k = 0; k < filters.count(); k++) {
            double[] plane = new double[planeSize];
            System.arraycopy(maps.data(), k * planeSize, plane, 0, planeSize);
            planes.add(plane);
        }
        allMaps.set(List.copyOf(planes));
        int k = Math.max(0, Math.min(selected.get(), filters.count() - 1));
        if (probe.get() == Probe.SELECTED) {
            featureMap.set(new FeatureMap(filters.filter(k), size, planes.get(k), mapSize));
        } else {
            double[] edge = edgeFilter(size, probe.get() == Probe.VERTICAL_EDGE);
            Tensor map = apply(Tensor.wrap(edge.clone(), 1, 1, size, size), Tensor.zeros(1), x);
            featureMap.set(new FeatureMap(edge, size, map.data().clone(), map.dim(2)));
        }
    }

    private Tensor apply(Tensor weights, Tensor biases, Tensor x) {
        Convolution conv = new Convolution("Conv1", new Param("W1", weights, false), new Param("b1", biases, false), 1, 0);
        Tensor maps = conv.forward(x, false);
        return relu.get() ? new Relu("Relu1").forward(maps, false) : maps;
    }

    /**
     * A made-up edge detector: white (+1) on the left half and black (−1) on the right for vertical
     * edges, its transpose for horizontal ones, 0 in the middle line.
     */
    static double[] edgeFilter(int size, boolean vertical) {
        double[] w = new double[size * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                int across = vertical ? c : r;
                w[r * size + c] = Integer.signum((size - 1) - 2 * across);
            }
        }
        return w;
    }
}
