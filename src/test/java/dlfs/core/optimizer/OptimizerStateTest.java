package dlfs.core.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.core.layer.Param;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Saving an optimizer's state and restoring it into a fresh one continues the run exactly. */
class OptimizerStateTest {
    static List<String> names() {
        return Optimizers.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void restoredOptimizerContinuesBitForBit(String name) {
        Rng rng = new Rng(3);
        List<Param> original = params(rng);
        Optimizer first = Optimizers.create(name, 0.05);
        for (int i = 0; i < 5; i++) {
            step(first, original, new Rng(100 + i));
        }
        Map<String, Tensor> saved = first.state();
        List<Param> copy = copyOf(original);
        Optimizer second = Optimizers.create(name, 0.05);
        second.restoreState(saved);
        assertEquals(5, second.stepCount());
        for (int i = 5; i < 10; i++) {
            step(first, original, new Rng(100 + i));
            step(second, copy, new Rng(100 + i));
        }
        for (int k = 0; k < original.size(); k++) {
            assertArrayEquals(original.get(k).value().data(), copy.get(k).value().data(), name + " " + original.get(k));
        }
    }

    @Test
    void stateIsKeyedByParameterAndSlotWithTheStepCount() {
        Adam adam = new Adam();
        List<Param> params = params(new Rng(1));
        step(adam, params, new Rng(2));
        Map<String, Tensor> state = adam.state();
        assertEquals(List.of("step", "W.m", "W.v", "b.m", "b.v"), List.copyOf(state.keySet()));
        assertEquals(1, state.get("step").at(0));
        assertArrayEquals(adam.firstMoment(params.get(0)).data(), state.get("W.m").data());
        state.get("W.m").fill(99);
        assertTrue(adam.firstMoment(params.get(0)).at(0) != 99, "state() must return copies");
    }

    @Test
    void sgdStateIsOnlyTheStepCount() {
        Sgd sgd = new Sgd();
        step(sgd, params(new Rng(1)), new Rng(2));
        assertEquals(List.of("step"), List.copyOf(sgd.state().keySet()));
    }

    @Test
    void restoreRejectsUnknownSlotsAndMissingStep() {
        Momentum momentum = new Momentum();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> momentum.restoreState(Map.of("step", Tensor.scalar(1), "W.m", Tensor.zeros(2))));
        assertTrue(unknown.getMessage().contains("W.m"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> momentum.restoreState(Map.of("W.v", Tensor.zeros(2))));
        assertThrows(IllegalArgumentException.class, () -> momentum.restoreState(Map.of("step", Tensor.scalar(-1))));
        assertThrows(IllegalArgumentException.class, () -> new Adam().restoreState(Map.of("step", Tensor.scalar(1), "W.m", Tensor.zeros(2))));
    }

    @Test
    void restoredStateOfTheWrongShapeIsReportedAtTheNextUpdate() {
        Momentum momentum = new Momentum();
        momentum.restoreState(Map.of("step", Tensor.scalar(3), "W.v", Tensor.zeros(5)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> momentum.update(params(new Rng(1))));
        assertTrue(e.getMessage().contains("W.v"), e.getMessage());
    }

    @Test
    void duplicateParameterNamesAreRejected() {
        Param a = new Param("W", Tensor.zeros(2), true);
        Param b = new Param("W", Tensor.zeros(2), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Adam().update(List.of(a, b)));
        assertTrue(e.getMessage().contains("W"), e.getMessage());
    }

    private static List<Param> params(Rng rng) {
        Tensor w = Tensor.zeros(3, 2);
        Tensor b = Tensor.zeros(2);
        for (int i = 0; i < w.size(); i++) {
            w.data()[i] = rng.gaussian();
        }
        return List.of(new Param("W", w, true), new Param("b", b, false));
    }

    private static List<Param> copyOf(List<Param> params) {
        return params.stream().map(p -> new Param(p.name(), p.value().copy(), p.decays())).toList();
    }

    private static void step(Optimizer optimizer, List<Param> params, Rng gradients) {
        for (Param p : params) {
            double[] g = p.grad().data();
            for (int i = 0; i < g.length; i++) {
                g[i] = gradients.gaussian();
            }
        }
        optimizer.update(params);
    }
}
