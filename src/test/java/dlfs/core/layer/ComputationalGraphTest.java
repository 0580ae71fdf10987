package dlfs.core.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The book's shopping graphs (5.1, 5.4) and single nodes (5.2, 5.3), built from MulLayer and AddLayer. */
class ComputationalGraphTest {
    private static final double EPS = 1e-9;

    @Test
    void twoApplesWithTax() {
        MulLayer mulApple = new MulLayer();
        MulLayer mulTax = new MulLayer();
        double applePrice = mulApple.forward(100, 2);
        double price = mulTax.forward(applePrice, 1.1);
        assertEquals(220, price, EPS);

        double[] dTax = mulTax.backward(1);
        double[] dApple = mulApple.backward(dTax[0]);
        assertEquals(1.1, dTax[0], EPS);
        assertEquals(2.2, dApple[0], EPS);
        assertEquals(110, dApple[1], EPS);
        assertEquals(200, dTax[1], EPS);
    }

    @Test
    void applesAndOrangesWithTax() {
        MulLayer mulApple = new MulLayer();
        MulLayer mulOrange = new MulLayer();
        AddLayer addAppleOrange = new AddLayer();
        MulLayer mulTax = new MulLayer();

        double applePrice = mulApple.forward(100, 2);
        double orangePrice = mulOrange.forward(150, 3);
        double allPrice = addAppleOrange.forward(applePrice, orangePrice);
        double price = mulTax.forward(allPrice, 1.1);
        assertEquals(200, applePrice, EPS);
        assertEquals(450, orangePrice, EPS);
        assertEquals(650, allPrice, EPS);
        assertEquals(715, price, EPS);

        double[] dTax = mulTax.backward(1);
        double[] dAdd = addAppleOrange.backward(dTax[0]);
        double[] dOrange = mulOrange.backward(dAdd[1]);
        double[] dApple = mulApple.backward(dAdd[0]);
        assertArrayEquals(new double[] {110, 2.2, 3.3, 165, 650},
                new double[] {dApple[1], dApple[0], dOrange[0], dOrange[1], dTax[1]}, EPS);
        assertArrayEquals(new double[] {1.1, 1.1}, dAdd, EPS);
    }

    @Test
    void addNodePassesTheUpstreamValueToBothInputs() {
        AddLayer add = new AddLayer();
        assertEquals(15, add.forward(10, 5));
        assertArrayEquals(new double[] {1.3, 1.3}, add.backward(1.3));
    }

    @Test
    void mulNodeSwapsItsInputs() {
        MulLayer mul = new MulLayer();
        assertEquals(50, mul.forward(10, 5));
        assertArrayEquals(new double[] {6.5, 13}, mul.backward(1.3), 1e-12);
    }

    /** z = (x + y)² as t = x + y, z = t·t: the two branches of t add up to 2t, so ∂z/∂x = 2(x + y). */
    @Test
    void chainRuleOnASquaredSum() {
        double x = 1.5;
        double y = -4.0;
        AddLayer add = new AddLayer();
        MulLayer square = new MulLayer();
        double t = add.forward(x, y);
        assertEquals(t * t, square.forward(t, t));
        double[] dt = square.backward(1);
        double[] dxy = add.backward(dt[0] + dt[1]);
        assertEquals(2 * (x + y), dxy[0], 1e-15);
        assertEquals(2 * (x + y), dxy[1], 1e-15);
    }
}
