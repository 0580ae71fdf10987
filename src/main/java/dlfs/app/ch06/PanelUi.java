package dlfs.app.ch06;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.widgets.PlotCanvas;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/** The building blocks the chapter's panels share: bound labels, buttons, choices and the scrolling page. */
final class PanelUi {
    static final String WARNING_STYLE = "-fx-text-fill: -dlfs-code-string;";

    private PanelUi() {
    }

    static Label label(I18n i18n, String key, Object... args) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(key, args));
        label.setWrapText(true);
        return label;
    }

    /** A bold column header that never wraps. */
    static Label columnHeader(I18n i18n, String key) {
        Label label = label(i18n, key);
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    static Label heading(I18n i18n, String key) {
        Label label = label(i18n, key);
        label.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em; -fx-text-fill: -dlfs-heading;");
        label.setPadding(new Insets(6, 0, 0, 0));
        return label;
    }

    /** A muted sentence saying what to try. */
    static Label hint(I18n i18n, String key, Object... args) {
        Label label = label(i18n, key, args);
        label.setStyle("-fx-text-fill: -dlfs-muted;");
        return label;
    }

    /** A text that follows a changing message; hidden while the message is null. */
    static Label message(I18n i18n, ObservableValue<Message> message, String style) {
        Label label = new Label();
        label.textProperty().bind(i18n.binding(message));
        label.setWrapText(true);
        label.setStyle(style);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> message.getValue() != null, message));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Numbers or code shown as data. */
    static Label value(ObservableValue<String> text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("content-text");
        return label;
    }

    /** A fixed number or code shown as data, with an id for tests (null for none). */
    static Label data(String text, String id) {
        Label label = new Label(text);
        label.getStyleClass().add("content-text");
        label.setId(id);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    static Button button(I18n i18n, String key, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.binding(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    static CheckBox checkBox(I18n i18n, String key, BooleanProperty property) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(i18n.binding(key));
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    /** A drop-down of constants shown by their bundle texts, kept in step with a property both ways. */
    static <E> ComboBox<E> choice(I18n i18n, List<E> items, Function<E, String> keyOf, ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(items);
        Runnable translate = () -> box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E item) {
                return item == null ? "" : i18n.text(keyOf.apply(item));
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        translate.run();
        i18n.bundleProperty().addListener(obs -> translate.run());
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** The optimizer's name in its plot colour, ticking it on or off. */
    static CheckBox optimizerCheckBox(I18n i18n, OptimizerSettings settings) {
        CheckBox enabled = checkBox(i18n, settings.kind().nameKey(), settings.enabledProperty());
        Color color = PlotCanvas.SERIES_COLORS.get(settings.kind().ordinal());
        // an inline style, because the themes' style sheets would override a text fill set in code
        enabled.setStyle(String.format(Locale.ROOT, "-fx-font-weight: bold; -fx-text-fill: rgb(%d, %d, %d);",
                Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255), Math.round(color.getBlue() * 255)));
        enabled.setMinWidth(Region.USE_PREF_SIZE);
        return enabled;
    }

    /** η and the coefficients of one optimizer; the η field has the id {@code <idPrefix>-lr-<name>}. */
    static HBox optimizerFields(I18n i18n, OptimizerSettings settings, String idPrefix) {
        NumberField lr = NumberField.of(i18n, settings.learningRateProperty(), NumberField.Rule.positive(100)).columns(5);
        lr.setId(idPrefix + "-lr-" + settings.kind().coreName());
        HBox fields = row(labelled(i18n, "ch06.table.learning-rate", lr));
        for (int i = 0; i < settings.kind().coefficients.size(); i++) {
            fields.getChildren().add(labelled(i18n, settings.kind().coefficients.get(i).symbolKey,
                    NumberField.of(i18n, settings.coefficients().get(i), NumberField.Rule.fraction()).columns(4)));
        }
        fields.setAlignment(Pos.BASELINE_LEFT);
        return fields;
    }

    /** Start and stop buttons for a lockstep run, and "iteration i of n" while it goes. */
    static List<Node> runControls(I18n i18n, LockstepRun run, Runnable start, String idPrefix) {
        Button startButton = button(i18n, "ch06.race.start", start);
        startButton.setId(idPrefix + "-start");
        startButton.disableProperty().bind(run.runningProperty());
        Button stop = button(i18n, "ch06.race.stop", run::cancel);
        stop.setId(idPrefix + "-stop");
        stop.disableProperty().bind(run.runningProperty().not());
        Label progress = value(Bindings.createStringBinding(() -> {
            var s = run.snapshot();
            return s.names().isEmpty() ? "" : i18n.text("ch06.race.progress", s.iterations(), s.planned());
        }, run.snapshotProperty(), i18n.bundleProperty()));
        progress.setId(idPrefix + "-progress");
        return List.of(startButton, stop, progress);
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Controls that wrap onto more lines when the page is narrow. */
    static FlowPane flow(Node... nodes) {
        FlowPane flow = new FlowPane(10, 6, nodes);
        flow.setAlignment(Pos.CENTER_LEFT);
        return flow;
    }

    /** A caption and its control side by side. */
    static HBox labelled(I18n i18n, String key, Node control) {
        Label caption = label(i18n, key);
        caption.setWrapText(false);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(4, caption, control);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    /** The page: content in a vertical stack that scrolls and follows the width. */
    static ScrollPane page(Node... content) {
        VBox box = new VBox(10, content);
        box.setPadding(new Insets(12, 16, 16, 16));
        box.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
