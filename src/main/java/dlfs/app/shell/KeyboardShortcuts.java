package dlfs.app.shell;

import dlfs.app.service.TrainingService;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Window-wide keys. F5 (presentation), Esc (leave it) and Ctrl+→ / Ctrl+← (next / previous page)
 * always work. The job keys — Space play/pause, → one step, + / − speed, R reset the page — work
 * whenever the focused control does not use the key itself; in presentation mode they take
 * priority over every control, since the instructor drives the app from the keyboard.
 */
final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    static void install(Scene scene, ShellViewModel model, TrainingService service) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5) {
                model.togglePresentationMode();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && model.presentationModeProperty().get()) {
                model.presentationModeProperty().set(false);
                event.consume();
            } else if (event.isShortcutDown() && event.getCode() == KeyCode.RIGHT) {
                model.next();
                event.consume();
            } else if (event.isShortcutDown() && event.getCode() == KeyCode.LEFT) {
                model.previous();
                event.consume();
            } else if (model.presentationModeProperty().get() && !ownsKeys(scene.getFocusOwner())) {
                jobKey(event, model, service);
            }
        });
        EventHandler<KeyEvent> unconsumed = event -> {
            if (!ownsKeys(scene.getFocusOwner())) {
                jobKey(event, model, service);
            }
        };
        scene.addEventHandler(KeyEvent.KEY_PRESSED, unconsumed);
    }

    /** Controls that need Space, arrows or letters themselves. */
    private static boolean ownsKeys(Node focused) {
        return focused instanceof TextInputControl || focused instanceof Slider || focused instanceof Spinner
                || focused instanceof ComboBoxBase;
    }

    private static void jobKey(KeyEvent event, ShellViewModel model, TrainingService service) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case SPACE -> service.togglePause();
            case RIGHT -> service.stepCurrent();
            case PLUS, ADD, EQUALS -> service.faster();
            case MINUS, SUBTRACT -> service.slower();
            case R -> model.getCurrentPage().reset();
            default -> {
                return;
            }
        }
        event.consume();
    }
}
