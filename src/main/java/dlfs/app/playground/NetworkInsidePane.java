package dlfs.app.playground;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.playground.DigitRecognizer.Recognition;
import dlfs.app.widgets.ActivationView;
import dlfs.core.network.ForwardTrace;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Inside the network: one tile per layer with that layer's output for the current drawing,
 * feature maps for convolution and pooling layers, bars for fully connected ones. Dropout layers
 * (named Dropout1, Dropout2, … by the core) are left out: at prediction time they only scale their input. Pointing at a map pixel or a bar
 * shows its value.
 */
final class NetworkInsidePane extends VBox {
    private static final String DROPOUT = "Dropout";

    private final I18n i18n;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final ObjectProperty<Message> hover = new SimpleObjectProperty<>(Message.of("playground.inside.hint"));
    private final List<ActivationView> views = new ArrayList<>();
    private final List<Integer> layerIndex = new ArrayList<>();
    private List<String> layerNames = List.of();
    private Recognition current;
    private boolean[] stale = new boolean[0];
    private Predicate<Node> onScreen = node -> true;

    NetworkInsidePane(I18n i18n) {
        super(8);
        this.i18n = i18n;
        tiles.setId("playground-layers");
        Label hoverText = Texts.data(Texts.label(i18n, hover));
        hoverText.setMinHeight(22);
        getChildren().addAll(Texts.label(i18n, "playground.inside.lead"), hoverText, tiles);
    }

    /**
     * Which tiles are worth painting now: those inside the page's visible area. Tiles out of sight
     * are brought up to date by {@link #refresh()} (the page calls it after every layout pass) once
     * they come into view.
     */
    void setOnScreen(Predicate<Node> test) {
        onScreen = test;
    }

    /** Shows every layer's output; rebuilds the tiles when the network's layers change. */
    void show(Recognition recognition) {
        current = recognition;
        if (recognition != null) {
            List<String> names = recognition.layers().stream().map(ForwardTrace.Step::layerName).toList();
            if (!names.equals(layerNames)) {
                rebuild(recognition.layers());
                layerNames = names;
            }
        }
        stale = new boolean[views.size()];
        Arrays.fill(stale, true);
        refresh();
    }

    /** Paints the tiles that are out of date and on screen. */
    void refresh() {
        for (int i = 0; i < views.size(); i++) {
            ActivationView view = views.get(i);
            if (!stale[i] || !onScreen.test(view)) {
                continue;
            }
            stale[i] = false;
            if (current == null) {
                view.setBars(new double[0]);
                continue;
            }
            Tensor output = current.layers().get(layerIndex.get(i)).output();
            if (output.rank() == 4) {
                view.setMaps(output.data(), output.dim(1), output.dim(2), output.dim(3));
            } else {
                view.setBars(output.data());
            }
        }
    }

    private void rebuild(List<ForwardTrace.Step> steps) {
        tiles.getChildren().clear();
        views.clear();
        layerIndex.clear();
        for (int i = 0; i < steps.size(); i++) {
            ForwardTrace.Step step = steps.get(i);
            if (step.layerName().startsWith(DROPOUT)) {
                continue;
            }
            Tensor output = step.output();
            String shape = Tensor.shapeString(Arrays.copyOfRange(output.shape(), 1, output.rank()));
            ActivationView view = new ActivationView();
            boolean maps = output.rank() == 4;
            view.setPrefSize(230, maps ? 170 : 80);
            String name = step.layerName();
            view.hoveredProperty().addListener((obs, old, unit) -> hover.set(unit == null
                    ? Message.of("playground.inside.hint")
                    : unit.row() < 0 ? Message.of("playground.inside.unit", name, unit.index(), unit.value())
                    : Message.of("playground.inside.map", name, unit.index(), unit.row(), unit.column(), unit.value())));
            Label title = Texts.data(new Label());
            title.setText(name + " " + shape);
            VBox tile = new VBox(2, title, view);
            tiles.getChildren().add(tile);
            views.add(view);
            layerIndex.add(i);
        }
        accessibleTextProperty().bind(i18n.binding("playground.inside.accessible", views.size()));
    }
}
