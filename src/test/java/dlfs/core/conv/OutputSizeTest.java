package dlfs.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutputSizeTest {
    @Test
    void bookWorkedExamplesOfFormula71() {
        assertEquals(4, new OutputSize(4, 3, 1, 1).exact("height"));
        assertEquals(3, new OutputSize(7, 3, 2, 0).exact("height"));
        assertEquals(10, new OutputSize(28, 5, 3, 2).exact("height"));
        assertEquals(11, new OutputSize(31, 5, 3, 2).exact("width"));
    }

    @Test
    void paddingGrowsTheInputByTwicePad() {
        assertEquals(6, new OutputSize(4, 3, 1, 1).padded());
        assertEquals(8, new OutputSize(4, 3, 1, 2).padded());
        assertEquals(10, new OutputSize(4, 3, 1, 3).padded());
        assertEquals(2, new OutputSize(4, 3, 1, 0).exact("height"));
    }

    @Test
    void sixBySixWithPadOneAndTwoByTwoFilterGivesSeven() {
        OutputSize size = new OutputSize(6, 2, 1, 1);
        assertEquals(7, size.exact("height"));
        assertEquals("(6 + 2·1 − 2)/1 + 1 = 7", size.formula());
    }

    @Test
    void eightByEightWithStrideTwoIsNotExactAndNamesTheFlooredValue() {
        OutputSize size = new OutputSize(8, 3, 2, 1);
        assertFalse(size.isExact());
        assertEquals(4.5, size.value());
        assertEquals(4, size.floor());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> size.exact("height"));
        assertTrue(e.getMessage().contains("(8 + 2·1 − 3)/2 + 1 = 4.5"), e.getMessage());
        assertTrue(e.getMessage().contains("would give 4"), e.getMessage());
    }

    @Test
    void readAsAPaddedSixBySixTheSameLayerFloorsThreePointFiveToThree() {
        OutputSize size = new OutputSize(6, 3, 2, 1);
        assertEquals(8, size.padded());
        assertEquals(3.5, size.value());
        assertEquals(3, size.floor());
        assertFalse(size.isExact());
    }

    @Test
    void nonTerminatingQuotientIsShownRounded() {
        OutputSize size = new OutputSize(10, 3, 3, 0);
        assertEquals("(10 + 2·0 − 3)/3 + 1 ≈ 3.333", size.formula());
        assertEquals(3, size.floor());
    }

    @Test
    void windowLargerThanPaddedInputIsRejected() {
        OutputSize size = new OutputSize(3, 5, 1, 0);
        assertFalse(size.isExact());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> size.exact("width"));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
    }

    @Test
    void nonPositiveSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new OutputSize(4, 3, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new OutputSize(4, 3, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new OutputSize(0, 3, 1, 0));
    }
}
