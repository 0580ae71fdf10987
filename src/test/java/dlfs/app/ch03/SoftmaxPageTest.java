package dlfs.app.ch03;

import static dlfs.app.ch02.PageStage.fire;
import static dlfs.app.ch02.PageStage.text;
import static dlfs.app.ch02.PageStage.type;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.ch02.PageStage;
import dlfs.app.widgets.BarChartView;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The softmax lab against 3.5.1–3.5.3: exp, sum and probabilities, and the overflow of [1010, 1000, 990]. */
@ExtendWith(ApplicationExtension.class)
class SoftmaxPageTest {
    private SoftmaxPage page;

    @Start
    void start(Stage stage) {
        page = new PageStage().show(stage, SoftmaxPage::new);
    }

    /** Column {@code c} of the three score rows. */
    private static List<String> column(FxRobot robot, int c) {
        return List.of(text(robot, "softmax-row-0-" + c), text(robot, "softmax-row-1-" + c),
                text(robot, "softmax-row-2-" + c));
    }

    @Test
    void textbookFormulaReproducesSection351(FxRobot robot) {
        fire(robot, "softmax-subtract");
        assertEquals(List.of("1.34985881", "18.17414537", "54.59815003"), column(robot, 2));
        assertEquals(74.1221542102, Double.parseDouble(text(robot, "softmax-sum-2")), 1e-8);
        assertEquals(List.of("0.01821127", "0.24519181", "0.73659691"), column(robot, 3));
        assertEquals(List.of("1.8", "24.5", "73.7"), column(robot, 4));
        assertEquals(1.0, Double.parseDouble(text(robot, "softmax-sum-3")), 1e-15);
        assertArrayEquals(new double[] {0.01821127, 0.24519181, 0.73659691}, page.model().result().probabilities(), 1e-8);
    }

    @Test
    void subtractingTheMaximumGivesTheSameProbabilities(FxRobot robot) {
        assertEquals("c = max(a) = 4 is subtracted from every score first.", text(robot, "softmax-shift"));
        assertEquals(List.of("-3.7", "-1.1", "0"), column(robot, 2));
        assertEquals(List.of("0.01821127", "0.24519181", "0.73659691"), column(robot, 4));
        assertEquals("Largest score: k = 2. Most probable class: k = 2. Softmax keeps the order.",
                text(robot, "softmax-argmax"));
    }

    @Test
    void largeScoresOverflowOnlyWithoutTheShift(FxRobot robot) {
        fire(robot, "softmax-preset-1");
        assertEquals(List.of("0", "-10", "-20"), column(robot, 2));
        assertEquals(List.of("9.99954600e-01", "4.53978686e-05", "2.06106005e-09"), column(robot, 4));
        double[] y = page.model().result().probabilities();
        assertEquals(9.99954600e-01, y[0], 1e-8 * 9.99954600e-01);
        assertEquals(4.53978686e-05, y[1], 1e-8 * 4.53978686e-05);
        assertEquals(2.06106005e-09, y[2], 1e-8 * 2.06106005e-09);

        fire(robot, "softmax-subtract");
        assertEquals(List.of("inf", "inf", "inf"), column(robot, 2));
        assertEquals(List.of("nan", "nan", "nan"), column(robot, 3));
        assertEquals("Naive formula: exp overflows to inf, and inf / inf = nan.", text(robot, "softmax-shift"));
        assertTrue(text(robot, "softmax-argmax").contains("all nan"));
        BarChartView bars = robot.lookup("#softmax-probabilities").queryAs(BarChartView.class);
        assertTrue(Double.isNaN(bars.values()[0]));
    }

    @Test
    void scoresAreEditedOneByOneAndCounted(FxRobot robot) {
        type(robot, "softmax-count .text-field", "5");
        assertEquals(5, page.model().scoresProperty().get().length);
        type(robot, "softmax-score-4 .text-field", "7");
        assertEquals(4, page.model().result().argmaxProbability());
        type(robot, "softmax-score-4 .text-field", "seven");
        assertEquals(7, page.model().scoresProperty().get()[4]);
        type(robot, "softmax-count .text-field", "11");
        assertEquals(5, page.model().scoresProperty().get().length);
        assertTrue(robot.lookup("Enter a value from 2 to 10.").tryQuery().isPresent());
        fire(robot, "softmax-preset-2");
        assertEquals(10, page.model().scoresProperty().get().length);
        assertEquals(1.0, page.model().result().probabilitySum(), 1e-15);
    }
}
