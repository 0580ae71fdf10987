package dlfs.app.widgets;

import java.util.Arrays;
import javafx.beans.value.ObservableValue;
import javafx.scene.paint.Color;

/** One curve of a {@link LineChartView}: growing arrays of (x, y), never boxed. */
public final class LineSeries {
    private final ObservableValue<String> name;
    private final Color color;
    private final Runnable onChange;
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private int size;

    LineSeries(ObservableValue<String> name, Color color, Runnable onChange) {
        this.name = name;
        this.color = color;
        this.onChange = onChange;
    }

    public String name() {
        return name.getValue();
    }

    public Color color() {
        return color;
    }

    public void add(double x, double y) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        size++;
        onChange.run();
    }

    public void clear() {
        size = 0;
        onChange.run();
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }
}
