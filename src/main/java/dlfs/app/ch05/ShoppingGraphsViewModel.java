package dlfs.app.ch05;

import dlfs.app.i18n.Message;
import dlfs.core.graph.ComputationalGraph;
import dlfs.core.graph.ExampleGraphs;
import dlfs.core.graph.Operation;
import dlfs.core.graph.ShoppingLayers;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The shopping problems of 5.1–5.4 (and the single add and multiply nodes of 5.3) as graphs to step
 * through, plus the same computation done by the book's programs on MulLayer and AddLayer objects,
 * listed call by call with the values they return.
 */
public final class ShoppingGraphsViewModel {
    /** The graphs to choose from; the single nodes start from the book's upstream gradient 1.3. */
    public enum Preset {
        APPLES("ch05.shopping.apples", ExampleGraphs::apples, 1),
        APPLES_AND_ORANGES("ch05.shopping.applesAndOranges", ExampleGraphs::applesAndOranges, 1),
        MULTIPLY_NODE("ch05.shopping.multiplyNode", () -> ExampleGraphs.singleNode(Operation.MULTIPLY, 10, 5), 1.3),
        ADD_NODE("ch05.shopping.addNode", () -> ExampleGraphs.singleNode(Operation.ADD, 10, 5), 1.3);

        private final String textKey;
        private final Supplier<ComputationalGraph> graph;
        private final double upstream;

        Preset(String textKey, Supplier<ComputationalGraph> graph, double upstream) {
            this.textKey = textKey;
            this.graph = graph;
            this.upstream = upstream;
        }

        public String textKey() {
            return textKey;
        }

        ComputationalGraph newGraph() {
            ComputationalGraph g = graph.get();
            g.setUpstreamGradient(upstream);
            return g;
        }
    }

    /** One call of the layer program: the Java statement and what it returned. */
    public record Call(String code, String result) {
    }

    /** The layer program's calls: forward in order, then backward in reverse order. */
    public record Program(List<Call> forward, List<Call> backward) {
    }

    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset", Preset.APPLES);
    private final GraphLabViewModel graph = new GraphLabViewModel(Preset.APPLES::newGraph);
    private final ReadOnlyObjectWrapper<Program> program = new ReadOnlyObjectWrapper<>(this, "program");
    private final ReadOnlyObjectWrapper<Message> agreement = new ReadOnlyObjectWrapper<>(this, "agreement");

    public ShoppingGraphsViewModel() {
        preset.addListener((obs, old, now) -> graph.load(now::newGraph));
        graph.revisionProperty().addListener(obs -> runProgram());
        runProgram();
    }

    /** Back to the apples, computed completely. */
    public void reset() {
        if (preset.get() == Preset.APPLES) {
            graph.load(Preset.APPLES::newGraph);
        } else {
            preset.set(Preset.APPLES);
        }
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public GraphLabViewModel graph() {
        return graph;
    }

    /** The layer program for the current inputs, or null for the single-node presets. */
    public ReadOnlyObjectProperty<Program> programProperty() {
        return program.getReadOnlyProperty();
    }

    /** Whether the graph's gradients equal the layers' ones (once the graph's backward pass is done). */
    public ReadOnlyObjectProperty<Message> agreementProperty() {
        return agreement.getReadOnlyProperty();
    }

    private double input(String name) {
        return graph.graph().node(name).value();
    }

    private void runProgram() {
        ComputationalGraph g = graph.graph();
        double dprice = g.upstreamGradient();
        double difference;
        switch (preset.get()) {
            case APPLES -> {
                ShoppingLayers.Apples r = ShoppingLayers.buyApple(input("apple"), input("apple_num"), input("tax"), dprice);
                program.set(new Program(List.of(
                        call("applePrice = mulAppleLayer.forward(%s, %s)", input("apple"), input("apple_num"),
                                r.applePrice()),
                        call("price = mulTaxLayer.forward(%s, %s)", r.applePrice(), input("tax"), r.price())),
                        List.of(
                        call("dApplePrice, dTax = mulTaxLayer.backward(%s)", dprice, r.dApplePrice(), r.dTax()),
                        call("dApple, dAppleNum = mulAppleLayer.backward(%s)", r.dApplePrice(), r.dApple(),
                                r.dAppleNum()))));
                difference = maxDifference(g, new String[] {"apple", "apple_num", "tax"},
                        r.dApple(), r.dAppleNum(), r.dTax());
            }
            case APPLES_AND_ORANGES -> {
                ShoppingLayers.ApplesAndOranges r = ShoppingLayers.buyAppleOrange(input("apple"), input("apple_num"),
                        input("orange"), input("orange_num"), input("tax"), dprice);
                program.set(new Program(List.of(
                        call("applePrice = mulAppleLayer.forward(%s, %s)", input("apple"), input("apple_num"),
                                r.applePrice()),
                        call("orangePrice = mulOrangeLayer.forward(%s, %s)", input("orange"), input("orange_num"),
                                r.orangePrice()),
                        call("allPrice = addAppleOrangeLayer.forward(%s, %s)", r.applePrice(), r.orangePrice(),
                                r.allPrice()),
                        call("price = mulTaxLayer.forward(%s, %s)", r.allPrice(), input("tax"), r.price())),
                        List.of(
                        call("dAllPrice, dTax = mulTaxLayer.backward(%s)", dprice, r.dAllPrice(), r.dTax()),
                        call("dApplePrice, dOrangePrice = addAppleOrangeLayer.backward(%s)", r.dAllPrice(),
                                r.dApplePrice(), r.dOrangePrice()),
                        call("dOrange, dOrangeNum = mulOrangeLayer.backward(%s)", r.dOrangePrice(), r.dOrange(),
                                r.dOrangeNum()),
                        call("dApple, dAppleNum = mulAppleLayer.backward(%s)", r.dApplePrice(), r.dApple(),
                                r.dAppleNum()))));
                difference = maxDifference(g, new String[] {"apple", "apple_num", "orange", "orange_num", "tax"},
                        r.dApple(), r.dAppleNum(), r.dOrange(), r.dOrangeNum(), r.dTax());
            }
            default -> {
                program.set(null);
                agreement.set(null);
                return;
            }
        }
        agreement.set(g.isBackwardComplete()
                ? Message.of("ch05.shopping.agree", Controls.difference(difference))
                : Message.of("ch05.shopping.compareLater"));
    }

    /** A call with its arguments filled in; the last value(s) are what it returned. */
    private static Call call(String pattern, double... values) {
        int arguments = pattern.split("%s", -1).length - 1;
        Object[] args = new Object[arguments];
        for (int i = 0; i < arguments; i++) {
            args[i] = Controls.full(values[i]);
        }
        StringBuilder result = new StringBuilder();
        for (int i = arguments; i < values.length; i++) {
            result.append(i == arguments ? "" : ", ").append(Controls.full(values[i]));
        }
        return new Call(String.format(Locale.ROOT, pattern, args), result.toString());
    }

    private static double maxDifference(ComputationalGraph g, String[] inputs, double... layerGradients) {
        double max = 0;
        for (int i = 0; i < inputs.length; i++) {
            max = Math.max(max, Math.abs(g.node(inputs[i]).gradient() - layerGradients[i]));
        }
        return max;
    }
}
