package dlfs.cli;

import dlfs.core.io.ModelFile;
import dlfs.core.optimizer.Optimizer;
import java.util.Map;

/** Packs an optimizer's name, learning rate and state for a model file. */
final class OptimizerStates {
    private OptimizerStates() {
    }

    static ModelFile.OptimizerState of(Optimizer optimizer) {
        return new ModelFile.OptimizerState(optimizer.name(), Map.of("lr", optimizer.learningRate()),
                optimizer.state(), optimizer.stepCount());
    }
}
