package dlfs.core.train;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.network.Architecture;
import dlfs.core.network.Network;
import dlfs.core.tensor.Tensor;
import java.util.List;
import java.util.Map;

/** A parameterless network for tests that only need to control predictions or watch batches. */
public abstract class StubNetwork implements Network {
    @Override
    public double loss(Tensor x, Tensor targets, boolean train) {
        throw new UnsupportedOperationException("this stub network does not compute a loss");
    }

    @Override
    public double gradient(Tensor x, Tensor targets) {
        throw new UnsupportedOperationException("this stub network does not train");
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public List<Layer> layers() {
        return List.of();
    }

    @Override
    public Architecture architecture() {
        return new Architecture(getClass().getSimpleName(), Map.of());
    }
}
