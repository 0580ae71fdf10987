package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plot widgets export PNG, SVG and CSV that read back to what was plotted. */
@ExtendWith(ApplicationExtension.class)
class WidgetExportTest {
    @TempDir
    Path folder;

    private LineChartView chart;
    private HistogramView histogram;
    private ImageGridView grid;

    @Start
    void start(Stage stage) {
        chart = new LineChartView();
        LineSeries loss = chart.addSeries(new SimpleStringProperty("loss"));
        LineSeries accuracy = chart.addSeries(new SimpleStringProperty("test, accuracy"));
        for (int i = 0; i <= 20; i++) {
            loss.add(i, 2.3 * Math.exp(-i / 5.0));
            accuracy.add(i, i / 20.0);
        }
        chart.xLabelProperty().set("iteration");
        histogram = new HistogramView();
        histogram.setValues(new double[] {0.05, 0.15, 0.15, 0.95, 1.0, 2.0}, 10, 0, 1);
        grid = new ImageGridView();
        grid.setImages(List.of(new double[] {0, 1, 2, 3}, new double[] {-1, 0, 0, 1}), 2, 2);
        chart.setPrefSize(400, 250);
        stage.setScene(new Scene(new HBox(chart, histogram, grid), 1100, 300));
        stage.show();
    }

    @Test
    void lineChartPngHasTheSizeOnScreen(FxRobot robot) throws Exception {
        Path png = folder.resolve("curve.png");
        robot.interact(() -> write(() -> chart.writePng(png)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) chart.getWidth(), image.getWidth());
        assertEquals((int) chart.getHeight(), image.getHeight());
        assertTrue(image.getRGB(image.getWidth() / 2, 5) != 0, "painted, not transparent");
    }

    @Test
    void lineChartSvgHoldsEverySeriesAsANamedPolyline(FxRobot robot) throws Exception {
        Path svg = folder.resolve("curve.svg");
        robot.interact(() -> write(() -> chart.writeSvg(svg)));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getTagName());
        NodeList polylines = document.getElementsByTagName("polyline");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < polylines.getLength(); i++) {
            Element line = (Element) polylines.item(i);
            names.add(line.getAttribute("data-series"));
            assertEquals(21, line.getAttribute("points").trim().split(" ").length, "every point drawn");
        }
        assertEquals(List.of("loss", "test, accuracy"), names);
        assertTrue(Files.readString(svg).contains(">iteration</text>"), "axis title written as text");
    }

    @Test
    void lineChartCsvHasEveryNumber(FxRobot robot) throws Exception {
        Path csv = folder.resolve("curve.csv");
        robot.interact(() -> write(() -> chart.writeCsv(csv)));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("series,x,y", lines.get(0));
        assertEquals(1 + 2 * 21, lines.size());
        assertEquals("loss,0,2.3", lines.get(1));
        assertEquals("\"test, accuracy\",20,1", lines.get(lines.size() - 1));
        assertEquals(2.3 * Math.exp(-1), Double.parseDouble(lines.get(6).split(",")[2]), 1e-15);
    }

    @Test
    void hoverReadoutStaysOnScreenAndOutOfExports(FxRobot robot) throws Exception {
        Path before = folder.resolve("before.svg");
        Path after = folder.resolve("after.svg");
        robot.interact(() -> write(() -> chart.writeSvg(before)));
        robot.moveTo(chart);
        robot.interact(() -> write(() -> chart.writeSvg(after)));
        assertEquals(Files.readString(before), Files.readString(after));
    }

    @Test
    void histogramCountsBinsAndExportsThem(FxRobot robot) throws Exception {
        assertEquals(List.of(1L, 2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L), boxed(histogram.counts()));
        Path csv = folder.resolve("hist.csv");
        Path svg = folder.resolve("hist.svg");
        robot.interact(() -> write(() -> {
            histogram.writeCsv(csv);
            histogram.writeSvg(svg);
        }));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("bin_from,bin_to,count", lines.get(0));
        assertEquals("0.1,0.2,2", lines.get(2));
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    void imageGridExportsEveryPixel(FxRobot robot) throws Exception {
        Path csv = folder.resolve("grid.csv");
        Path png = folder.resolve("grid.png");
        robot.interact(() -> write(() -> {
            grid.writeCsv(csv);
            grid.writePng(png);
        }));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 8, lines.size());
        assertEquals("1,1,1,1", lines.get(8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) grid.getWidth(), image.getWidth());
    }

    @Test
    void ticksAreRoundNumbers() {
        assertEquals(0.5, Ticks.step(0, 2.3, 5));
        assertEquals(200, Ticks.step(0, 1000, 6));
        assertEquals(List.of(0.0, 0.5, 1.0, 1.5, 2.0), boxed(Ticks.values(0, 2.3, 0.5)));
    }

    private interface Export {
        void run() throws Exception;
    }

    private static void write(Export export) {
        try {
            export.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<Long> boxed(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
