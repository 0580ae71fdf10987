package dlfs.app.playground;

import dlfs.app.i18n.I18n;
import dlfs.app.widgets.DigitCanvas;
import dlfs.app.widgets.DigitCanvas.Tool;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The drawing pad with its tools: pen or eraser, pen width, undo and clear. */
final class DrawingPane extends VBox {
    private final DigitCanvas canvas = new DigitCanvas();
    private final Slider width = new Slider(DigitCanvas.MIN_PEN_WIDTH, DigitCanvas.MAX_PEN_WIDTH,
            DigitCanvas.DEFAULT_PEN_WIDTH);
    private final ToggleButton pen = new ToggleButton();

    DrawingPane(I18n i18n) {
        super(8);
        canvas.setId("playground-canvas");
        canvas.promptTextProperty().bind(i18n.binding("playground.draw.prompt"));
        canvas.accessibleTextProperty().bind(i18n.binding("playground.draw.accessible"));

        ToggleGroup tools = new ToggleGroup();
        ToggleButton eraser = new ToggleButton();
        pen.setId("playground-pen");
        eraser.setId("playground-eraser");
        pen.textProperty().bind(i18n.binding("playground.draw.pen"));
        eraser.textProperty().bind(i18n.binding("playground.draw.eraser"));
        eraser.setTooltip(Texts.tooltip(i18n, "playground.draw.eraser.tooltip"));
        pen.setToggleGroup(tools);
        eraser.setToggleGroup(tools);
        pen.setSelected(true);
        tools.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                canvas.toolProperty().set(now == eraser ? Tool.ERASER : Tool.PEN);
            }
        });
        canvas.toolProperty().addListener((obs, old, now) -> (now == Tool.ERASER ? eraser : pen).setSelected(true));

        Button undo = Texts.button(i18n, "playground-undo", "playground.draw.undo", canvas::undo);
        undo.disableProperty().bind(canvas.emptyProperty());
        Button clear = Texts.button(i18n, "playground-clear", "playground.draw.clear", canvas::clear);
        clear.disableProperty().bind(canvas.emptyProperty());

        width.setId("playground-pen-width");
        width.setPrefWidth(130);
        width.setBlockIncrement(2);
        canvas.penWidthProperty().bind(width.valueProperty());
        Label widthValue = Texts.data(new Label());
        widthValue.textProperty().bind(width.valueProperty().asString("%.0f px"));
        widthValue.setMinWidth(44);
        FlowPane widthRow = new FlowPane(6, 4, Texts.label(i18n, "playground.draw.width"), width, widthValue);
        widthRow.setAlignment(Pos.CENTER_LEFT);
        widthRow.setPrefWrapLength(DigitCanvas.SIZE);
        FlowPane buttons = new FlowPane(6, 6, pen, eraser, undo, clear);
        buttons.setPrefWrapLength(DigitCanvas.SIZE);
        getChildren().addAll(Texts.heading(i18n, "playground.draw.heading"), canvas, buttons, widthRow);
        setMaxWidth(DigitCanvas.SIZE + 4);
    }

    DigitCanvas canvas() {
        return canvas;
    }

    /** Pen, default width, empty pad. */
    void reset() {
        canvas.clear();
        pen.setSelected(true);
        width.setValue(DigitCanvas.DEFAULT_PEN_WIDTH);
    }
}
