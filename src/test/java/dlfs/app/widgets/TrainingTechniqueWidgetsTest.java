package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The chapter 6 widgets: contour levels and lines, coordinates, and exports that carry the data. */
@ExtendWith(ApplicationExtension.class)
class TrainingTechniqueWidgetsTest {
    @TempDir
    Path folder;

    private SurfacePlotView surface;
    private LogBarChartView bars;
    private HistogramStripView strip;
    private SmallMultiplesView grid;
    private ColoredScatterView scatter;

    @Start
    void start(Stage stage) {
        surface = new SurfacePlotView();
        surface.setSurface((x, y) -> x * x / 20 + y * y, -10, 10, -5, 5);
        surface.setPaths(List.of(new SurfacePlotView.Path("SGD", Color.BLUE, new double[] {-7, -6.335},
                new double[] {2, -1.8})));
        bars = new LogBarChartView();
        bars.setData(List.of("W1", "W2"), List.of(new LogBarChartView.Series("a", new double[] {1e-6, 1e-2}),
                new LogBarChartView.Series("b", new double[] {1e-3, 0})));
        strip = new HistogramStripView();
        strip.setHistograms(List.of("layer 1", "layer 2"), List.of(new long[] {5, 1, 0}, new long[] {0, 2, 3}), 0, 1, 0);
        grid = new SmallMultiplesView();
        grid.setPanels(List.of("with", "without"), List.of(new SmallMultiplesView.Panel("W: 1",
                List.of(new double[] {0.1, 0.5}, new double[] {0.1, Double.NaN}), "")), 4, 1, 0, 1);
        scatter = new ColoredScatterView();
        scatter.setWindow(-6, -2, -8, -4);
        scatter.setValueRange(0.1, 0.9);
        scatter.setPoints(List.of(new ColoredScatterView.Point(-3, -6, 0.8), new ColoredScatterView.Point(-5, -7, Double.NaN)));
        VBox box = new VBox(surface, bars, strip, grid, scatter);
        stage.setScene(new Scene(box, 600, 760));
        stage.show();
    }

    @Test
    void nonNegativeSurfaceGetsLevelsEvenlySpacedOnALogScaleAboveItsMinimum() {
        double[] levels = surface.levels();
        assertTrue(surface.hasLogLevels());
        assertEquals(16, levels.length);
        // level k = min + span·10^(4(k + ½)/16 − 4): the gaps grow by one factor
        double ratio = (levels[2] - levels[1]) / (levels[1] - levels[0]);
        assertEquals(Math.pow(10, 4.0 / 16), ratio, 1e-6);
        for (int k = 2; k < levels.length; k++) {
            assertEquals(ratio, (levels[k] - levels[k - 1]) / (levels[k - 1] - levels[k - 2]), 1e-6, "level " + k);
        }
        assertTrue(levels[15] < 30 && levels[0] > 0, "inside (0, 30): " + levels[0] + " … " + levels[15]);
    }

    @Test
    void surfaceWithNegativeValuesGetsEvenlySpacedLevels(FxRobot robot) {
        robot.interact(() -> surface.setSurface((x, y) -> x * x - y * y, -3, 3, -3, 3));
        assertFalse(surface.hasLogLevels());
        double[] levels = surface.levels();
        assertEquals(levels[1] - levels[0], levels[9] - levels[8], 1e-9);
        robot.interact(() -> surface.setSurface((x, y) -> x * x / 20 + y * y, -10, 10, -5, 5));
    }

    @Test
    void marchingSquaresCrossesEachCellWhereTheLevelLies() {
        // grid rows j = 0, 1: values (0, 1) and (1, 2); level 0.5 cuts off the corner at (0, 0)
        List<double[]> segments = SurfacePlotView.ContourLines.segments(new double[] {0, 1, 1, 2}, 2, 2, 0.5);
        assertEquals(1, segments.size());
        assertArrayEquals(new double[] {0.5, 0, 0, 0.5}, segments.get(0), 1e-12);
        assertTrue(SurfacePlotView.ContourLines.segments(new double[] {0, 1, 1, 2}, 2, 2, 5).isEmpty());
        // a saddle cell (high corners diagonally opposite) gives two segments
        assertEquals(2, SurfacePlotView.ContourLines.segments(new double[] {1, 0, 0, 1}, 2, 2, 0.5).size());
    }

    @Test
    void plotCoordinatesRoundTrip(FxRobot robot) {
        double[][] back = new double[1][];
        robot.interact(() -> {
            double[] px = surface.toWidget(-7, 2);
            back[0] = surface.toData(px[0], px[1]);
        });
        assertArrayEquals(new double[] {-7, 2}, back[0], 1e-9);
        double[][] outside = new double[1][];
        robot.interact(() -> outside[0] = surface.toData(1, 1));
        assertEquals(null, outside[0], "the margin is not part of the plot");
    }

    @Test
    void exportsCarryThePlottedNumbers(FxRobot robot) throws Exception {
        Path csv = folder.resolve("plot.csv");
        robot.interact(() -> write(() -> surface.writeCsv(csv)));
        assertEquals(List.of("path,step,x,y,f", "SGD,0,-7,2,6.45", "SGD,1,-6.335,-1.8,5.24661125"), Files.readAllLines(csv));
        robot.interact(() -> write(() -> bars.writeCsv(csv)));
        assertEquals(List.of("category,a,b", "W1,1.0E-6,0.001", "W2,0.01,0"), Files.readAllLines(csv));
        robot.interact(() -> write(() -> strip.writeCsv(csv)));
        assertEquals(7, Files.readAllLines(csv).size());
        robot.interact(() -> write(() -> grid.writeCsv(csv)));
        assertTrue(Files.readAllLines(csv).contains("W: 1,without,1,NaN"));
        robot.interact(() -> write(() -> scatter.writeCsv(csv)));
        assertEquals(List.of("x,y,value", "-3,-6,0.8", "-5,-7,NaN"), Files.readAllLines(csv));
        for (PlotCanvas plot : List.of(surface, bars, strip, grid, scatter)) {
            Path png = folder.resolve("plot.png");
            Path svg = folder.resolve("plot.svg");
            robot.interact(() -> write(() -> {
                plot.writePng(png);
                plot.writeSvg(svg);
            }));
            assertTrue(Files.size(png) > 1000 && Files.readString(svg).contains("<svg"), plot.getClass().getSimpleName());
        }
    }

    @Test
    void inconsistentInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> bars.setData(List.of("W1"), List.of(
                new LogBarChartView.Series("a", new double[] {1, 2}))));
        assertThrows(IllegalArgumentException.class, () -> strip.setHistograms(List.of("only one"),
                List.of(new long[1], new long[1]), 0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> surface.setSurface((x, y) -> 0, 1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> scatter.setValueRange(1, 1));
    }

    private interface IoAction {
        void run() throws Exception;
    }

    private static void write(IoAction action) {
        try {
            action.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
