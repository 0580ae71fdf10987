package dlfs.app.ch05;

import static dlfs.app.ch05.PageUiSupport.assertShows;
import static dlfs.app.ch05.PageUiSupport.fire;
import static dlfs.app.ch05.PageUiSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.service.TrainingService;
import dlfs.app.widgets.MatrixView;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Appendix A's Softmax-with-Loss graph stepped node by node for a = (0.3, 2.9, 4.0), t = (0, 0, 1):
 * every forward and backward value of the spec's trace, read off the edges; and the bias example.
 */
@ExtendWith(ApplicationExtension.class)
class AffineSoftmaxPageUiTest {
    private static final double[] EXP = {1.34985881, 18.17414537, 54.59815003};
    private static final double S = 74.12215421;
    private static final double INVERSE_S = 0.01349124;
    private static final double[] Y = {0.01821127, 0.24519181, 0.73659691};
    private static final double L = 0.30571446;

    private AffineSoftmaxPage page;
    private EdgeReader edges;

    @Start
    void start(Stage stage) {
        page = new AffineSoftmaxPage(PageUiSupport.context(new TrainingService(Runnable::run)));
        edges = new EdgeReader(page);
        PageUiSupport.show(stage, page);
    }

    private void step(FxRobot robot, String button) {
        fire(robot, button);
    }

    @Test
    void appendixATraceForwardThenBackwardNodeByNode(FxRobot robot) {
        Spinner<Integer> digits = robot.lookup("#graph-digits").query();
        robot.interact(() -> digits.getValueFactory().setValue(9));
        fire(robot, "graph-reset");
        assertEquals("", edges.forward("exp1", "S"));
        for (int k = 1; k <= 3; k++) {
            step(robot, "graph-forward");
            assertShows(EXP[k - 1], edges.forward("exp" + k, "S"), "exp(a" + k + ")");
            assertShows(EXP[k - 1], edges.forward("exp" + k, "y" + k), "exp(a" + k + ") on its way to y" + k);
        }
        step(robot, "graph-forward");
        assertShows(S, edges.forward("S", "1/S"), "S");
        step(robot, "graph-forward");
        for (int k = 1; k <= 3; k++) {
            assertShows(INVERSE_S, edges.forward("1/S", "y" + k), "1/S to y" + k);
        }
        for (int k = 1; k <= 3; k++) {
            step(robot, "graph-forward");
            assertShows(Y[k - 1], edges.forward("y" + k, "log" + k), "y" + k);
        }
        for (int k = 1; k <= 3; k++) {
            step(robot, "graph-forward");
            assertShows(Math.log(Y[k - 1]), edges.forward("log" + k, "tlog" + k), "log y" + k);
        }
        for (int k = 1; k <= 3; k++) {
            step(robot, "graph-forward");
            assertShows(k == 3 ? Math.log(Y[2]) : 0, edges.forward("tlog" + k, "sum"), "t" + k + " log y" + k);
        }
        step(robot, "graph-forward");
        step(robot, "graph-forward");
        assertShows(L, edges.view().outputForwardText(), "L");
        assertTrue(robot.lookup("#graph-forward").queryButton().isDisabled());
        assertEquals("", edges.backward("a1", "exp1"));

        appendixATraceBackwardEndsInYMinusT(robot);
    }

    private void appendixATraceBackwardEndsInYMinusT(FxRobot robot) {
        step(robot, "graph-backward");
        assertEquals("1", edges.view().outputBackwardText());
        assertShows(-1, edges.backward("sum", "L"), "× (−1) node → Σ");
        assertShows(Math.log(Y[2]), edges.backward("-1", "L"), "to the constant: Σ t log y");
        step(robot, "graph-backward");
        for (int k = 1; k <= 3; k++) {
            assertShows(-1, edges.backward("tlog" + k, "sum"), "+ node passes −1 on");
        }
        double[] t = {0, 0, 1};
        for (int k = 3; k >= 1; k--) {
            step(robot, "graph-backward");
            assertShows(-t[k - 1], edges.backward("log" + k, "tlog" + k), "× node → log y" + k + ": −t" + k);
        }
        double[] intoSoftmax = {0, 0, -1.35759461};
        for (int k = 3; k >= 1; k--) {
            step(robot, "graph-backward");
            assertShows(intoSoftmax[k - 1], edges.backward("y" + k, "log" + k), "log node → y" + k + ": −t/y");
        }
        double[] towardInverse = {0, 0, -74.12215421};
        double[] towardExp = {0, 0, -0.01831564};
        for (int k = 3; k >= 1; k--) {
            step(robot, "graph-backward");
            assertShows(towardInverse[k - 1], edges.backward("1/S", "y" + k), "step 2: × node → 1/S branch " + k);
            assertShows(towardExp[k - 1], edges.backward("exp" + k, "y" + k), "step 5: × node → exp branch " + k);
        }
        step(robot, "graph-backward");
        assertShows(INVERSE_S, edges.backward("S", "1/S"), "step 3: / node gives 1/S");
        step(robot, "graph-backward");
        for (int k = 1; k <= 3; k++) {
            assertShows(INVERSE_S, edges.backward("exp" + k, "S"), "step 4: + node passes 1/S to exp" + k);
        }
        double[] yMinusT = {Y[0], Y[1], Y[2] - 1};
        for (int k = 3; k >= 1; k--) {
            step(robot, "graph-backward");
            assertShows(yMinusT[k - 1], edges.backward("a" + k, "exp" + k), "step 6: exp node → a" + k + " = y − t");
        }
        assertTrue(robot.lookup("#graph-backward").queryButton().isDisabled());
        assertEquals(-0.26340309, PageUiSupport.number(text(robot, "softmax-graph-3")), 1e-8);
        assertEquals(-0.26340309, PageUiSupport.number(text(robot, "softmax-layer-3")), 1e-8);
        assertEquals(0.01821127, PageUiSupport.number(text(robot, "softmax-layer-1")), 1e-8);
    }

    @Test
    void bookExampleOfFiveSixThreeGivesPointThreeMinusPointEightPointFive(FxRobot robot) {
        fire(robot, "softmax-book-example");
        assertShows(0.3, text(robot, "softmax-graph-1"), "y1 − t1");
        assertShows(-0.8, text(robot, "softmax-graph-2"), "y2 − t2");
        assertShows(0.5, text(robot, "softmax-graph-3"), "y3 − t3");
    }

    @Test
    void biasGradientIsTheColumnSumOfTheUpstreamGradient(FxRobot robot) {
        MatrixView y = robot.lookup("#affine-y").query();
        MatrixView db = robot.lookup("#affine-db").query();
        assertEquals("11", y.cellText(1, 0));
        assertEquals("13", y.cellText(1, 2));
        assertEquals("5", db.cellText(0, 0));
        assertEquals("7", db.cellText(0, 1));
        assertEquals("9", db.cellText(0, 2));
        PageUiSupport.type(robot, "affine-dout", "1, 1, 1; 2, 2, 2");
        assertEquals("3", db.cellText(0, 0));
    }
}
