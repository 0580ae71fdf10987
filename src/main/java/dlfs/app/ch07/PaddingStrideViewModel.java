package dlfs.app.ch07;

import dlfs.app.i18n.Message;
import dlfs.core.conv.OutputSize;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The padding and stride calculator (7.2.3–7.2.4): formula (7.1) with the numbers filled in, by the
 * core's {@link OutputSize}. When the division is not exact the sizes do not fit; the panel says so
 * and shows what a framework that rounds down would do instead: fewer window positions, and rows
 * or columns of the padded input that no window ever reads.
 */
public final class PaddingStrideViewModel {
    /**
     * A worked case. {@code key} names its label in the bundles ({@code ch07.padding.preset.<key>}).
     */
    public record Preset(String key, int height, int width, int filterH, int filterW, int pad, int stride) {
    }

    /** The book's three worked cases of 7.2.4 first, then the lecture notes' and the networks' sizes. */
    public static final List<Preset> PRESETS = List.of(
            new Preset("fig76", 4, 4, 3, 3, 1, 1),
            new Preset("fig77", 7, 7, 3, 3, 0, 2),
            new Preset("rect", 28, 31, 5, 5, 2, 3),
            new Preset("grow", 6, 6, 2, 2, 1, 1),
            new Preset("notExact", 8, 8, 3, 3, 1, 2),
            new Preset("conv1", 28, 28, 5, 5, 0, 1),
            new Preset("pool1", 24, 24, 2, 2, 0, 2),
            new Preset("keras", 28, 28, 6, 6, 0, 1));

    private final IntegerProperty height = new SimpleIntegerProperty(this, "height");
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final IntegerProperty filterH = new SimpleIntegerProperty(this, "filterH");
    private final IntegerProperty filterW = new SimpleIntegerProperty(this, "filterW");
    private final IntegerProperty pad = new SimpleIntegerProperty(this, "pad");
    private final IntegerProperty stride = new SimpleIntegerProperty(this, "stride", 1);
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position");
    private final ReadOnlyStringWrapper padded = new ReadOnlyStringWrapper(this, "padded");
    private final ReadOnlyStringWrapper heightFormula = new ReadOnlyStringWrapper(this, "heightFormula");
    private final ReadOnlyStringWrapper widthFormula = new ReadOnlyStringWrapper(this, "widthFormula");
    private final ReadOnlyStringWrapper outputText = new ReadOnlyStringWrapper(this, "outputText");
    private final ReadOnlyBooleanWrapper exact = new ReadOnlyBooleanWrapper(this, "exact");
    private final ReadOnlyObjectWrapper<Message> warning = new ReadOnlyObjectWrapper<>(this, "warning");
    private final ReadOnlyIntegerWrapper positions = new ReadOnlyIntegerWrapper(this, "positions");
    private OutputSize rows;
    private OutputSize columns;

    public PaddingStrideViewModel() {
        apply(PRESETS.get(0));
        for (Observable setting : List.of(height, width, filterH, filterW, pad, stride)) {
            setting.addListener(obs -> update());
        }
    }

    /** Sets all six sizes of a worked case. */
    public void apply(Preset preset) {
        height.set(preset.height());
        width.set(preset.width());
        filterH.set(preset.filterH());
        filterW.set(preset.filterW());
        pad.set(preset.pad());
        stride.set(preset.stride());
        update();
    }

    private void update() {
        rows = new OutputSize(height.get(), filterH.get(), stride.get(), pad.get());
        columns = new OutputSize(width.get(), filterW.get(), stride.get(), pad.get());
        padded.set(rows.padded() + " × " + columns.padded());
        heightFormula.set("OH = " + rows.formula());
        widthFormula.set("OW = " + columns.formula());
        exact.set(rows.isExact() && columns.isExact());
        boolean fits = rows.travel() >= 0 && columns.travel() >= 0;
        outputText.set(exact.get() ? rows.floor() + " × " + columns.floor() : "—");
        if (exact.get()) {
            warning.set(null);
        } else if (!fits) {
            warning.set(FitCheck.problem(rows, columns));
        } else {
            warning.set(Message.of("ch07.padding.floorWarning", rows.formula(), columns.formula(), rows.floor(),
                    columns.floor(), unreadRows(), unreadColumns()));
        }
        positions.set(fits ? rows.floor() * columns.floor() : 0);
        position.set(Math.min(position.get(), Math.max(0, positions.get() - 1)));
    }

    /** Rows at the bottom of the padded input that a rounding-down framework never reads. */
    public int unreadRows() {
        return rows.travel() < 0 ? 0 : rows.travel() % rows.stride();
    }

    /** Columns at the right of the padded input that a rounding-down framework never reads. */
    public int unreadColumns() {
        return columns.travel() < 0 ? 0 : columns.travel() % columns.stride();
    }

    public OutputSize rows() {
        return rows;
    }

    public OutputSize columns() {
        return columns;
    }

    public IntegerProperty heightProperty() {
        return height;
    }

    public IntegerProperty widthProperty() {
        return width;
    }

    public IntegerProperty filterHProperty() {
        return filterH;
    }

    public IntegerProperty filterWProperty() {
        return filterW;
    }

    public IntegerProperty padProperty() {
        return pad;
    }

    public IntegerProperty strideProperty() {
        return stride;
    }

    /** The window position drawn, 0 … positions − 1, in reading order. */
    public IntegerProperty positionProperty() {
        return position;
    }

    /** Window positions: OH·OW, or what a rounding-down framework visits; 0 when the window does not fit. */
    public ReadOnlyIntegerProperty positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    /** "6 × 6": H + 2P by W + 2P. */
    public ReadOnlyStringProperty paddedProperty() {
        return padded.getReadOnlyProperty();
    }

    /** "OH = (4 + 2·1 − 3)/1 + 1 = 4". */
    public ReadOnlyStringProperty heightFormulaProperty() {
        return heightFormula.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty widthFormulaProperty() {
        return widthFormula.getReadOnlyProperty();
    }

    /** "4 × 4", or a dash when the sizes do not fit. */
    public ReadOnlyStringProperty outputTextProperty() {
        return outputText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exactProperty() {
        return exact.getReadOnlyProperty();
    }

    /** Why the sizes do not fit and what rounding down would do, or null when they fit. */
    public ReadOnlyObjectProperty<Message> warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
