package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConvolutionStepperViewModelTest {
    @Test
    void bookExampleWithBiasThreeGives18_19_9_18() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        model.runAll();
        assertArrayEquals(new double[] {18, 19, 9, 18}, model.getState().output());
        assertEquals("[[18, 19], [9, 18]]", model.getState().layerOutput());
    }

    @Test
    void withoutBiasTheBookOutputIs15_16_6_15() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        model.setBias(0);
        model.runAll();
        assertArrayEquals(new double[] {15, 16, 6, 15}, model.getState().output());
    }

    @Test
    void eachPositionShowsItsNineProductsInTheBooksOrder() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        String[] expected = {
            "1×2 + 2×0 + 3×1 + 0×0 + 1×1 + 2×2 + 3×1 + 0×0 + 1×2 = 15",
            "2×2 + 3×0 + 0×1 + 1×0 + 2×1 + 3×2 + 0×1 + 1×0 + 2×2 = 16",
            "0×2 + 1×0 + 2×1 + 3×0 + 0×1 + 1×2 + 2×1 + 3×0 + 0×2 = 6",
            "1×2 + 2×0 + 3×1 + 0×0 + 1×1 + 2×2 + 3×1 + 0×0 + 1×2 = 15"};
        String[] withBias = {"15 + 3 = 18", "16 + 3 = 19", "6 + 3 = 9", "15 + 3 = 18"};
        for (int position = 0; position < 4; position++) {
            for (int k = 0; k < 9; k++) {
                model.stepForward();
            }
            assertEquals(List.of(expected[position]), model.getState().expression());
            assertEquals(position, model.getState().position());
            model.stepForward();
            assertEquals(List.of(expected[position], withBias[position]), model.getState().expression());
        }
        assertTrue(model.isFinished());
    }

    @Test
    void runningSumFillsTheCurrentCellAndLeavesLaterOnesEmpty() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        model.stepForward();
        model.stepForward();
        model.stepForward();
        double[] shown = model.getState().output();
        assertEquals(5.0, shown[0], "1×2 + 2×0 + 3×1");
        assertTrue(Double.isNaN(shown[1]));
        assertEquals(List.of("1×2 + 2×0 + 3×1 = 5"), model.getState().expression());
        model.nextPosition();
        assertEquals(18.0, model.getState().output()[0]);
        assertTrue(Double.isNaN(model.getState().output()[1]));
    }

    @Test
    void paddingOneGivesTheDerivedFourByFourOutput() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        model.setBias(0);
        model.padProperty().set(1);
        model.runAll();
        assertArrayEquals(new double[] {7, 12, 10, 2, 4, 15, 16, 10, 10, 6, 15, 6, 8, 10, 4, 3},
                model.getState().output());
    }

    @Test
    void threeEqualChannelsTripleTheSum() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        model.setBias(0);
        model.channelsProperty().set(3);
        assertEquals(28, model.stepsPerPosition());
        model.runAll();
        assertArrayEquals(new double[] {45, 48, 18, 45}, model.getState().output());
        List<String> lines = model.getState().expression();
        assertEquals("Σ 15 + 15 + 15 = 45", lines.get(3));
        assertTrue(lines.get(0).startsWith("c1: 1×2"));
    }

    @Test
    void sizesThatDoNotFitAreReportedAndStopTheStepper() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        model.strideProperty().set(2);
        assertNotNull(model.problemProperty().get());
        assertEquals("ch07.fit.height.notExact", model.problemProperty().get().key());
        assertEquals(List.of("(4 + 2·0 − 3)/2 + 1 = 1.5", 1), model.problemProperty().get().args());
        assertEquals(0, model.totalSteps());
        model.padProperty().set(1);
        assertEquals(List.of("(4 + 2·1 − 3)/2 + 1 = 2.5", 2), model.problemProperty().get().args());
        model.strideProperty().set(1);
        assertNull(model.problemProperty().get());
        assertEquals(16 * 10, model.totalSteps(), "pad 1: 4×4 positions of 9 products and a bias");
    }

    @Test
    void editingRestartsAndResetBringsBackTheBook() {
        ConvolutionStepperViewModel model = new ConvolutionStepperViewModel();
        model.runAll();
        double[] filter = model.filter(0);
        filter[0] = 0;
        model.setFilter(0, filter);
        assertEquals(0, model.stepProperty().get());
        model.runAll();
        assertEquals(16.0, model.getState().output()[0], "15 − 1×2 + 3");
        model.heightProperty().set(5);
        assertEquals(20, model.input(0).length);
        assertEquals(0.0, model.input(0)[4], "a new column starts at 0");
        model.resetToBook();
        model.runAll();
        assertArrayEquals(new double[] {18, 19, 9, 18}, model.getState().output());
    }

    @Test
    void batchShapesFollowTheBlockFormula() {
        BatchShapesViewModel shapes = new BatchShapesViewModel();
        assertEquals("(10, 3, 28, 28)", shapes.inputProperty().get());
        assertEquals("(20, 3, 5, 5) = 1500", shapes.weightsProperty().get());
        assertEquals("(20, 1, 1)", shapes.biasProperty().get());
        assertEquals("(10, 20, 24, 24)", shapes.outputProperty().get());
        shapes.strideProperty().set(2);
        assertEquals("—", shapes.outputProperty().get());
        assertEquals("ch07.fit.height.notExact", shapes.problemProperty().get().key());
    }
}
