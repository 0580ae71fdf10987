package dlfs.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Skipping the first layer's ∂L/∂x must leave every parameter gradient exactly as the full backward pass gives it. */
class FirstLayerBackwardTest {
    @Test
    void gradientEqualsTheBooksFullBackwardPassBitForBit() {
        Rng rng = new Rng(31);
        Tensor x = Tensor.zeros(7, 20);
        Tensor t = Tensor.zeros(7);
        for (int i = 0; i < x.size(); i++) {
            x.data()[i] = rng.gaussian();
        }
        for (int i = 0; i < t.size(); i++) {
            t.data()[i] = rng.nextInt(4);
        }
        TwoLayerNet net = TwoLayerNet.chapter5(20, 9, 4, new Rng(32));
        net.gradient(x, t);
        List<double[]> skipped = gradients(net);

        net.loss(x, t, true);
        Tensor dout = net.lossLayer().backward();
        for (int i = net.layers().size() - 1; i >= 0; i--) {
            dout = net.layers().get(i).backward(dout);
        }
        List<double[]> full = gradients(net);
        assertArrayEquals(new int[] {7, 20}, dout.shape(), "the full pass still gives dx");
        assertEquals(full.size(), skipped.size());
        for (int i = 0; i < full.size(); i++) {
            assertArrayEquals(full.get(i), skipped.get(i), 0.0, net.params().get(i).name());
        }
    }

    @Test
    void affineBackwardParamsFillsWhatBackwardFills() {
        Rng rng = new Rng(33);
        Tensor w = Tensor.zeros(5, 3);
        for (int i = 0; i < w.size(); i++) {
            w.data()[i] = rng.gaussian();
        }
        Layer affine = new Affine("Affine1", new Param("W1", w, true), new Param("b1", Tensor.zeros(3), false));
        Tensor x = Tensor.matrix(new double[] {1, 2, 3, 4, 5}, new double[] {-1, 0, 2, 1, 3});
        Tensor dout = Tensor.matrix(new double[] {0.5, -1, 2}, new double[] {1, 1, -3});
        affine.forward(x, true);
        affine.backward(dout);
        List<double[]> full = gradients(affine.params());
        ((Affine) affine).backwardParams(dout);
        List<double[]> paramsOnly = gradients(affine.params());
        for (int i = 0; i < full.size(); i++) {
            assertArrayEquals(full.get(i), paramsOnly.get(i), 0.0);
        }
        assertArrayEquals(new double[] {1.5, 0, -1}, paramsOnly.get(1), 0.0, "db = column sums of dout");
    }

    private static List<double[]> gradients(Network net) {
        return gradients(net.params());
    }

    private static List<double[]> gradients(List<Param> params) {
        List<double[]> out = new ArrayList<>();
        for (Param p : params) {
            out.add(p.grad().data().clone());
        }
        return out;
    }
}
