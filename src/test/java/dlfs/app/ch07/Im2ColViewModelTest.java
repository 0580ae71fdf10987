package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Im2ColViewModelTest {
    @Test
    void bookExampleUnfoldsIntoFourRowsOfNine() {
        Im2ColViewModel model = new Im2ColViewModel();
        Im2ColViewModel.Result r = model.getResult();
        assertArrayEquals(new int[] {4, 9}, r.columns().shape());
        assertArrayEquals(new double[] {1, 2, 3, 0, 1, 2, 3, 0, 1}, Arrays.copyOfRange(r.columns().data(), 0, 9));
        assertArrayEquals(new double[] {2, 3, 0, 1, 2, 3, 0, 1, 2}, Arrays.copyOfRange(r.columns().data(), 9, 18));
        assertArrayEquals(new double[] {0, 1, 2, 3, 0, 1, 2, 3, 0}, Arrays.copyOfRange(r.columns().data(), 18, 27));
        assertArrayEquals(new double[] {1, 2, 3, 0, 1, 2, 3, 0, 1}, Arrays.copyOfRange(r.columns().data(), 27, 36));
    }

    @Test
    void productWithTheBookFilterColumnIs15_16_6_15AndEqualsTheLayer() {
        Im2ColViewModel.Result r = new Im2ColViewModel().getResult();
        assertArrayEquals(new int[] {9, 2}, r.filterColumns().shape());
        assertArrayEquals(new int[] {4, 2}, r.product().shape());
        double[] first = new double[4];
        for (int p = 0; p < 4; p++) {
            first[p] = r.product().data()[p * 2];
        }
        assertArrayEquals(new double[] {15, 16, 6, 15}, first);
        assertArrayEquals(new int[] {1, 2, 2, 2}, r.output().shape());
        for (int k = 0; k < 2; k++) {
            for (int p = 0; p < 4; p++) {
                assertEquals(r.product().data()[p * 2 + k], r.output().data()[k * 4 + p], "transpose(0, 3, 1, 2)");
            }
        }
    }

    @Test
    void col2imOfOnesCountsTheOverlaps() {
        Im2ColViewModel.Result r = new Im2ColViewModel().getResult();
        assertArrayEquals(new double[] {1, 2, 2, 1, 2, 4, 4, 2, 2, 4, 4, 2, 1, 2, 2, 1}, r.overlap().data());
    }

    @Test
    void bookShapesComeFromTheCore() {
        List<Im2ColViewModel.ShapeExample> examples = Im2ColViewModel.bookExamples();
        assertArrayEquals(new int[] {9, 75}, examples.get(0).columnShape());
        assertArrayEquals(new int[] {90, 75}, examples.get(1).columnShape());
        assertArrayEquals(new int[] {57600, 25}, examples.get(2).columnShape());
        assertArrayEquals(new int[] {14400, 120}, examples.get(3).columnShape());
    }

    @Test
    void threeChannelsWithPaddingGiveWiderRows() {
        Im2ColViewModel model = new Im2ColViewModel();
        model.channelsProperty().set(3);
        model.padProperty().set(1);
        Im2ColViewModel.Result r = model.getResult();
        assertArrayEquals(new int[] {16, 27}, r.columns().shape());
        assertEquals(16, model.positionsProperty().get());
        model.strideProperty().set(2);
        assertEquals("ch07.fit.height.notExact", model.problemProperty().get().key());
        assertNull(model.getResult());
        model.resetToBook();
        assertNull(model.problemProperty().get());
        assertEquals(4, model.positionsProperty().get());
    }
}
