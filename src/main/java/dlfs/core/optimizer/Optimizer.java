package dlfs.core.optimizer;

import dlfs.core.layer.Param;
import java.util.List;

/**
 * Updates parameters in place from their gradients. Implementations keep their state
 * (velocity, accumulated squares, moments, step count) per parameter and expose it so a panel
 * can draw it.
 */
public interface Optimizer {
    void update(List<Param> params);

    /** A short name such as "SGD" or "Adam". */
    String name();
}
