package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoolingViewModelTest {
    @Test
    void maxPoolingOfTheBookExampleIs2_3_4_2() {
        PoolingViewModel model = new PoolingViewModel();
        assertArrayEquals(new double[] {2, 3, 4, 2}, model.getResult().output());
        assertArrayEquals(new int[] {1, 7, 13, 11}, model.getResult().winners(), "first maximum in reading order");
    }

    @Test
    void backwardRoutesEachGradientToItsMaximum() {
        PoolingViewModel model = new PoolingViewModel();
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0},
                model.getResult().inputGradient());
        model.setUpstream(new double[] {0.5, -2, 3, 7});
        assertArrayEquals(new double[] {0, 0.5, 0, 0, 0, 0, 0, -2, 0, 0, 0, 7, 0, 3, 0, 0},
                model.getResult().inputGradient());
    }

    @Test
    void averagePoolingGivesTheDerivedMeans() {
        PoolingViewModel model = new PoolingViewModel();
        model.kindProperty().set(PoolingViewModel.Kind.AVERAGE);
        assertArrayEquals(new double[] {1, 1.5, 2.25, 1}, model.getResult().output());
        assertEquals(0.25, model.getResult().inputGradient()[0]);
        assertEquals(0, model.getResult().winners().length);
    }

    @Test
    void globalAverageIsTheMeanOfTheWholeChannel() {
        PoolingViewModel model = new PoolingViewModel();
        model.kindProperty().set(PoolingViewModel.Kind.GLOBAL_AVERAGE);
        assertArrayEquals(new double[] {23.0 / 16}, model.getResult().output());
        assertEquals(1.0 / 16, model.getResult().inputGradient()[5], 1e-15);
    }

    @Test
    void windowThatDoesNotDivideIsReported() {
        PoolingViewModel model = new PoolingViewModel();
        model.windowProperty().set(3);
        assertEquals("ch07.fit.height.notExact", model.problemProperty().get().key());
        assertNull(model.getResult());
        model.strideProperty().set(1);
        assertNull(model.problemProperty().get());
        assertArrayEquals(new double[] {3, 3, 4, 4}, model.getResult().output());
        model.resetToBook();
        assertArrayEquals(new double[] {2, 3, 4, 2}, model.getResult().output());
    }

    @Test
    void oneColumnOfShiftKeepsEveryMaximumTwoDoNot() {
        PoolingViewModel model = new PoolingViewModel();
        assertEquals(List.of(4, 4, "[[9, 7], [6, 8]]", "[[9, 7], [6, 8]]"), model.shiftVerdictProperty().get().args());
        model.shiftProperty().set(1);
        assertEquals(List.of(4, 4, "[[9, 7], [6, 8]]", "[[9, 7], [6, 8]]"), model.shiftVerdictProperty().get().args());
        model.shiftProperty().set(2);
        assertEquals(List.of(1, 4, "[[9, 7], [6, 8]]", "[[3, 9], [6, 4]]"), model.shiftVerdictProperty().get().args());
    }
}
