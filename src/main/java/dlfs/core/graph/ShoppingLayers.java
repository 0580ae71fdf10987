package dlfs.core.graph;

import dlfs.core.layer.AddLayer;
import dlfs.core.layer.MulLayer;

/**
 * The book's programs {@code buy_apple.py} and {@code buy_apple_orange.py} (5.4): the shopping
 * graphs built from {@link MulLayer} and {@link AddLayer} objects instead of graph nodes. Forward
 * calls the layers in order; backward calls them in the reverse order, each receiving the
 * derivative of its own output. The numbers agree with {@link ExampleGraphs#apples()} and
 * {@link ExampleGraphs#applesAndOranges()}.
 */
public final class ShoppingLayers {
    private ShoppingLayers() {
    }

    /** What {@code buy_apple.py} computes: forward values, then the derivative of the price by each variable. */
    public record Apples(double applePrice, double price,
                         double dApplePrice, double dTax, double dApple, double dAppleNum) {
    }

    /** What {@code buy_apple_orange.py} computes, in the variable names of the program. */
    public record ApplesAndOranges(double applePrice, double orangePrice, double allPrice, double price,
                                   double dAllPrice, double dTax, double dApplePrice, double dOrangePrice,
                                   double dOrange, double dOrangeNum, double dApple, double dAppleNum) {
    }

    /** Program 5.4.1: 100 yen × 2 apples × tax 1.1 gives 220; with dprice = 1 the derivatives are 2.2, 110, 200. */
    public static Apples buyApple(double apple, double appleNum, double tax, double dprice) {
        MulLayer mulAppleLayer = new MulLayer();
        MulLayer mulTaxLayer = new MulLayer();

        double applePrice = mulAppleLayer.forward(apple, appleNum);
        double price = mulTaxLayer.forward(applePrice, tax);

        double[] dApplePriceAndTax = mulTaxLayer.backward(dprice);
        double[] dAppleAndNum = mulAppleLayer.backward(dApplePriceAndTax[0]);
        return new Apples(applePrice, price, dApplePriceAndTax[0], dApplePriceAndTax[1],
                dAppleAndNum[0], dAppleAndNum[1]);
    }

    /**
     * Program 5.4.2: forward (1) apples, (2) oranges, (3) their sum, (4) tax; backward (4), (3), (2), (1).
     * The book's values give 715, and derivatives 110, 2.2, 3.3, 165 and 650 (apple_num, apple,
     * orange, orange_num, tax).
     */
    public static ApplesAndOranges buyAppleOrange(double apple, double appleNum, double orange, double orangeNum,
                                                  double tax, double dprice) {
        MulLayer mulAppleLayer = new MulLayer();
        MulLayer mulOrangeLayer = new MulLayer();
        AddLayer addAppleOrangeLayer = new AddLayer();
        MulLayer mulTaxLayer = new MulLayer();

        double applePrice = mulAppleLayer.forward(apple, appleNum);                    // (1)
        double orangePrice = mulOrangeLayer.forward(orange, orangeNum);                // (2)
        double allPrice = addAppleOrangeLayer.forward(applePrice, orangePrice);        // (3)
        double price = mulTaxLayer.forward(allPrice, tax);                             // (4)

        double[] dAllPriceAndTax = mulTaxLayer.backward(dprice);                       // (4)
        double[] dAppleAndOrangePrice = addAppleOrangeLayer.backward(dAllPriceAndTax[0]); // (3)
        double[] dOrangeAndNum = mulOrangeLayer.backward(dAppleAndOrangePrice[1]);     // (2)
        double[] dAppleAndNum = mulAppleLayer.backward(dAppleAndOrangePrice[0]);       // (1)
        return new ApplesAndOranges(applePrice, orangePrice, allPrice, price,
                dAllPriceAndTax[0], dAllPriceAndTax[1], dAppleAndOrangePrice[0], dAppleAndOrangePrice[1],
                dOrangeAndNum[0], dOrangeAndNum[1], dAppleAndNum[0], dAppleAndNum[1]);
    }
}
