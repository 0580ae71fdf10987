package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The contour plot, the function plot and the draggable bars: mouse, keys and CSV export. */
@ExtendWith(ApplicationExtension.class)
class InteractivePlotsTest {
    @TempDir
    Path folder;

    private final List<double[]> dragged = new ArrayList<>();
    private ContourPlotView contour;
    private FunctionPlotView function;
    private DraggableBarChartView bars;

    @Start
    void start(Stage stage) {
        contour = new ContourPlotView();
        contour.setFunction((x, y) -> x * x + y * y, -2, 2, -2, 2);
        contour.setLevels(ContourPlotView.logLevels(0.25, 4, 5));
        contour.setVectorField((x, y, out) -> {
            out[0] = -2 * x;
            out[1] = -2 * y;
        }, 0.5);
        contour.setPaths(List.of(new ContourPlotView.Path("descent", new double[] {-1, -0.8, 30},
                new double[] {1, 0.8, -30}, 0, true)));
        contour.markerDraggableProperty().set(true);
        contour.setPrefSize(300, 300);
        function = new FunctionPlotView();
        function.setRange(0, 2, 0, 4);
        function.setItems(List.of(new FunctionPlotView.Curve("x²", x -> x * x, 0, false),
                new FunctionPlotView.Line("tangent", 2, -1, 1, true),
                new FunctionPlotView.Point("(1, 1)", 1, 1, 2)));
        function.setPrefSize(300, 200);
        bars = new DraggableBarChartView();
        bars.setValues(List.of("a", "b", "c", "d"), new double[] {0.1, 0.2, 0.3, 0.4});
        bars.setTargets(new double[] {0, 0, 1, 0});
        bars.setOnBarDragged((index, value) -> dragged.add(new double[] {index, value}));
        bars.setPrefSize(300, 200);
        stage.setScene(new Scene(new VBox(contour, function, bars), 320, 720));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void pressingOnTheContourPlotMovesTheMarkerThere(FxRobot robot) {
        Bounds b = contour.localToScreen(contour.getBoundsInLocal());
        robot.moveTo(b.getCenterX(), b.getCenterY()).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        Point2D marker = contour.markerProperty().get();
        assertTrue(Math.abs(marker.getX()) < 0.6 && Math.abs(marker.getY()) < 0.6, "near the centre: " + marker);
    }

    @Test
    void draggingABarReportsItsIndexAndTheValueUnderTheMouse(FxRobot robot) {
        Bounds b = bars.localToScreen(bars.getBoundsInLocal());
        robot.moveTo(b.getMinX() + b.getWidth() * 0.9, b.getMinY() + b.getHeight() * 0.5).press(MouseButton.PRIMARY)
                .release(MouseButton.PRIMARY);
        double[] last = dragged.get(dragged.size() - 1);
        assertEquals(3, (int) last[0]);
        assertTrue(last[1] > 0.2 && last[1] < 0.8, "value " + last[1]);
        robot.type(KeyCode.LEFT).type(KeyCode.DOWN);
        last = dragged.get(dragged.size() - 1);
        assertEquals(2, (int) last[0]);
        assertEquals(0.29, last[1], 1e-12);
    }

    @Test
    void csvHoldsWhatIsPlotted(FxRobot robot) throws Exception {
        Path paths = folder.resolve("paths.csv");
        Path curves = folder.resolve("curves.csv");
        Path values = folder.resolve("bars.csv");
        robot.interact(() -> {
            try {
                contour.writeCsv(paths);
                function.writeCsv(curves);
                bars.writeCsv(values);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(List.of("path,step,x,y", "descent,0,-1,1", "descent,1,-0.8,0.8", "descent,2,30,-30"),
                Files.readAllLines(paths));
        List<String> curveRows = Files.readAllLines(curves);
        assertEquals("item,x,y", curveRows.get(0));
        assertTrue(curveRows.contains("x²,1,1"));
        assertTrue(curveRows.contains("tangent,2,3"));
        assertTrue(curveRows.contains("\"(1, 1)\",1,1"));
        assertEquals(List.of("bar,value,target", "a,0.1,0", "b,0.2,0", "c,0.3,1", "d,0.4,0"), Files.readAllLines(values));
    }
}
