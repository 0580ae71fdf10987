package dlfs.core.gradient;

import dlfs.core.layer.Layer;
import dlfs.core.layer.Param;
import dlfs.core.network.Network;
import dlfs.core.random.Rng;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Gradient check (the book's 5.7.3): backprop is fast but easy to get wrong, numerical
 * differentiation is slow but hard to get wrong, so compare the two parameter by parameter.
 * The report gives, per parameter name, the mean of |backprop − numerical| over its elements
 * (what the book's {@code gradient_check.py} prints) and the largest relative error.
 *
 * <p>The numerical side evaluates the loss in training mode ({@code train = true}), hundreds of
 * times at nudged weights, and only makes sense when that loss is a fixed function of the weights.
 * A Dropout layer with ratio &gt; 0 draws a new mask at every forward pass and breaks this; the
 * check detects it (two evaluations at the same point disagree) and refuses. Check such networks
 * with ratio 0, or check the layer alone with a fixed mask (a fresh layer on an equally seeded
 * {@link Rng} per evaluation draws the same mask). Batch Normalization is deterministic in training
 * mode, but every evaluation moves its running mean and variance toward the checked batch.
 */
public final class GradientCheck {
    /** Below this magnitude a gradient element counts as zero when forming the relative error. */
    public static final double RELATIVE_ERROR_FLOOR = 1e-8;

    /**
     * One parameter's comparison.
     *
     * @param meanAbsDiff      mean of |backprop − numerical| over the checked elements
     * @param maxRelativeError max of |a − n| / max(|a|, |n|, {@link #RELATIVE_ERROR_FLOOR})
     * @param checked          how many elements were compared
     */
    public record Entry(String name, double meanAbsDiff, double maxRelativeError, int checked) {
        @Override
        public String toString() {
            return name + ":" + String.format(Locale.ROOT, "%.12g", meanAbsDiff);
        }
    }

    /** The comparison of every parameter, in the network's parameter order. */
    public record Report(List<Entry> entries) {
        public Report {
            entries = List.copyOf(entries);
        }

        /** The worst parameter's mean |diff|: the one number to compare with a threshold such as 1e-7. */
        public double maxMeanAbsDiff() {
            return entries.stream().mapToDouble(Entry::meanAbsDiff).max().orElse(0);
        }

        public double maxRelativeError() {
            return entries.stream().mapToDouble(Entry::maxRelativeError).max().orElse(0);
        }

        public Entry entry(String name) {
            return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no entry " + name + " in " + entries));
        }

        /** One line per parameter, "W1:2.22324466440e-13", like the book's output. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Entry e : entries) {
                sb.append(e).append('\n');
            }
            return sb.toString();
        }
    }

    /**
     * Told after each numerically differentiated element, on the thread running the check: a
     * panel's background job publishes its progress here, and may throw to stop a long check
     * (the nudged weight is restored first).
     */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (param, done, total) -> { };

        /** @param done elements differentiated so far over all parameters, of {@code total} */
        void elementDone(String param, int done, int total);
    }

    private GradientCheck() {
    }

    /** Checks every element of every parameter of {@code network} on the batch (x, t). */
    public static Report of(Network network, Tensor x, Tensor t) {
        return of(network, x, t, Integer.MAX_VALUE, null);
    }

    /**
     * Checks at most {@code maxElementsPerParam} elements of each parameter, picked at random with
     * {@code rng}: a large weight matrix costs two forward passes per element, and a sample of a few
     * hundred already exposes a wrong backward pass.
     */
    public static Report of(Network network, Tensor x, Tensor t, int maxElementsPerParam, Rng rng) {
        return of(network, x, t, maxElementsPerParam, rng, NumericalDerivative.DEFAULT_H, Progress.NONE);
    }

    /** As {@link #of(Network, Tensor, Tensor, int, Rng)}, telling {@code progress} after every element. */
    public static Report of(Network network, Tensor x, Tensor t, int maxElementsPerParam, Rng rng,
                            Progress progress) {
        return of(network, x, t, maxElementsPerParam, rng, NumericalDerivative.DEFAULT_H, progress);
    }

    /**
     * As above with a chosen step {@code h}. A smaller h than the book's 1e-4 helps with ReLU networks
     * whose pre-activations are tiny (e.g. weights of std 0.01 in a CNN): a ±1e-4 nudge then crosses a
     * ReLU kink or a max-pooling tie often enough to spoil the numerical side, while backprop is right.
     */
    public static Report of(Network network, Tensor x, Tensor t, int maxElementsPerParam, Rng rng, double h) {
        return of(network, x, t, maxElementsPerParam, rng, h, Progress.NONE);
    }

    /** The general form: step {@code h}, and {@code progress} told after every element. */
    public static Report of(Network network, Tensor x, Tensor t, int maxElementsPerParam, Rng rng, double h,
                            Progress progress) {
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("step h must be positive and finite, got " + h);
        }
        ToDoubleFunction<Tensor> loss = ignored -> network.loss(x, t, true);
        requireDeterministic(loss, x);
        List<Param> params = network.params();
        List<int[]> picks = new ArrayList<>();
        int total = 0;
        for (Param p : params) {
            int[] pick = pick(p.value().size(), maxElementsPerParam, rng);
            picks.add(pick);
            total += pick.length;
        }
        List<double[]> numerical = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            int[] pick = picks.get(i);
            double[] values = new double[pick.length];
            for (int j = 0; j < pick.length; j++) {
                values[j] = NumericalGradient.element(loss, p.value(), pick[j], h);
                progress.elementDone(p.name(), ++done, total);
            }
            numerical.add(values);
        }
        network.gradient(x, t);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            entries.add(compare(p.name(), p.grad(), numerical.get(i), picks.get(i)));
        }
        return new Report(entries);
    }

    /**
     * Checks one layer on its own: the loss is {@code Σ upstream ⊙ layer.forward(x, true)}, whose
     * gradient with respect to the layer's output is exactly {@code upstream}. The report has an
     * entry "x" for ∂L/∂x and one per parameter.
     */
    public static Report ofLayer(Layer layer, Tensor x, Tensor upstream) {
        ToDoubleFunction<Tensor> loss = ignored -> weightedSum(layer.forward(x, true), upstream);
        requireDeterministic(loss, x);
        int[] allOfX = pick(x.size(), Integer.MAX_VALUE, null);
        double[] numericalX = numerical(loss, x, allOfX, NumericalDerivative.DEFAULT_H);
        List<double[]> numericalParams = new ArrayList<>();
        List<int[]> picks = new ArrayList<>();
        for (Param p : layer.params()) {
            int[] pick = pick(p.value().size(), Integer.MAX_VALUE, null);
            picks.add(pick);
            numericalParams.add(numerical(loss, p.value(), pick, NumericalDerivative.DEFAULT_H));
        }
        layer.forward(x, true);
        Tensor dx = layer.backward(upstream);
        List<Entry> entries = new ArrayList<>();
        entries.add(compare("x", dx, numericalX, allOfX));
        List<Param> params = layer.params();
        for (int i = 0; i < params.size(); i++) {
            entries.add(compare(params.get(i).name(), params.get(i).grad(), numericalParams.get(i), picks.get(i)));
        }
        return new Report(entries);
    }

    private static void requireDeterministic(ToDoubleFunction<Tensor> loss, Tensor at) {
        double first = loss.applyAsDouble(at);
        double second = loss.applyAsDouble(at);
        if (first != second && !(Double.isNaN(first) && Double.isNaN(second))) {
            throw new IllegalArgumentException("the training-mode loss changes between two identical evaluations ("
                    + first + " vs " + second + "): a random layer such as Dropout must use ratio 0 for a gradient check");
        }
    }

    private static double[] numerical(ToDoubleFunction<Tensor> loss, Tensor value, int[] pick, double h) {
        double[] out = new double[pick.length];
        for (int j = 0; j < pick.length; j++) {
            out[j] = NumericalGradient.element(loss, value, pick[j], h);
        }
        return out;
    }

    private static Entry compare(String name, Tensor backprop, double[] numerical, int[] pick) {
        double[] a = backprop.data();
        double sumAbs = 0;
        double maxRel = 0;
        for (int j = 0; j < pick.length; j++) {
            double analytic = a[pick[j]];
            double diff = Math.abs(analytic - numerical[j]);
            sumAbs += diff;
            double scale = Math.max(RELATIVE_ERROR_FLOOR, Math.max(Math.abs(analytic), Math.abs(numerical[j])));
            maxRel = Math.max(maxRel, diff / scale);
        }
        return new Entry(name, pick.length == 0 ? 0 : sumAbs / pick.length, maxRel, pick.length);
    }

    private static int[] pick(int size, int max, Rng rng) {
        if (size <= max) {
            int[] all = new int[size];
            for (int i = 0; i < size; i++) {
                all[i] = i;
            }
            return all;
        }
        if (max < 1 || rng == null) {
            throw new IllegalArgumentException("sampling needs maxElementsPerParam ≥ 1 and an Rng, got " + max);
        }
        return Arrays.copyOf(rng.permutation(size), max);
    }

    private static double weightedSum(Tensor output, Tensor upstream) {
        double[] y = output.data();
        double[] g = upstream.data();
        if (y.length != g.length) {
            throw new IllegalArgumentException("upstream gradient " + Tensor.shapeString(upstream.shape())
                    + " does not match the layer output " + Tensor.shapeString(output.shape()));
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i] * g[i];
        }
        return sum;
    }
}
