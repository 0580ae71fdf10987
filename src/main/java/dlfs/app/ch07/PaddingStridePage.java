package dlfs.app.ch07;

import static dlfs.app.ch07.PanelControls.data;
import static dlfs.app.ch07.PanelControls.flow;
import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.integerSlider;
import static dlfs.app.ch07.PanelControls.labelled;
import static dlfs.app.ch07.PanelControls.note;
import static dlfs.app.ch07.PanelControls.styled;
import static dlfs.app.ch07.PanelControls.text;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.core.conv.OutputSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * 7.2.3–7.2.4 Padding and stride: six sliders, the padded input with the window's trail, formula
 * (7.1) with the numbers filled in, and a clear warning, with what a rounding-down framework would
 * do, when the sizes do not divide.
 */
public final class PaddingStridePage extends AbstractPage {
    public static final String ID = "padding-stride";

    private final PaddingStrideViewModel model = new PaddingStrideViewModel();
    private PaddingStrideView picture;
    private PositionControls positionControls;
    private ComboBox<PaddingStrideViewModel.Preset> presets;

    public PaddingStridePage(PageContext context) {
        super(context, Chapter.CH07, ID);
    }

    public PaddingStrideViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(OutputSize.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        PaddingStrideViewModel.PRESETS.forEach(p -> keys.add(presetKey(p)));
        return keys;
    }

    private static String presetKey(PaddingStrideViewModel.Preset preset) {
        return "ch07.padding.preset." + preset.key();
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(picture);
    }

    @Override
    public void reset() {
        if (positionControls != null) {
            positionControls.stop();
            presets.getSelectionModel().select(0);
        }
        model.apply(PaddingStrideViewModel.PRESETS.get(0));
        model.positionProperty().set(0);
    }

    @Override
    protected Node createView() {
        picture = new PaddingStrideView();
        presets = PanelControls.choice(i18n(), PaddingStrideViewModel.PRESETS, PaddingStridePage::presetKey);
        presets.setId("padding-preset");
        presets.getSelectionModel().select(0);
        presets.valueProperty().addListener((obs, old, preset) -> {
            if (preset != null) {
                model.apply(preset);
                model.positionProperty().set(0);
            }
        });

        GridPane sliders = new GridPane();
        sliders.setHgap(8);
        sliders.setVgap(4);
        addSlider(sliders, 0, 0, "ch07.padding.height", model.heightProperty(), 1, 32, "padding-h");
        addSlider(sliders, 1, 0, "ch07.padding.width", model.widthProperty(), 1, 32, "padding-w");
        addSlider(sliders, 2, 0, "ch07.padding.pad", model.padProperty(), 0, 6, "padding-p");
        addSlider(sliders, 0, 3, "ch07.padding.filterH", model.filterHProperty(), 1, 9, "padding-fh");
        addSlider(sliders, 1, 3, "ch07.padding.filterW", model.filterWProperty(), 1, 9, "padding-fw");
        addSlider(sliders, 2, 3, "ch07.padding.stride", model.strideProperty(), 1, 6, "padding-s");

        Label oh = styled(data(model.heightFormulaProperty()), "result-line");
        oh.setId("padding-oh");
        Label ow = styled(data(model.widthFormulaProperty()), "result-line");
        ow.setId("padding-ow");
        Label output = styled(data(model.outputTextProperty()), "result-line");
        output.setId("padding-output");
        Label warning = styled(PanelControls.message(i18n(), model.warningProperty()), "warning-banner");
        warning.setId("padding-warning");
        warning.setMaxWidth(Double.MAX_VALUE);

        positionControls = new PositionControls(i18n(), model.positionProperty(), model.positionsProperty(),
                Duration.millis(220), "padding-position");

        picture.setMinHeight(220);
        for (javafx.beans.Observable o : List.of(model.heightProperty(), model.widthProperty(), model.filterHProperty(),
                model.filterWProperty(), model.padProperty(), model.strideProperty(), model.positionProperty())) {
            o.addListener(obs -> redraw());
        }
        redraw();

        GridPane formulas = new GridPane();
        formulas.setHgap(12);
        formulas.setVgap(4);
        formulas.addRow(0, text(i18n(), "ch07.padding.padded"), data(model.paddedProperty()));
        formulas.addRow(1, text(i18n(), "ch07.padding.outHeight"), oh);
        formulas.addRow(2, text(i18n(), "ch07.padding.outWidth"), ow);
        formulas.addRow(3, text(i18n(), "ch07.padding.output"), output);

        Button first = PanelControls.button(i18n(), "ch07.padding.book", this::reset);
        return PanelControls.page(
                note(i18n(), "ch07.padding.intro"),
                flow(labelled(i18n(), "ch07.padding.presets", presets), first),
                sliders,
                formulas,
                warning,
                heading(i18n(), "ch07.padding.pictureHeading"),
                positionControls.node(),
                picture,
                note(i18n(), "ch07.padding.legend"));
    }

    private void addSlider(GridPane grid, int row, int column, String key, IntegerProperty property, int min, int max,
                           String id) {
        Slider slider = integerSlider(min, max, property.get());
        slider.setId(id);
        slider.setPrefWidth(150);
        slider.valueProperty().addListener((obs, old, now) -> property.set((int) Math.round(now.doubleValue())));
        property.addListener((obs, old, now) -> slider.setValue(now.intValue()));
        Label value = data(property.asString());
        value.setMinWidth(24);
        GridPane.setHgrow(slider, Priority.SOMETIMES);
        grid.add(text(i18n(), key), column, row);
        grid.add(slider, column + 1, row);
        grid.add(value, column + 2, row);
    }

    private void redraw() {
        OutputSize rows = model.rows();
        OutputSize columns = model.columns();
        boolean fits = rows.travel() >= 0 && columns.travel() >= 0;
        picture.show(rows.input(), columns.input(), rows.filter(), columns.filter(), rows.pad(), rows.stride(),
                fits ? rows.floor() : 0, fits ? columns.floor() : 0, model.positionProperty().get());
    }
}
