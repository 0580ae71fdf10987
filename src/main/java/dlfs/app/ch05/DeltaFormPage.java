package dlfs.app.ch05;

import dlfs.app.page.PageContext;
import dlfs.app.widgets.MatrixView;
import dlfs.core.layer.Activation;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Relu;
import dlfs.core.network.DeltaBackprop;
import dlfs.core.tensor.Tensor;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * 5.7 in the notation of lecture notes: the gradients of a two-layer network as one delta per
 * layer, beside the same numbers read off the layers' backward passes.
 */
public final class DeltaFormPage extends Chapter5Page {
    public static final String ID = "delta-form";

    private final DeltaFormViewModel model = new DeltaFormViewModel();

    public DeltaFormPage(PageContext context) {
        super(context, ID);
    }

    DeltaFormViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(DeltaBackprop.class, Affine.class, Relu.class);
    }

    /** One compared quantity: its delta-form formula, where the layer view finds it, and both values. */
    private record Quantity(String formula, String layerSource, Function<DeltaBackprop.Gradients, Tensor> value) {
    }

    @Override
    protected javafx.scene.Node createView() {
        ToggleGroup activations = new ToggleGroup();
        FlowPane settings = new FlowPane(12, 6, Controls.label(i18n(), "ch05.delta.activation"));
        for (Activation a : List.of(Activation.RELU, Activation.SIGMOID)) {
            RadioButton choice = new RadioButton(a.toString());
            choice.getStyleClass().add("content-text");
            choice.setUserData(a);
            choice.setToggleGroup(activations);
            choice.setSelected(a == model.activationProperty().get());
            choice.setId("delta-" + a);
            settings.getChildren().add(choice);
        }
        activations.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.activationProperty().set((Activation) now.getUserData());
            }
        });
        model.activationProperty().addListener((obs, old, now) -> activations.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(activations::selectToggle));
        Button reroll = Controls.button(i18n(), "ch05.delta.reroll", model::reroll);
        reroll.setId("delta-reroll");
        settings.getChildren().add(reroll);

        Label chain = Controls.data("x → [Affine1] → u⁽¹⁾ → [f] → z⁽¹⁾ → [Affine2] → u⁽²⁾ → [Softmax-with-Loss] → L");
        chain.getStyleClass().add("formula");
        chain.setWrapText(true);
        chain.setMinWidth(0);
        Label deltas = Controls.label(i18n(), "ch05.delta.definitions");
        deltas.getStyleClass().add("formula");

        FlowPane forward = new FlowPane(18, 8);
        VBox compared = new VBox(10);
        Label verdict = new Label();
        verdict.getStyleClass().add("ch05-good");
        verdict.setId("delta-verdict");
        Runnable show = () -> {
            showForward(forward, model.resultProperty().get().forward());
            showComparison(compared);
            verdict.textProperty().bind(i18n().binding("ch05.delta.verdict", Controls.difference(model.maxDifference())));
        };
        model.resultProperty().addListener(obs -> show.run());
        show.run();
        return page(sectionTitle("ch05.delta.networkTitle"), Controls.label(i18n(), "ch05.delta.lead"), settings, chain,
                deltas, Controls.heading(i18n(), "ch05.delta.forwardTitle"), forward,
                Controls.heading(i18n(), "ch05.delta.compareTitle"), compared, verdict);
    }

    private void showForward(FlowPane pane, DeltaBackprop.Forward f) {
        pane.getChildren().setAll(matrix("x", f.x()), matrix("t", f.t()), matrix("u⁽¹⁾ = x·W1 + b1", f.u1()),
                matrix("z⁽¹⁾ = f(u⁽¹⁾)", f.z1()), matrix("W2", model.w2()), matrix("u⁽²⁾ = z⁽¹⁾·W2 + b2", f.u2()),
                matrix("y = softmax(u⁽²⁾)", f.y()));
    }

    private static VBox matrix(String caption, Tensor values) {
        MatrixView view = new MatrixView();
        view.show(values);
        return new VBox(4, Controls.data(caption), view);
    }

    private void showComparison(VBox rows) {
        String act = model.activationLayerName();
        List<Quantity> quantities = List.of(
                new Quantity("δ⁽²⁾ = (y − t) / N", "SoftmaxWithLoss.backward()", DeltaBackprop.Gradients::delta2),
                new Quantity("δ⁽¹⁾ = (δ⁽²⁾ · W2ᵀ) ⊙ f′(u⁽¹⁾)", act + ".backward(Affine2.backward(δ⁽²⁾))",
                        DeltaBackprop.Gradients::delta1),
                new Quantity("∂L/∂W2 = z⁽¹⁾ᵀ · δ⁽²⁾", "Affine2: dW", DeltaBackprop.Gradients::dW2),
                new Quantity("∂L/∂b2 = Σₙ δ⁽²⁾", "Affine2: db", DeltaBackprop.Gradients::db2),
                new Quantity("∂L/∂W1 = xᵀ · δ⁽¹⁾", "Affine1: dW", DeltaBackprop.Gradients::dW1),
                new Quantity("∂L/∂b1 = Σₙ δ⁽¹⁾", "Affine1: db", DeltaBackprop.Gradients::db1));
        DeltaBackprop.Result r = model.resultProperty().get();
        rows.getChildren().clear();
        for (Quantity q : quantities) {
            MatrixView delta = new MatrixView();
            delta.show(q.value().apply(r.fromDeltas()));
            MatrixView layer = new MatrixView();
            layer.show(q.value().apply(r.fromLayers()));
            if (q.value().apply(r.fromLayers()) == r.fromLayers().delta1()) {
                delta.setId("delta-hidden-deltarule");
                layer.setId("delta-hidden-layers");
            }
            Label deltaCaption = Controls.label(i18n(), "ch05.delta.deltaColumn");
            Label layerCaption = Controls.label(i18n(), "ch05.delta.layerColumn");
            deltaCaption.getStyleClass().add("ch05-table-header");
            layerCaption.getStyleClass().add("ch05-table-header");
            rows.getChildren().add(new FlowPane(24, 6,
                    new VBox(3, deltaCaption, Controls.data(q.formula()), delta),
                    new VBox(3, layerCaption, Controls.data(q.layerSource()), layer)));
        }
    }

    @Override
    public void reset() {
        model.reset();
    }
}
