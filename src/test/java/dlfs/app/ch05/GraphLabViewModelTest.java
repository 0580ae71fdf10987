package dlfs.app.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.Message;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.graph.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stepping, editing, the numerical check and the prediction quiz of a graph lab, without a window. */
class GraphLabViewModelTest {
    private static final double TOL = 1e-9;

    @Test
    void loadsCompletelyComputedLikeTheBooksFigures() {
        GraphLabViewModel lab = new GraphLabViewModel(ExampleGraphs::apples);
        assertTrue(lab.graph().isBackwardComplete());
        assertEquals(220, lab.graph().output().value(), TOL);
        assertEquals("ch05.graph.status.done", lab.statusProperty().get().key());
    }

    @Test
    void stepsForwardThenBackwardOneNodeAtATime() {
        GraphLabViewModel lab = new GraphLabViewModel(ExampleGraphs::apples);
        lab.reset();
        ComputationalGraph g = lab.graph();
        assertFalse(lab.canStepBackward(), "backward needs the forward pass first");
        assertFalse(lab.stepBackward());
        assertTrue(lab.stepForward());
        assertEquals(200, g.node("apple_price").value(), TOL);
        assertSame(g.node("apple_price"), lab.activeNodeProperty().get());
        assertEquals(Message.of("ch05.graph.status.forward", 1, 2), lab.statusProperty().get());
        assertTrue(lab.stepForward());
        assertEquals(220, g.output().value(), TOL);
        assertFalse(lab.stepForward());
        assertEquals("ch05.graph.status.forwardDone", lab.statusProperty().get().key());
        assertTrue(lab.stepBackward());
        assertEquals(1.1, g.node("apple_price").gradient(), TOL);
        assertEquals(200, g.node("tax").gradient(), TOL);
        assertTrue(Double.isNaN(g.node("apple").gradient()), "not reached yet");
        assertTrue(lab.advance());
        assertEquals(2.2, g.node("apple").gradient(), TOL);
        assertEquals(110, g.node("apple_num").gradient(), TOL);
        assertFalse(lab.advance());
    }

    @Test
    void editingAnInputRecomputesUpToTheSameStep() {
        GraphLabViewModel lab = new GraphLabViewModel(ExampleGraphs::applesAndOranges);
        int before = lab.revisionProperty().get();
        assertEquals(Optional.empty(), lab.setInput("tax", "1.08"));
        assertTrue(lab.revisionProperty().get() > before);
        assertEquals(702, lab.graph().output().value(), TOL);
        assertEquals(650, lab.graph().node("tax").gradient(), TOL);
        assertEquals(1.08 * 100, lab.graph().node("apple_num").gradient(), TOL);
        lab.reset();
        lab.stepForward();
        lab.setInput("apple", "−120");
        assertEquals(-240, lab.graph().node("apple_price").value(), TOL);
        assertFalse(lab.graph().node("orange_price").hasValue(), "still one step into the forward pass");
    }

    @Test
    void badInputsAreRefusedWithAMessageAndChangeNothing() {
        GraphLabViewModel lab = new GraphLabViewModel(ExampleGraphs::apples);
        lab.setInputLimit(50);
        assertEquals("ch05.input.notNumber", lab.setInput("tax", "ten").orElseThrow().key());
        assertEquals("ch05.input.range", lab.setInput("tax", "51").orElseThrow().key());
        assertEquals("ch05.input.range", lab.setNudge("0").orElseThrow().key());
        assertEquals("ch05.input.notNumber", lab.setUpstream("").orElseThrow().key());
        assertEquals(1.1, lab.graph().node("tax").value(), TOL);
    }

    @Test
    void numericalCheckAgreesWithBackpropOnEveryInput() {
        GraphLabViewModel apples = new GraphLabViewModel(ExampleGraphs::applesAndOranges);
        for (String name : List.of("apple", "apple_num", "orange", "orange_num", "tax")) {
            assertEquals(apples.graph().node(name).gradient(), apples.numericalGradient(apples.graph().node(name)), 1e-6,
                    name);
        }
        GraphLabViewModel node = new GraphLabViewModel(() -> ExampleGraphs.singleNode(Operation.MULTIPLY, 10, 5));
        node.setUpstream("1.3");
        assertEquals(6.5, node.numericalGradient(node.graph().node("x")), 1e-6);
        assertEquals(13, node.numericalGradient(node.graph().node("y")), 1e-6);
        assertEquals(Optional.empty(), node.setNudge("1"));
        assertEquals(6.5, node.numericalGradient(node.graph().node("x")), 1e-9, "a × node is linear in each input");
    }

    @Test
    void predictModeHidesABackwardStepUntilItIsAnsweredCorrectly() {
        GraphLabViewModel lab = new GraphLabViewModel(ExampleGraphs::apples);
        lab.predictModeProperty().set(true);
        lab.reset();
        lab.runToEnd();
        ComputationalGraph g = lab.graph();
        assertSame(g.node("price"), lab.quizNodeProperty().get(), "stops at the first backward step");
        assertTrue(lab.isBackwardHidden(g.node("price"), 0));
        assertFalse(lab.canStepBackward());
        List<GraphLabViewModel.Prediction> asked = lab.predictions();
        assertEquals(List.of("apple_price", "tax"), asked.stream().map(p -> p.target().name()).toList());

        asked.get(0).answerProperty().set("1.1");
        asked.get(1).answerProperty().set("220");
        lab.check();
        assertTrue(asked.get(0).isCorrect());
        assertFalse(asked.get(1).isCorrect());
        assertEquals("ch05.predict.wrong", asked.get(1).feedbackProperty().get().key());
        assertSame(g.node("price"), lab.quizNodeProperty().get(), "still hidden after a wrong answer");

        asked.get(1).answerProperty().set("200");
        lab.check();
        assertNull(lab.quizNodeProperty().get());
        assertFalse(lab.isBackwardHidden(g.node("price"), 1));
        assertEquals(3, lab.predictionsRightProperty().get());
        assertEquals(4, lab.predictionsAskedProperty().get());

        assertTrue(lab.stepBackward());
        assertSame(g.node("apple_price"), lab.quizNodeProperty().get());
        lab.reveal();
        assertNull(lab.quizNodeProperty().get());
        assertTrue(g.isBackwardComplete());
    }

    @Test
    void constantsAreNotAskedFor() {
        GraphLabViewModel lab = new GraphLabViewModel(() -> ExampleGraphs.sigmoid(1.0));
        lab.predictModeProperty().set(true);
        lab.reset();
        lab.runToEnd();
        while (lab.quizNodeProperty().get() != null && !lab.quizNodeProperty().get().name().equals("-x")) {
            lab.reveal();
            lab.stepBackward();
        }
        assertEquals(List.of("x"), lab.predictions().stream().map(p -> p.target().name()).toList());
    }

    @Test
    void answersWithinThreeSignificantDigitsCount() {
        GraphLabViewModel lab = new GraphLabViewModel(() -> ExampleGraphs.softmaxWithLoss(
                new double[] {0.3, 2.9, 4.0}, new double[] {0, 0, 1}));
        lab.predictModeProperty().set(true);
        lab.reset();
        lab.runToEnd();
        while (!lab.quizNodeProperty().get().name().equals("log3")) {
            lab.reveal();
            lab.stepBackward();
        }
        GraphLabViewModel.Prediction toY3 = lab.predictions().get(0);
        toY3.answerProperty().set("−1.3576");
        lab.check();
        assertTrue(toY3.isCorrect(), "−t3/y3 = −1.35759461");
    }
}
