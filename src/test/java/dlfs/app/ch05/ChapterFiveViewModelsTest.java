package dlfs.app.ch05;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.graph.ComputationalGraph;
import dlfs.core.layer.Activation;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The panels' view-models reproduce the numbers of chapter 5 and Appendix A. */
class ChapterFiveViewModelsTest {
    private static final double TOL = 1e-9;

    @Test
    void shoppingLayerProgramPrintsTheBooksNumbers() {
        ShoppingGraphsViewModel model = new ShoppingGraphsViewModel();
        ShoppingGraphsViewModel.Program apples = model.programProperty().get();
        assertEquals("220", apples.forward().get(1).result());
        assertEquals("1.1, 200", apples.backward().get(0).result());
        assertEquals("2.2, 110", apples.backward().get(1).result());

        model.presetProperty().set(ShoppingGraphsViewModel.Preset.APPLES_AND_ORANGES);
        ShoppingGraphsViewModel.Program both = model.programProperty().get();
        assertEquals(List.of("200", "450", "650", "715"), both.forward().stream().map(ShoppingGraphsViewModel.Call::result).toList());
        assertEquals(List.of("1.1, 650", "1.1, 1.1", "3.3, 165", "2.2, 110"),
                both.backward().stream().map(ShoppingGraphsViewModel.Call::result).toList());
        assertEquals("allPrice = addAppleOrangeLayer.forward(200, 450)", both.forward().get(2).code());
        assertEquals("ch05.shopping.agree", model.agreementProperty().get().key());

        model.graph().reset();
        assertEquals("ch05.shopping.compareLater", model.agreementProperty().get().key());
        model.presetProperty().set(ShoppingGraphsViewModel.Preset.MULTIPLY_NODE);
        assertNull(model.programProperty().get());
        ComputationalGraph node = model.graph().graph();
        assertEquals(50, node.output().value(), TOL);
        assertEquals(6.5, node.node("x").gradient(), TOL);
        assertEquals(13, node.node("y").gradient(), TOL);
        model.presetProperty().set(ShoppingGraphsViewModel.Preset.ADD_NODE);
        assertEquals(15, model.graph().graph().output().value(), TOL);
        assertEquals(1.3, model.graph().graph().node("x").gradient(), TOL);
        assertEquals(1.3, model.graph().graph().node("y").gradient(), TOL);
    }

    @Test
    void chainRuleGivesTwiceTheSumAndFollowsTheSliders() {
        ChainRuleViewModel model = new ChainRuleViewModel();
        assertEquals(6, model.graph().graph().node("x").gradient(), TOL);
        model.xProperty().set(-0.5);
        model.yProperty().set(3);
        ComputationalGraph g = model.graph().graph();
        assertEquals(6.25, g.output().value(), TOL);
        assertEquals(5, g.node("x").gradient(), TOL);
        assertEquals(5, g.node("y").gradient(), TOL);
        assertEquals(List.of("1", "5", "1", "5", "−0.5", "3"), model.chainProperty().get().args());
        model.graph().setInput("x", "2");
        assertEquals(2, model.xProperty().get(), TOL, "the slider follows a typed value");
    }

    @Test
    void reluMaskOfTheBooksMatrixStopsTheGradientWhereXIsNotPositive() {
        ActivationLayersViewModel model = new ActivationLayersViewModel();
        ActivationLayersViewModel.ReluResult r = model.reluProperty().get();
        assertArrayEquals(new boolean[] {false, true, true, false}, r.mask());
        assertArrayEquals(new double[] {1.0, 0, 0, 3.0}, r.y().data(), TOL);
        assertArrayEquals(new double[] {1, 0, 0, 4}, r.dx().data(), TOL);
        model.applyRelu("1, 2, 3", "1; 2");
        assertEquals("ch05.relu.shapes", model.reluErrorProperty().get().key());
        assertEquals(r, model.reluProperty().get(), "a refused input keeps the last result");
    }

    @Test
    void sigmoidGradientIsTheSameThroughFourNodesOneNodeAndTheLayer() {
        ActivationLayersViewModel model = new ActivationLayersViewModel();
        model.sigmoidXProperty().set(0.5);
        ActivationLayersViewModel.SigmoidComparison c = model.comparisonProperty().get();
        double y = 1 / (1 + Math.exp(-0.5));
        assertEquals(y * (1 - y), c.grouped(), 1e-15);
        assertEquals(c.grouped(), c.expanded(), 1e-15);
        assertEquals(c.grouped(), c.layer(), 1e-15);
        model.groupedProperty().set(true);
        assertEquals(1, model.sigmoidGraph().graph().operations().size());
        assertEquals(0.5, model.sigmoidGraph().graph().node("x").value(), TOL, "keeps x when collapsing");
    }

    @Test
    void affineShapesBiasSumAndAppendixATrace() {
        AffineSoftmaxViewModel model = new AffineSoftmaxViewModel();
        model.batchProperty().set(4);
        List<AffineSoftmaxViewModel.ShapeRow> rows = model.shapesProperty().get();
        assertEquals("(4, 2)", rows.get(0).shapes());
        assertEquals("(4, 3) · (3, 2) → (4, 2)", rows.get(5).shapes());
        assertEquals("(2, 4) · (4, 3) → (2, 3)", rows.get(6).shapes());
        assertEquals("(4, 3) → (3,)", rows.get(7).shapes());

        AffineSoftmaxViewModel.BiasExample bias = model.biasProperty().get();
        assertArrayEquals(new double[] {0, 0, 0, 10, 10, 10}, bias.xw().data(), TOL);
        assertArrayEquals(new double[] {1, 2, 3, 11, 12, 13}, bias.y().data(), TOL);
        assertArrayEquals(new double[] {5, 7, 9}, bias.db().data(), TOL);

        AffineSoftmaxViewModel.LossCheck check = model.lossCheckProperty().get();
        assertArrayEquals(new double[] {0.01821127, 0.24519181, 0.73659691}, check.y(), 1e-8);
        assertArrayEquals(new double[] {0.01821127, 0.24519181, -0.26340309}, check.layer(), 1e-8);
        assertArrayEquals(check.layer(), check.graph(), 1e-12);

        model.loadBookExample();
        assertArrayEquals(new double[] {0.3, -0.8, 0.5}, model.lossCheckProperty().get().graph(), 1e-12);
        model.classesProperty().set(5);
        assertEquals(5, model.lossCheckProperty().get().y().length);
        model.labelProperty().set(1);
        AffineSoftmaxViewModel.LossCheck five = model.lossCheckProperty().get();
        assertEquals(five.y()[0] - 1, five.graph()[0], 1e-12);
        assertArrayEquals(five.layer(), five.graph(), 1e-12);
    }

    @Test
    void deltaFormEqualsTheLayerViewForBothActivations() {
        DeltaFormViewModel model = new DeltaFormViewModel();
        assertTrue(model.maxDifference() < 1e-15);
        Tensor before = model.resultProperty().get().fromDeltas().dW1();
        model.activationProperty().set(Activation.SIGMOID);
        assertTrue(model.maxDifference() < 1e-15);
        model.reroll();
        assertTrue(model.maxDifference() < 1e-15);
        assertNotEquals(before.data()[0], model.resultProperty().get().fromDeltas().dW1().data()[0]);
        assertEquals("Sigmoid1", model.activationLayerName());
    }
}
