package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaddingStrideViewModelTest {
    private static PaddingStrideViewModel at(String preset) {
        PaddingStrideViewModel model = new PaddingStrideViewModel();
        model.apply(PaddingStrideViewModel.PRESETS.stream().filter(p -> p.key().equals(preset)).findFirst().orElseThrow());
        return model;
    }

    @Test
    void figure76PadOneKeepsFourByFour() {
        PaddingStrideViewModel model = at("fig76");
        assertEquals("6 × 6", model.paddedProperty().get());
        assertEquals("OH = (4 + 2·1 − 3)/1 + 1 = 4", model.heightFormulaProperty().get());
        assertEquals("OW = (4 + 2·1 − 3)/1 + 1 = 4", model.widthFormulaProperty().get());
        assertEquals("4 × 4", model.outputTextProperty().get());
        assertEquals(16, model.positionsProperty().get());
        assertNull(model.warningProperty().get());
    }

    @Test
    void figure77StrideTwoGivesThreeByThree() {
        PaddingStrideViewModel model = at("fig77");
        assertEquals("OH = (7 + 2·0 − 3)/2 + 1 = 3", model.heightFormulaProperty().get());
        assertEquals("3 × 3", model.outputTextProperty().get());
    }

    @Test
    void rectangularExampleGivesTenByEleven() {
        PaddingStrideViewModel model = at("rect");
        assertEquals("OH = (28 + 2·2 − 5)/3 + 1 = 10", model.heightFormulaProperty().get());
        assertEquals("OW = (31 + 2·2 − 5)/3 + 1 = 11", model.widthFormulaProperty().get());
        assertEquals("10 × 11", model.outputTextProperty().get());
        assertEquals(110, model.positionsProperty().get());
    }

    @Test
    void paddingTwoAndThreeGrowTheInputToEightAndTen() {
        PaddingStrideViewModel model = at("fig76");
        model.padProperty().set(2);
        assertEquals("8 × 8", model.paddedProperty().get());
        model.padProperty().set(3);
        assertEquals("10 × 10", model.paddedProperty().get());
    }

    @Test
    void notesCasesReproduce() {
        assertEquals("7 × 7", at("grow").outputTextProperty().get());
        assertEquals("24 × 24", at("conv1").outputTextProperty().get());
        assertEquals("12 × 12", at("pool1").outputTextProperty().get());
        assertEquals("23 × 23", at("keras").outputTextProperty().get());
    }

    @Test
    void aDivisionThatIsNotExactIsFlaggedWithTheFlooredSize() {
        PaddingStrideViewModel model = at("notExact");
        assertFalse(model.exactProperty().get());
        assertEquals("OH = (8 + 2·1 − 3)/2 + 1 = 4.5", model.heightFormulaProperty().get());
        assertEquals("—", model.outputTextProperty().get());
        assertEquals("ch07.padding.floorWarning", model.warningProperty().get().key());
        assertEquals(List.of("(8 + 2·1 − 3)/2 + 1 = 4.5", "(8 + 2·1 − 3)/2 + 1 = 4.5", 4, 4, 1, 1),
                model.warningProperty().get().args());
        assertEquals(16, model.positionsProperty().get(), "a rounding-down framework visits 4 × 4 positions");
    }

    @Test
    void aWindowLargerThanThePaddedInputHasNoPositions() {
        PaddingStrideViewModel model = at("fig77");
        model.filterHProperty().set(9);
        assertEquals("ch07.fit.height.tooLarge", model.warningProperty().get().key());
        assertEquals(0, model.positionsProperty().get());
        assertTrue(model.heightFormulaProperty().get().endsWith("= 0"));
    }
}
