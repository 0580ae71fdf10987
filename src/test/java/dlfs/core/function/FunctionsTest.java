package dlfs.core.function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.gradient.NumericalDerivative;
import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class FunctionsTest {
    private static final double[] BOOK_Y1 = {0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0};
    private static final double[] BOOK_Y2 = {0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0};
    private static final double[] BOOK_T = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0};

    @Test
    void sigmoidMatchesTheBooksValues() {
        assertEquals(0.7310585786300049, Functions.sigmoid(1.0), 1e-15);
        assertEquals(0.8807970779778823, Functions.sigmoid(2.0), 1e-15);
        assertArrayEquals(new double[] {0.26894142, 0.73105858, 0.88079708},
                Functions.sigmoid(Tensor.vector(-1.0, 1.0, 2.0)).data(), 1e-8);
    }

    @Test
    void sigmoidSaturatesWithoutNaN() {
        assertEquals(0.0, Functions.sigmoid(-1000), 0);
        assertEquals(1.0, Functions.sigmoid(1000), 0);
        assertEquals(0.0, Functions.sigmoidDerivative(-1000), 0);
    }

    @Test
    void stepFiresOnlyAboveZero() {
        assertArrayEquals(new double[] {0, 1, 1}, Functions.step(Tensor.vector(-1.0, 1.0, 2.0)).data());
        assertEquals(0.0, Functions.step(0.0));
        assertEquals(0.0, Functions.stepDerivative(0.5));
    }

    @Test
    void reluLeakyReluAndHardTanhFollowTheirDefinitions() {
        assertArrayEquals(new double[] {0, 0, 2}, Functions.relu(Tensor.vector(-1, 0, 2)).data());
        assertArrayEquals(new double[] {-0.1, 0, 2}, Functions.leakyRelu(Tensor.vector(-1, 0, 2), 0.1).data(), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.1, 1}, Functions.leakyReluDerivative(Tensor.vector(-1, 0, 2), 0.1).data());
        assertArrayEquals(new double[] {-1, -0.5, 1}, Functions.hardTanh(Tensor.vector(-3, -0.5, 7)).data());
        assertArrayEquals(new double[] {0, 1, 0}, Functions.hardTanhDerivative(Tensor.vector(-3, -0.5, 7)).data());
        assertArrayEquals(new double[] {0, 0, 1}, Functions.reluDerivative(Tensor.vector(-1, 0, 2)).data());
        assertEquals(-4.5, Functions.identity(-4.5));
        assertArrayEquals(new double[] {3, -2}, Functions.identity(Tensor.vector(3, -2)).data());
    }

    @Test
    void tanhIsARescaledSigmoid() {
        for (double x = -4; x <= 4; x += 0.25) {
            assertEquals(2 * Functions.sigmoid(2 * x) - 1, Functions.tanh(x), 1e-15);
        }
        assertArrayEquals(new double[] {Math.tanh(-1), 0, Math.tanh(2)}, Functions.tanh(Tensor.vector(-1, 0, 2)).data());
    }

    @Test
    void everyDerivativeMatchesTheNumericalSlope() {
        double[] points = {-2.5, -0.7, -0.2, 0.3, 0.9, 1.8};
        for (double x : points) {
            assertSlope(Functions::sigmoid, Functions::sigmoidDerivative, x);
            assertSlope(Functions::tanh, Functions::tanhDerivative, x);
            assertSlope(Functions::relu, Functions::reluDerivative, x);
            assertSlope(v -> Functions.leakyRelu(v, 0.05), v -> Functions.leakyReluDerivative(v, 0.05), x);
            assertSlope(Functions::hardTanh, Functions::hardTanhDerivative, x);
            assertSlope(Functions::identity, Functions::identityDerivative, x);
            assertSlope(Functions::step, Functions::stepDerivative, x);
        }
        assertEquals(0.25, Functions.sigmoidDerivative(0), 0);
    }

    @Test
    void tensorDerivativesApplyElementWise() {
        Tensor x = Tensor.matrix(new double[] {-1, 0.5}, new double[] {2, -3});
        double[] s = Functions.sigmoidDerivative(x).data();
        double[] t = Functions.tanhDerivative(x).data();
        for (int i = 0; i < x.size(); i++) {
            assertEquals(Functions.sigmoidDerivative(x.at(i)), s[i], 0);
            assertEquals(Functions.tanhDerivative(x.at(i)), t[i], 0);
        }
        assertArrayEquals(new int[] {2, 2}, Functions.sigmoidDerivative(x).shape());
    }

    @Test
    void softmaxMatchesTheBooksExample() {
        Tensor a = Tensor.vector(0.3, 2.9, 4.0);
        Tensor exp = a.map(Math::exp);
        assertArrayEquals(new double[] {1.34985881, 18.17414537, 54.59815003}, exp.data(), 1e-8);
        assertEquals(74.1221542102, exp.sum(), 1e-10);
        Tensor y = Functions.softmax(a);
        assertArrayEquals(new double[] {0.01821127, 0.24519181, 0.73659691}, y.data(), 1e-8);
        assertEquals(1.0, y.sum(), 1e-15);
        assertArrayEquals(y.data(), Functions.softmaxNaive(a).data(), 1e-15);
    }

    @Test
    void naiveSoftmaxOverflowsToNaNButTheStableOneDoesNot() {
        Tensor a = Tensor.vector(1010, 1000, 990);
        for (double v : Functions.softmaxNaive(a).data()) {
            assertTrue(Double.isNaN(v));
        }
        double[] expected = {9.99954600e-01, 4.53978686e-05, 2.06106005e-09};
        double[] y = Functions.softmax(a).data();
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], y[i], expected[i] * 1e-8);
        }
    }

    @Test
    void softmaxIsRowWiseOnABatch() {
        Tensor batch = Tensor.matrix(new double[] {0.3, 2.9, 4.0}, new double[] {1010, 1000, 990});
        Tensor y = Functions.softmax(batch);
        assertArrayEquals(Functions.softmax(Tensor.vector(0.3, 2.9, 4.0)).data(), y.row(0), 1e-15);
        assertEquals(1.0, y.row(1)[0] + y.row(1)[1] + y.row(1)[2], 1e-15);
    }

    @Test
    void sumSquaredErrorMatchesTheBook() {
        assertEquals(0.0975, Functions.sumSquaredError(Tensor.vector(BOOK_Y1), Tensor.vector(BOOK_T)), 1e-12);
        assertEquals(0.5975, Functions.sumSquaredError(Tensor.vector(BOOK_Y2), Tensor.vector(BOOK_T)), 1e-12);
    }

    @Test
    void crossEntropyMatchesTheBook() {
        assertEquals(0.51082545709933802, Functions.crossEntropy(Tensor.vector(BOOK_Y1), Tensor.vector(BOOK_T)), 1e-12);
        assertEquals(2.3025840929945458, Functions.crossEntropy(Tensor.vector(BOOK_Y2), Tensor.vector(BOOK_T)), 1e-12);
    }

    @Test
    void crossEntropyIsTheSameForIndexAndOneHotLabels() {
        Tensor y = Tensor.matrix(BOOK_Y1, BOOK_Y2);
        Tensor oneHot = Tensor.matrix(BOOK_T, BOOK_T);
        double mean = (0.51082545709933802 + 2.3025840929945458) / 2;
        assertEquals(mean, Functions.crossEntropy(y, oneHot), 1e-12);
        assertEquals(mean, Functions.crossEntropy(y, Tensor.vector(2, 2)), 1e-12);
        assertEquals(-Math.log(0.6), Functions.crossEntropy(Tensor.vector(BOOK_Y1), Tensor.vector(BOOK_T), 0), 1e-15);
    }

    @Test
    void softmaxCrossEntropyNeedsNoDeltaAndStaysFinite() {
        Tensor scores = Tensor.matrix(new double[] {0.3, 2.9, 4.0}, new double[] {1010, 1000, 990});
        Tensor labels = Tensor.vector(1, 2);
        double expected = Functions.crossEntropy(Functions.softmax(scores), labels, 0);
        assertEquals(expected, Functions.softmaxCrossEntropy(scores, labels), 1e-12);
        Tensor oneHot = Tensor.matrix(new double[] {0, 1, 0}, new double[] {0, 0, 1});
        assertEquals(expected, Functions.softmaxCrossEntropy(scores, oneHot), 1e-12);
        // the probability of class 1 underflows to 0, where log would give infinity
        assertEquals(800.0, Functions.softmaxCrossEntropy(Tensor.vector(0, -800), Tensor.vector(1)), 1e-12);
        assertThrows(ShapeException.class, () -> Functions.softmaxCrossEntropy(scores, Tensor.vector(1, 2, 0)));
    }

    @Test
    void meanSquaredAndAbsoluteErrorsAverageOverElements() {
        Tensor y = Tensor.matrix(new double[] {1, 2}, new double[] {3, 4});
        Tensor t = Tensor.matrix(new double[] {0, 2}, new double[] {5, 1});
        assertEquals((1 + 0 + 4 + 9) / 4.0, Functions.meanSquaredError(y, t), 1e-15);
        assertEquals((1 + 0 + 2 + 3) / 4.0, Functions.meanAbsoluteError(y, t), 1e-15);
        assertThrows(ShapeException.class, () -> Functions.meanAbsoluteError(y, Tensor.vector(1, 2, 3)));
    }

    @Test
    void logisticLossIsStableForLargeMargins() {
        assertEquals(Math.log(2), Functions.logisticLoss(1, 0), 1e-15);
        assertEquals(Math.log1p(Math.exp(-2.0)), Functions.logisticLoss(-1, -2), 1e-15);
        assertEquals(Math.log1p(Math.exp(3.0)), Functions.logisticLoss(1, -3), 1e-14);
        assertEquals(1000.0, Functions.logisticLoss(1, -1000), 1e-12);
        assertEquals(0.0, Functions.logisticLoss(-1, -1000), 1e-300);
        assertTrue(Double.isFinite(Functions.logisticLoss(1, -1e308)));
    }

    @Test
    void hingeIsThePerceptronCriterionShiftedByOne() {
        for (double score = -3; score <= 3; score += 0.5) {
            for (int label : new int[] {-1, 1}) {
                double margin = label * score;
                assertEquals(Math.max(0, -margin), Functions.perceptronCriterion(label, score), 0);
                assertEquals(Functions.perceptronCriterion(1, margin - 1), Functions.hingeLoss(label, score), 1e-15);
            }
        }
        assertEquals(1.0, Functions.zeroOneLoss(1, -0.3));
        assertEquals(0.0, Functions.zeroOneLoss(-1, -0.3));
    }

    @Test
    void bookThreeLayerForwardPass() {
        Tensor x = Tensor.vector(1.0, 0.5);
        Tensor w1 = Tensor.matrix(new double[] {0.1, 0.3, 0.5}, new double[] {0.2, 0.4, 0.6});
        Tensor b1 = Tensor.vector(0.1, 0.2, 0.3);
        Tensor w2 = Tensor.matrix(new double[] {0.1, 0.4}, new double[] {0.2, 0.5}, new double[] {0.3, 0.6});
        Tensor b2 = Tensor.vector(0.1, 0.2);
        Tensor w3 = Tensor.matrix(new double[] {0.1, 0.3}, new double[] {0.2, 0.4});
        Tensor b3 = Tensor.vector(0.1, 0.2);

        Tensor a1 = x.dot(w1).plus(b1);
        assertArrayEquals(new double[] {0.3, 0.7, 1.1}, a1.data(), 1e-15);
        Tensor z1 = Functions.sigmoid(a1);
        assertArrayEquals(new double[] {0.57444252, 0.66818777, 0.75026011}, z1.data(), 1e-8);
        Tensor a2 = z1.dot(w2).plus(b2);
        Tensor z2 = Functions.sigmoid(a2);
        assertArrayEquals(new double[] {0.51615984, 1.21402696}, a2.data(), 1e-8);
        assertArrayEquals(new double[] {0.62624937, 0.7710107}, z2.data(), 1e-8);
        Tensor y = Functions.identity(z2.dot(w3).plus(b3));
        assertArrayEquals(new double[] {0.31682708, 0.69627909}, y.data(), 1e-8);
    }

    private static void assertSlope(DoubleUnaryOperator f, DoubleUnaryOperator df, double x) {
        assertEquals(NumericalDerivative.central(f, x), df.applyAsDouble(x), 1e-7, "slope at " + x);
    }

    /** The one-pass form used by Softmax-with-Loss gives exactly the numbers of the two separate functions. */
    @Test
    void softmaxWithCrossEntropyInOnePassEqualsTheTwoFunctions() {
        Tensor scores = Tensor.matrix(new double[] {0.3, 2.9, 4.0}, new double[] {1010, 1000, 990},
                new double[] {-800, 0, 800}, new double[] {1, 1, 1});
        for (Tensor targets : new Tensor[] {Tensor.vector(2, 0, 0, 1),
                Tensor.matrix(new double[] {0, 0, 1}, new double[] {1, 0, 0}, new double[] {0.5, 0.5, 0}, new double[] {0, 1, 0})}) {
            double[] probabilities = new double[scores.size()];
            double loss = Functions.softmaxRowsWithCrossEntropy(scores, targets, probabilities);
            assertEquals(Functions.softmaxCrossEntropy(scores, targets), loss, 0.0);
            assertArrayEquals(Functions.softmax(scores).data(), probabilities, 0.0);
        }
        assertThrows(ShapeException.class,
                () -> Functions.softmaxRowsWithCrossEntropy(scores, Tensor.zeros(4, 2), new double[scores.size()]));
    }
}
