package dlfs.app.ch04;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.app.ch04.LossLabViewModel.Losses;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LossLabViewModelTest {
    private final LossLabViewModel model = new LossLabViewModel();

    /** Spec 4.2.1 and 4.2.2: the book's two outputs against t = "2". */
    @Test
    void bookExamplesGiveTheBooksLosses() {
        model.showBookExample1();
        assertEquals(0.0975, model.losses().sumSquared(), 1e-12);
        assertEquals(0.51082545709933802, model.losses().crossEntropy(), 1e-12);
        model.showBookExample2();
        assertEquals(0.5975, model.losses().sumSquared(), 1e-12);
        assertEquals(2.3025840929945458, model.losses().crossEntropy(), 1e-12);
        assertEquals(2, model.correctLabelProperty().get());
    }

    @Test
    void meanLossesAverageOverTheTenClasses() {
        Losses book1 = LossLabViewModel.bookLosses(LossLabViewModel.BOOK_EXAMPLE_1);
        assertEquals(2 * 0.0975 / 10, book1.meanSquared(), 1e-12);
        // |y − t| sums to 0.4 + 0.4 = 0.8 for example 1
        assertEquals(0.08, book1.meanAbsolute(), 1e-12);
        assertEquals(0.18, LossLabViewModel.bookLosses(LossLabViewModel.BOOK_EXAMPLE_2).meanAbsolute(), 1e-12);
    }

    @Test
    void crossEntropyIsTheSameForOneHotAndIndexTargets() {
        model.showBookExample2();
        double oneHot = model.losses().crossEntropy();
        model.indexTargetProperty().set(true);
        assertEquals(oneHot, model.losses().crossEntropy(), 0);
        assertEquals(0.5975, model.losses().sumSquared(), 1e-12);
    }

    @Test
    void draggingOneProbabilityRescalesTheOthersToSumToOne() {
        model.showBookExample1();
        model.setProbability(2, 0.2);
        double[] y = model.probabilities();
        assertEquals(1.0, Arrays.stream(y).sum(), 1e-12);
        assertEquals(0.2, y[2], 0);
        // the others keep their proportions: 0.1 : 0.05 stays 2 : 1, scaled by 0.8 / 0.4
        assertEquals(0.2, y[0], 1e-12);
        assertEquals(0.1, y[1], 1e-12);
        assertEquals(-Math.log(0.2 + 1e-7), model.losses().crossEntropy(), 1e-12);
    }

    @Test
    void takingAllTheMassSpreadsItBackEvenly() {
        model.setProbability(4, 1.0);
        assertEquals(-Math.log(1e-7), model.losses().crossEntropy(), 1e-9);
        model.setProbability(4, 0.1);
        double[] expected = new double[10];
        Arrays.fill(expected, 0.1);
        assertArrayEquals(expected, model.probabilities(), 1e-12);
    }

    @Test
    void uniformOutputCostsLogTen() {
        model.showUniform();
        assertEquals(Math.log(10), model.losses().crossEntropy(), 1e-6);
    }

    @Test
    void valuesOutsideTheRangeAreClampedAndBadClassesRefused() {
        model.setProbability(0, 7);
        assertEquals(1.0, model.probabilities()[0], 0);
        model.setProbability(0, Double.NaN);
        assertEquals(0.0, model.probabilities()[0], 0);
        assertThrows(IllegalArgumentException.class, () -> model.setProbability(10, 0.5));
        model.correctLabelProperty().set(12);
        assertEquals(2, model.correctLabelProperty().get());
    }
}
