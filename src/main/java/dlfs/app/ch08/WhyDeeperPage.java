package dlfs.app.ch08;

import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.labelled;
import static dlfs.app.ch07.PanelControls.note;

import dlfs.app.ch07.LayerSummary;
import dlfs.app.ch07.LayerTables;
import dlfs.app.ch07.PanelControls;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.core.conv.ConvGeometry;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;

/**
 * 8.1.3 Why deeper: the receptive field of stacked 3×3 layers against one large filter, the weights
 * each needs (25 vs 18, 49 vs 27), and both CNNs of the book layer by layer with every shape and
 * parameter count (433,890 and 123,552).
 */
public final class WhyDeeperPage extends AbstractPage {
    public static final String ID = "why-deeper";

    private final WhyDeeperViewModel model = new WhyDeeperViewModel();
    private ReceptiveFieldView picture;

    public WhyDeeperPage(PageContext context) {
        super(context, Chapter.CH08, ID);
    }

    public WhyDeeperViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(DeepConvNet.class, SimpleConvNet.class, ConvGeometry.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(picture);
    }

    @Override
    public void reset() {
        model.layersProperty().set(2);
        model.channelsProperty().set(1);
    }

    @Override
    protected Node createView() {
        picture = new ReceptiveFieldView();
        Slider layers = PanelControls.integerSlider(1, 4, model.layersProperty().get());
        layers.setShowTickLabels(true);
        layers.setPrefWidth(160);
        layers.setId("deeper-layers");
        layers.valueProperty().addListener((obs, old, now) -> model.layersProperty().set((int) Math.round(now.doubleValue())));
        model.layersProperty().addListener((obs, old, now) -> layers.setValue(now.intValue()));
        Spinner<Integer> channels = PanelControls.spinner(1, 64, 1);
        channels.valueProperty().addListener((obs, old, now) -> model.channelsProperty().set(now));
        model.channelsProperty().addListener((obs, old, now) -> channels.getValueFactory().setValue(now.intValue()));
        model.layersProperty().addListener(obs -> redraw());
        i18n().bundleProperty().addListener(obs -> redraw());
        redraw();

        Label counts = PanelControls.message(i18n(), Bindings.createObjectBinding(() -> {
            long field = model.receptiveFieldProperty().get();
            return Message.of("ch08.deeper.counts", model.layersProperty().get(), field,
                    LayerSummary.count(model.stackedWeightsProperty().get()), LayerSummary.count(model.singleWeightsProperty().get()),
                    model.channelsProperty().get());
        }, model.layersProperty(), model.channelsProperty()));
        counts.setId("deeper-counts");
        PanelControls.styled(counts, "result-line");

        List<LayerSummary> simple = LayerSummary.of(new SimpleConvNet(new Rng(0)));
        List<LayerSummary> deep = LayerSummary.of(new DeepConvNet(new Rng(0)));
        return PanelControls.page(
                note(i18n(), "ch08.deeper.intro"),
                flow(labelled(i18n(), "ch08.deeper.layers", layers), labelled(i18n(), "ch08.deeper.channels", channels)),
                picture,
                counts,
                note(i18n(), "ch08.deeper.nonlinear"),
                heading(i18n(), "ch08.deeper.simpleHeading"),
                PanelControls.text(i18n(), "ch08.deeper.total", LayerSummary.count(LayerSummary.total(simple))),
                LayerTables.table(i18n(), simple),
                heading(i18n(), "ch08.deeper.deepHeading"),
                PanelControls.text(i18n(), "ch08.deeper.total", LayerSummary.count(LayerSummary.total(deep))),
                LayerTables.table(i18n(), deep),
                note(i18n(), "ch08.deeper.compare"));
    }

    private void redraw() {
        int k = model.layersProperty().get();
        List<String> names = new ArrayList<>();
        names.add(i18n().text("ch07.layers.input"));
        for (int layer = 1; layer <= k; layer++) {
            names.add(i18n().text("ch08.deeper.layerName", layer));
        }
        picture.show(k, names);
    }
}
