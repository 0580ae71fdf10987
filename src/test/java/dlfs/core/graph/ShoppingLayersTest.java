package dlfs.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Programs 5.4.1 and 5.4.2 on MulLayer / AddLayer print the book's numbers and agree with the graphs. */
class ShoppingLayersTest {
    private static final double TOL = 1e-9;

    @Test
    void buyApplePrints220Then2Point2And110And200() {
        ShoppingLayers.Apples r = ShoppingLayers.buyApple(100, 2, 1.1, 1);
        assertEquals(200, r.applePrice(), TOL);
        assertEquals(220, r.price(), TOL);
        assertEquals(1.1, r.dApplePrice(), TOL);
        assertEquals(2.2, r.dApple(), TOL);
        assertEquals(110, r.dAppleNum(), TOL);
        assertEquals(200, r.dTax(), TOL);
    }

    @Test
    void buyAppleOrangePrints715Then110And2Point2And3Point3And165And650() {
        ShoppingLayers.ApplesAndOranges r = ShoppingLayers.buyAppleOrange(100, 2, 150, 3, 1.1, 1);
        assertEquals(200, r.applePrice(), TOL);
        assertEquals(450, r.orangePrice(), TOL);
        assertEquals(650, r.allPrice(), TOL);
        assertEquals(715, r.price(), TOL);
        assertEquals(110, r.dAppleNum(), TOL);
        assertEquals(2.2, r.dApple(), TOL);
        assertEquals(3.3, r.dOrange(), TOL);
        assertEquals(165, r.dOrangeNum(), TOL);
        assertEquals(650, r.dTax(), TOL);
        assertEquals(1.1, r.dAllPrice(), TOL);
        assertEquals(1.1, r.dApplePrice(), TOL);
        assertEquals(1.1, r.dOrangePrice(), TOL);
    }

    @Test
    void layersAndGraphAgreeForOtherPricesAndUpstreamGradients() {
        ComputationalGraph g = ExampleGraphs.applesAndOranges();
        g.setValue("apple", 120);
        g.setValue("apple_num", 4);
        g.setValue("orange", 80);
        g.setValue("orange_num", 5);
        g.setValue("tax", 1.08);
        g.setUpstreamGradient(0.5);
        g.backward();
        ShoppingLayers.ApplesAndOranges r = ShoppingLayers.buyAppleOrange(120, 4, 80, 5, 1.08, 0.5);
        assertEquals(g.output().value(), r.price(), TOL);
        assertEquals(g.node("apple").gradient(), r.dApple(), TOL);
        assertEquals(g.node("apple_num").gradient(), r.dAppleNum(), TOL);
        assertEquals(g.node("orange").gradient(), r.dOrange(), TOL);
        assertEquals(g.node("orange_num").gradient(), r.dOrangeNum(), TOL);
        assertEquals(g.node("tax").gradient(), r.dTax(), TOL);
    }
}
