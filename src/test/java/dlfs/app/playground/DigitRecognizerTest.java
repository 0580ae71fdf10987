package dlfs.app.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dlfs.app.playground.DigitRecognizer.Recognition;
import dlfs.core.data.DigitPreprocessor;
import dlfs.core.data.DigitPreprocessor.PreparedDigit;
import dlfs.core.function.Functions;
import dlfs.core.network.Network;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.network.TwoLayerNet;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One drawing through a network: softmax of the last layer, every layer kept, digits ranked. */
class DigitRecognizerTest {
    private static PreparedDigit one() {
        return DigitPreprocessor.prepare(PlaygroundFixtures.one(), 280, 280).orElseThrow();
    }

    @Test
    void convolutionalNetworkReadsTheDigitAsOneImage() {
        Network network = new SimpleConvNet(new Rng(3));
        Recognition recognition = DigitRecognizer.recognise(network, one());
        List<String> names = recognition.layers().stream().map(step -> step.layerName()).toList();
        assertEquals(List.of("Conv1", "Relu1", "Pool1", "Affine1", "Relu2", "Affine2"), names);
        assertArrayEquals(new int[] {1, 30, 24, 24}, recognition.layers().get(0).output().shape());
        assertArrayEquals(new int[] {1, 30, 12, 12}, recognition.layers().get(2).output().shape());
        Tensor scores = network.predict(Tensor.wrap(one().pixels(), 1, 784), false);
        assertArrayEquals(Functions.softmax(scores).data(), recognition.probabilities(), 1e-12);
    }

    @Test
    void rankingOrdersTheDigitsByProbability() {
        Recognition recognition = DigitRecognizer.recognise(PlaygroundFixtures.trainedTwoLayerNet(), one());
        int[] ranking = recognition.ranking();
        assertEquals(1, recognition.best());
        assertEquals(10, Arrays.stream(ranking).distinct().count());
        for (int k = 1; k < 10; k++) {
            double p = recognition.probabilities()[ranking[k]];
            double before = recognition.probabilities()[ranking[k - 1]];
            assertEquals(true, before >= p, "rank " + k);
        }
    }

    /** What the preprocessing is for: position, size and pen width of a drawing hardly matter. */
    @Test
    void smallOffCentreThinAndBoldDigitsAreReadLikeOrdinaryOnes() {
        Network network = PlaygroundFixtures.trainedTwoLayerNet();
        List<PlaygroundFixtures.Drawing> drawings = List.of(PlaygroundFixtures.NORMAL,
                new PlaygroundFixtures.Drawing(0.35, 170, 170, 8),
                new PlaygroundFixtures.Drawing(0.3, 10, 10, 3),
                new PlaygroundFixtures.Drawing(1, 0, 0, 6),
                new PlaygroundFixtures.Drawing(1, 0, 0, 60));
        for (PlaygroundFixtures.Drawing drawing : drawings) {
            assertEquals(1, read(network, drawing.one()), "1 " + drawing);
            assertEquals(4, read(network, drawing.four()), "4 " + drawing);
            assertEquals(7, read(network, drawing.seven()), "7 " + drawing);
        }
    }

    private static int read(Network network, double[] pad) {
        return DigitRecognizer.recognise(network, DigitPreprocessor.prepare(pad, 280, 280).orElseThrow()).best();
    }

    @Test
    void networksThatDoNotReadDigitsAreRefused() {
        IllegalArgumentException input = assertThrows(IllegalArgumentException.class,
                () -> DigitRecognizer.requireDigitReader(TwoLayerNet.chapter5(100, 10, 10, new Rng(1))));
        assertEquals("TwoLayerNet reads (100,), the playground needs 28×28 images (784 values or 1×28×28)",
                input.getMessage());
        IllegalArgumentException classes = assertThrows(IllegalArgumentException.class,
                () -> DigitRecognizer.requireDigitReader(TwoLayerNet.chapter5(784, 10, 26, new Rng(1))));
        assertEquals("TwoLayerNet scores 26 classes, the playground needs 10 (the digits 0–9)", classes.getMessage());
        DigitRecognizer.requireDigitReader(new SimpleConvNet(new Rng(1)));
    }
}
