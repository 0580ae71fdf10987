package dlfs.app.ch07;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.widgets.LineSeries;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The building blocks the chapter 7 and 8 panels share: bound labels and buttons, number controls
 * that cannot hold nonsense, a scrolling page with the panels' stylesheet, and a way to feed a
 * curve from a list of points.
 */
public final class PanelControls {
    /** Layout of these panels, on top of the theme's named colours. */
    public static final String STYLESHEET = "/dlfs/app/ch07/cnn-panels.css";

    private PanelControls() {
    }

    /** The page: sections stacked vertically, scrolling when the window is small. */
    public static ScrollPane page(Node... sections) {
        VBox content = new VBox(12, sections);
        content.getStyleClass().add("cnn-panel");
        content.setPadding(new Insets(12, 16, 20, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStylesheets().add(Objects.requireNonNull(PanelControls.class.getResource(STYLESHEET)).toExternalForm());
        return scroll;
    }

    /** A wrapped label showing a bundle text. */
    public static Label text(I18n i18n, String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(key, args));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A muted explanatory note. */
    public static Label note(I18n i18n, String key, Object... args) {
        return styled(text(i18n, key, args), "panel-note");
    }

    /** A section heading. */
    public static Label heading(I18n i18n, String key) {
        return styled(text(i18n, key), "panel-heading");
    }

    /** A short caption above a grid or a picture. */
    public static Label caption(I18n i18n, String key, Object... args) {
        Label label = styled(text(i18n, key, args), "grid-caption");
        label.setWrapText(false);
        return label;
    }

    /** A label showing a changing message in the current language; it takes no room while the message is null. */
    public static Label message(I18n i18n, ObservableValue<Message> message) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(message));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** A red message next to a control that is hidden while there is nothing wrong. */
    public static Label validation(I18n i18n, ObservableValue<Message> problem) {
        return styled(message(i18n, problem), "validation-message");
    }

    /** Numbers or code shown as data, not translated. */
    public static Label data(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("content-text");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    /** A fixed number or code shown as data. */
    public static Label data(String text) {
        return data(new ReadOnlyStringWrapper(text).getReadOnlyProperty());
    }

    public static Button button(I18n i18n, String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.binding(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** An integer spinner without a text field, so it can only hold values in [min, max]. */
    public static Spinner<Integer> spinner(int min, int max, int initial) {
        return spinner(min, max, initial, 1);
    }

    /** As {@link #spinner(int, int, int)}, moving in steps of {@code step}. */
    public static Spinner<Integer> spinner(int min, int max, int initial, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, initial, step);
        spinner.setEditable(false);
        spinner.getEditor().setPrefColumnCount(String.valueOf(max).length() + 2);
        spinner.setPrefWidth(Region.USE_COMPUTED_SIZE);
        return spinner;
    }

    /** A slider that snaps to whole numbers. */
    public static Slider integerSlider(int min, int max, int initial) {
        Slider slider = new Slider(min, max, initial);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        return slider;
    }

    /** A bound label followed by its control, e.g. "Stride S [2]". */
    public static HBox labelled(I18n i18n, String key, Node control) {
        HBox row = new HBox(6, text(i18n, key), control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Nodes side by side, wrapping to the next line when the page is narrow. */
    public static FlowPane flow(Node... nodes) {
        FlowPane flow = new FlowPane(10, 8, nodes);
        flow.setAlignment(Pos.CENTER_LEFT);
        return flow;
    }

    /** A caption above a node. */
    public static VBox captioned(Label caption, Node node) {
        VBox box = new VBox(4, caption, node);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    /** A framed group of nodes. */
    public static VBox section(Node... nodes) {
        VBox box = new VBox(8, nodes);
        box.getStyleClass().add("section-box");
        return box;
    }

    /** A drop-down list whose entries show bundle texts and follow the language. */
    public static <T> ComboBox<T> choice(I18n i18n, List<T> items, Function<T, String> key) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setCellFactory(list -> new TranslatedCell<>(i18n, key));
        combo.setButtonCell(new TranslatedCell<>(i18n, key));
        return combo;
    }

    /** A list cell showing the bundle text of its item. */
    private static final class TranslatedCell<T> extends ListCell<T> {
        private final I18n i18n;
        private final Function<T, String> key;

        TranslatedCell(I18n i18n, Function<T, String> key) {
            this.i18n = i18n;
            this.key = key;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(i18n.binding(key.apply(item)));
            }
        }
    }

    /**
     * Buttons side by side of which exactly one is pressed, one per value, kept in step with
     * {@code property} both ways; button ids are {@code <idPrefix>-<value in lower case>}.
     */
    public static <E extends Enum<E>> HBox toggles(I18n i18n, List<E> values, Function<E, String> key,
                                                   ObjectProperty<E> property, String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        for (E value : values) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(i18n.binding(key.apply(value)));
            button.setToggleGroup(group);
            button.setUserData(value);
            button.setId(idPrefix + "-" + value.name().toLowerCase(Locale.ROOT));
            button.setSelected(value == property.get());
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                E chosen = (E) now.getUserData();
                property.set(chosen);
            }
        });
        property.addListener((obs, old, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        return box;
    }

    /** A mathematical operator between two pictures, such as ⊛ or →. */
    public static Label operator(String symbol) {
        Label label = new Label(symbol);
        label.getStyleClass().add("operator");
        return label;
    }

    public static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    /** Keeps a chart series equal to a list of points: what is there now, then every change. */
    public static void follow(ObservableList<Point2D> points, LineSeries series) {
        series.clear();
        points.forEach(p -> series.add(p.getX(), p.getY()));
        points.addListener((ListChangeListener<Point2D>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    series.clear();
                    points.forEach(p -> series.add(p.getX(), p.getY()));
                    return;
                }
                List<? extends Point2D> added = change.getAddedSubList();
                added.forEach(p -> series.add(p.getX(), p.getY()));
            }
        });
    }
}
