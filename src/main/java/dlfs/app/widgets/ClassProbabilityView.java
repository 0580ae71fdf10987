package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * One bar per class for a probability distribution such as a softmax output: the classes along
 * the bottom, probability 0–1 upwards, the percentage above each bar, the most probable class in
 * a second colour and with a larger label (so it stands out without relying on colour alone).
 */
public final class ClassProbabilityView extends PlotCanvas {
    private final StringProperty axisLabel = new SimpleStringProperty(this, "axisLabel", "");
    private List<String> classNames = List.of();
    private double[] probabilities = new double[0];

    public ClassProbabilityView() {
        getStyleClass().add("class-probability-view");
        setPrefSize(420, 200);
        axisLabel.addListener(obs -> invalidatePlot());
    }

    /** The class names under the bars, e.g. "0" … "9". */
    public void setClassNames(List<String> names) {
        classNames = List.copyOf(names);
        if (probabilities.length != names.size()) {
            probabilities = new double[names.size()];
        }
        invalidatePlot();
    }

    /** One probability per class; all zeros shows empty bars (nothing to classify). */
    public void setProbabilities(double[] values) {
        if (values.length != classNames.size()) {
            throw new IllegalArgumentException(values.length + " probabilities for " + classNames.size() + " classes");
        }
        probabilities = values.clone();
        invalidatePlot();
    }

    public double[] probabilities() {
        return probabilities.clone();
    }

    /** Title of the probability axis; bind it to a bundle text. */
    public StringProperty axisLabelProperty() {
        return axisLabel;
    }

    @Override
    protected void paint(PlotGraphics g, double width, double height) {
        g.fillRect(0, 0, width, height, backgroundColor());
        int n = classNames.size();
        if (n == 0) {
            return;
        }
        double font = fontSize();
        double left = font * 3.2;
        double right = width - font * 0.5;
        // room above the plot for the axis title and, below it, the percentage of a bar at 1.0
        double top = font * 2.9;
        double bottom = height - font * 1.8;
        for (double tick : new double[] {0, 0.5, 1}) {
            double y = bottom - tick * (bottom - top);
            g.strokeLine(left, y, right, y, gridColor(), 1);
            g.fillText(tickLabel(tick, 0.5), left - 4, y + font * 0.35, TextAlignment.RIGHT, foregroundColor(), font);
        }
        g.fillText(axisLabel.get(), left, top - font * 1.6, TextAlignment.LEFT, foregroundColor(), font);
        int best = argmax(probabilities);
        double slot = (right - left) / n;
        for (int k = 0; k < n; k++) {
            double p = probabilities[k];
            double x = left + k * slot;
            double centre = x + slot / 2;
            double barTop = bottom - p * (bottom - top);
            boolean winner = k == best && p > 0;
            Color fill = winner ? SERIES_COLORS.get(1) : SERIES_COLORS.get(0);
            g.fillRect(x + slot * 0.15, barTop, slot * 0.7, bottom - barTop, fill);
            g.fillText(classNames.get(k), centre, bottom + font * 1.3, TextAlignment.CENTER, foregroundColor(),
                    winner ? font * 1.25 : font);
            if (p >= 0.005) {
                g.fillText(percent(p), centre, barTop - font * 0.3, TextAlignment.CENTER, foregroundColor(), font * 0.85);
            }
        }
        g.strokeLine(left, bottom, right, bottom, foregroundColor(), 1);
    }

    /** "87%", or one decimal below 10 % ("3.4%"). */
    static String percent(double p) {
        double value = p * 100;
        return value >= 9.95 ? String.format(Locale.ROOT, "%.0f%%", value) : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    protected List<List<String>> csvRows() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("class", "probability"));
        for (int k = 0; k < classNames.size(); k++) {
            rows.add(List.of(classNames.get(k), number(probabilities[k])));
        }
        return rows;
    }
}
