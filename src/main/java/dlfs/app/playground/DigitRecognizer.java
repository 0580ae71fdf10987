package dlfs.app.playground;

import dlfs.core.data.DigitPreprocessor;
import dlfs.core.data.DigitPreprocessor.PreparedDigit;
import dlfs.core.function.Functions;
import dlfs.core.network.ForwardTrace;
import dlfs.core.network.Network;
import dlfs.core.network.Networks;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a prepared 28×28 digit with a network: one forward pass that keeps every layer's output
 * (for the "inside the network" view), then softmax over the last layer's scores.
 */
public final class DigitRecognizer {
    /** Digits 0–9. */
    public static final int CLASSES = 10;
    private static final int PIXELS = DigitPreprocessor.SIZE * DigitPreprocessor.SIZE;

    private DigitRecognizer() {
    }

    /**
     * What the network made of one drawing.
     *
     * @param digit         the network's input
     * @param probabilities softmax of the scores, one per digit
     * @param layers        every layer's output for this input, in order
     */
    public record Recognition(PreparedDigit digit, double[] probabilities, List<ForwardTrace.Step> layers) {
        /** The digits ordered from most to least probable. */
        public int[] ranking() {
            Integer[] order = new Integer[probabilities.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }

        /** The predicted digit: argmaxₖ yₖ. */
        public int best() {
            return ranking()[0];
        }
    }

    /**
     * Checks that a network reads 28×28 images (as 784 values or 1×28×28) and scores 10 classes.
     *
     * @throws IllegalArgumentException naming what does not fit
     */
    public static void requireDigitReader(Network network) {
        int[] shape = Networks.sampleShape(network);
        int values = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        if (values != PIXELS || !(shape.length == 1 || Arrays.equals(shape, new int[] {1, 28, 28}))) {
            throw new IllegalArgumentException(network.architecture().type() + " reads " + Tensor.shapeString(shape)
                    + ", the playground needs 28×28 images (784 values or 1×28×28)");
        }
        int outputs = network.predict(Tensor.zeros(inputShape(network)), false).size();
        if (outputs != CLASSES) {
            throw new IllegalArgumentException(network.architecture().type() + " scores " + outputs
                    + " classes, the playground needs 10 (the digits 0–9)");
        }
    }

    /** Runs the digit through the network (inference mode: no dropout). */
    public static Recognition recognise(Network network, PreparedDigit digit) {
        Tensor x = Tensor.wrap(digit.pixels(), inputShape(network));
        List<ForwardTrace.Step> layers = ForwardTrace.run(network, x, false);
        Tensor scores = layers.get(layers.size() - 1).output();
        return new Recognition(digit, Functions.softmax(scores).data(), layers);
    }

    /** One sample in the shape the network's first layer takes: (1, 784) or (1, 1, 28, 28). */
    private static int[] inputShape(Network network) {
        int[] sample = Networks.sampleShape(network);
        int[] shape = new int[sample.length + 1];
        shape[0] = 1;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        return shape;
    }
}
