package dlfs.app.playground;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.widgets.PixelGridView;
import dlfs.core.data.DigitPreprocessor;
import dlfs.core.data.DigitPreprocessor.Box;
import dlfs.core.data.DigitPreprocessor.PreparedDigit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The preprocessing made visible: the three steps with their numbers, the scaled ink box, and the
 * 28×28 input itself as large pixels (the box it was placed in, the target centre (14, 14) and the
 * centre of mass marked), with the value of the pixel under the pointer.
 */
final class PreprocessingPane extends VBox {
    private static final int SIDE = DigitPreprocessor.SIZE;
    /** Continuous coordinates of the centre of pixel (14, 14): where the centre of mass is aimed. */
    private static final Point2D TARGET = new Point2D(DigitPreprocessor.CENTRE + 0.5, DigitPreprocessor.CENTRE + 0.5);

    private final ObjectProperty<Message> crop = new SimpleObjectProperty<>(Message.of("playground.prep.empty"));
    private final ObjectProperty<Message> scale = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> centre = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> hover = new SimpleObjectProperty<>(Message.of("playground.pixel.hint"));
    private final PixelGridView scaled = new PixelGridView();
    private final PixelGridView input = new PixelGridView();

    PreprocessingPane(I18n i18n) {
        super(6);
        scaled.setPrefSize(64, 64);
        scaled.setMinSize(64, 64);
        input.setId("playground-input");
        input.setPrefSize(224, 224);
        input.setMinSize(196, 196);
        input.accessibleTextProperty().bind(i18n.binding("playground.prep.accessible"));
        input.hoveredProperty().addListener((obs, old, pixel) -> hover.set(pixel == null
                ? Message.of("playground.pixel.hint")
                : Message.of("playground.pixel.value", pixel.row(), pixel.column(), pixel.value())));
        Label scaleText = Texts.data(Texts.label(i18n, scale));
        scaleText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(scaleText, javafx.scene.layout.Priority.ALWAYS);
        HBox stepRow = new HBox(8, scaled, scaleText);
        stepRow.setAlignment(Pos.CENTER_LEFT);
        Label hoverText = Texts.data(Texts.label(i18n, hover));
        hoverText.setMinHeight(36);
        Label legend = Texts.label(i18n, "playground.prep.legend");
        legend.getStyleClass().add("page-position");
        getChildren().addAll(Texts.heading(i18n, "playground.prep.heading"), Texts.data(Texts.label(i18n, crop)),
                stepRow, Texts.data(Texts.label(i18n, centre)), input, hoverText, legend);
        setStyle("-fx-pref-width: 18em; -fx-max-width: 19em;");
        show(null);
    }

    void show(PreparedDigit digit) {
        if (digit == null) {
            scaled.setImage(new double[0], 20, 20);
            input.setImage(new double[0], SIDE, SIDE);
            input.setMarks(null, TARGET, null);
            crop.set(Message.of("playground.prep.empty"));
            scale.set(null);
            centre.set(null);
            return;
        }
        Box ink = digit.ink();
        Box placed = digit.placed();
        scaled.setImage(digit.scaled(), placed.height(), placed.width());
        input.setImage(digit.pixels(), SIDE, SIDE);
        input.setMarks(new Rectangle2D(placed.left(), placed.top(), placed.width(), placed.height()), TARGET,
                new Point2D(digit.massColumn() + 0.5, digit.massRow() + 0.5));
        crop.set(Message.of("playground.prep.crop", ink.width(), ink.height()));
        scale.set(Message.of("playground.prep.scale", placed.width(), placed.height()));
        centre.set(Message.of("playground.prep.centre", placed.left(), placed.top(), digit.massRow(),
                digit.massColumn()));
    }

    /** The 28×28 view (its PNG, SVG and CSV are the network's input). */
    PixelGridView input() {
        return input;
    }
}
