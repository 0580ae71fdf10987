package dlfs.app.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shopping numbers print as the book prints them, whatever the floating-point noise. */
class SignificantDigitsTest {
    @Test
    void floatingPointNoiseDisappearsAtTenDigits() {
        assertEquals("220", SignificantDigits.format(100 * 2 * 1.1, 10));
        assertEquals("715", SignificantDigits.format(650 * 1.1, 10));
        assertEquals("110", SignificantDigits.format(1.1 * 100, 10));
        assertEquals("3.3", SignificantDigits.format(1.1 * 3, 10));
        assertEquals("2.2", SignificantDigits.format(1.1 * 2, 10));
    }

    @Test
    void roundsToTheAskedDigitsWithATypographicMinus() {
        assertEquals("0.01821", SignificantDigits.format(0.01821127, 4));
        assertEquals("−0.2634", SignificantDigits.format(-0.26340309, 4));
        assertEquals("74.12", SignificantDigits.format(74.12215421, 4));
        assertEquals("−74.1221542", SignificantDigits.format(-74.12215421, 9));
        assertEquals("0", SignificantDigits.format(-0.0, 4));
    }

    @Test
    void tinyAndHugeValuesUseAnExponent() {
        assertEquals("2.22e-13", SignificantDigits.format(2.2232446644e-13, 3));
        assertEquals("1.5e8", SignificantDigits.format(1.5e8, 4));
        assertEquals("∞", SignificantDigits.format(Double.POSITIVE_INFINITY, 4));
    }
}
