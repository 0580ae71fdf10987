package dlfs.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.init.WeightInit;
import dlfs.core.network.GradientMagnitudes.LayerGradient;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mean |∂L/∂W| per layer: in a deep sigmoid net the first layers get far less than the last. */
class GradientMagnitudesTest {
    private static double firstOverLast(SequentialNetwork net, Rng rng) {
        Tensor x = Tensor.zeros(64, 50);
        Tensor t = Tensor.zeros(64);
        for (int i = 0; i < 64; i++) {
            t.data()[i] = rng.nextInt(10);
            for (int j = 0; j < 50; j++) {
                x.data()[i * 50 + j] = rng.gaussian();
            }
        }
        net.gradient(x, t);
        List<LayerGradient> g = GradientMagnitudes.of(net);
        return g.get(0).meanAbsolute() / g.get(g.size() - 1).meanAbsolute();
    }

    private static SequentialNetwork deep(boolean sigmoid, Rng rng) {
        NetworkBuilder b = new NetworkBuilder(50, rng).weightInit(sigmoid ? WeightInit.fixed(1) : WeightInit.he());
        for (int i = 0; i < 8; i++) {
            b.affine(50);
            if (sigmoid) {
                b.sigmoid();
            } else {
                b.relu();
            }
        }
        return b.affine(10).softmaxWithLoss();
    }

    @Test
    void meanAbsoluteGradientOfEachAffineLayer() {
        SequentialNetwork net = new NetworkBuilder(3, new Rng(1)).affine(2).relu().affine(2).softmaxWithLoss();
        net.gradient(Tensor.matrix(new double[] {1, 2, 3}), Tensor.vector(1));
        List<LayerGradient> g = GradientMagnitudes.of(net);
        assertEquals(List.of("Affine1", "Affine2"), g.stream().map(LayerGradient::layerName).toList());
        double[] dW2 = net.param("W2").grad().data();
        assertEquals((Math.abs(dW2[0]) + Math.abs(dW2[1]) + Math.abs(dW2[2]) + Math.abs(dW2[3])) / 4,
                g.get(1).meanAbsolute(), 1e-15);
    }

    @Test
    void saturatedSigmoidStackStarvesTheFirstLayer() {
        Rng rng = new Rng(3);
        double sigmoid = firstOverLast(deep(true, rng), rng);
        double relu = firstOverLast(deep(false, rng), rng);
        assertTrue(sigmoid < 0.05, "sigmoid first/last = " + sigmoid);
        assertTrue(relu > 0.1, "ReLU with He first/last = " + relu);
    }
}
