package dlfs.app.widgets;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A plot with x and y axes and their titles (line chart, histogram). */
public abstract class AxesPlot extends PlotCanvas {
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");

    protected AxesPlot() {
        xLabel.addListener(obs -> invalidatePlot());
        yLabel.addListener(obs -> invalidatePlot());
    }

    /** Title of the x axis; bind it to a bundle text. */
    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** Background, grid, ticks and axis titles for the given data ranges. */
    protected final PlotFrame drawFrame(PlotGraphics g, double width, double height, double xMin, double xMax,
                                        double yMin, double yMax, boolean logY) {
        g.fillRect(0, 0, width, height, backgroundColor());
        PlotFrame frame = new PlotFrame(width, height, fontSize(), xMin, xMax, yMin, yMax, logY);
        frame.draw(g, foregroundColor(), gridColor(), fontSize(), xLabel.get(), yLabel.get());
        return frame;
    }
}
