package dlfs.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dlfs.app.Studio;
import dlfs.app.i18n.Language;
import dlfs.app.page.Page;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.app.widgets.NumberSlider;
import dlfs.core.data.DatasetId;
import dlfs.core.data.DatasetLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every editable text input of the chapter panels (2 to 8) gets nonsense typed in and committed: no
 * exception may escape, the page must keep working, and text that is not a value at all must either
 * be refused on the spot (the field shows a valid value again) or answered by a message on the page.
 */
@ExtendWith(ApplicationExtension.class)
class InputValidationUiTest {
    private static final Set<String> CHAPTERS = Set.of("ch02", "ch03", "ch04", "ch05", "ch06", "ch07", "ch08");
    private static final List<String> NONSENSE = List.of("abc", "-1", "0", "1e9", "", "((", "1e400");

    private Studio studio;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        Settings settings = new Settings(Language.ENGLISH, Theme.LIGHT, 1100, 700, "", 14, false);
        studio = new Studio(settings, new TrainingService(task -> { }));
        studio.view().setDialogs(new RecordingDialogs());
        Scene scene = studio.createScene(settings.width(), settings.height());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeService(FxRobot robot) {
        robot.interact(studio.service()::close);
    }

    private static void collect(Node node, List<TextInputControl> inputs, List<Labeled> labels) {
        if (node instanceof TextInputControl input) {
            if (input.isEditable() && !input.isDisabled() && shown(input)) {
                inputs.add(input);
            }
            return;
        }
        if (node instanceof Labeled label) {
            labels.add(label);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, inputs, labels);
            }
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The texts of the page's visible labels, to see whether a message appeared. */
    private static List<String> visibleTexts(List<Labeled> labels) {
        List<String> texts = new ArrayList<>();
        for (Labeled l : labels) {
            texts.add(shown(l) ? l.getText() : "");
        }
        return texts;
    }

    /** The input's id, or its place among its parents when it has none. */
    private static String describe(Node input) {
        if (input.getId() != null) {
            return "#" + input.getId();
        }
        StringBuilder path = new StringBuilder(input.getClass().getSimpleName());
        for (Node n = input.getParent(); n != null && path.length() < 120; n = n.getParent()) {
            path.append(" in ").append(n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName());
        }
        return path.toString();
    }

    /** Types the text and commits it as the user would: Enter, then focus elsewhere. */
    private static void commit(Page page, TextInputControl input, String text) {
        input.requestFocus();
        input.setText(text);
        if (input instanceof TextField field) {
            field.fireEvent(new ActionEvent(field, field));
        }
        page.view().requestFocus();
    }

    @Test
    void nonsenseInEveryChapterInputIsRefusedWithoutAnException(FxRobot robot) {
        List<String> silent = new ArrayList<>();
        int[] checked = new int[1];
        for (Page page : studio.model().pages()) {
            if (!CHAPTERS.contains(page.chapter().id())) {
                continue;
            }
            // Open first: scroll panes and tabs give their content as children only once their skin exists.
            robot.interact(() -> studio.model().open(page));
            robot.interact(() -> {
                List<TextInputControl> inputs = new ArrayList<>();
                List<Labeled> labels = new ArrayList<>();
                collect(page.view(), inputs, labels);
                for (TextInputControl input : inputs) {
                    String original = input.getText();
                    for (String typed : NONSENSE) {
                        commit(page, input, original);
                        List<String> before = visibleTexts(labels);
                        commit(page, input, typed);
                        checked[0]++;
                        boolean notAValue = typed.equals("abc") || typed.equals("((");
                        if (notAValue && input.getText().equals(typed) && visibleTexts(labels).equals(before)) {
                            silent.add(page.key() + " " + describe(input) + " ← " + typed);
                        }
                    }
                    commit(page, input, original);
                }
            });
            assertTrue(studio.view().pageErrorProperty().get() == null, page.key() + " still works");
        }
        assertTrue(checked[0] > 100, "inputs checked: " + checked[0]);
        assertTrue(uncaught.isEmpty(), "exceptions: " + uncaught);
        assertTrue(silent.isEmpty(), "nonsense accepted without a word:\n" + String.join("\n", silent));
    }

    /** One nonsense value for one control, and the message that must then show on its page. */
    private record Case(String page, String control, String typed, String message) {
    }

    private Page page(String key) {
        return studio.model().pages().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    /** The text input of a control: the control itself, or the field of a slider-with-field. */
    private static TextInputControl input(Node control) {
        if (control instanceof TextInputControl input) {
            return input;
        }
        return ((NumberSlider) control).field();
    }

    private static boolean showsText(Page page, String expected) {
        List<TextInputControl> inputs = new ArrayList<>();
        List<Labeled> labels = new ArrayList<>();
        collect(page.view(), inputs, labels);
        return visibleTexts(labels).stream().anyMatch(t -> t != null && t.contains(expected));
    }

    @Test
    void hyperParameterNonsenseGetsItsMessageNextToTheControl(FxRobot robot) throws Exception {
        List<Case> cases = new ArrayList<>(List.of(
                new Case("ch02.perceptron-learning", "#learning-rate", "0", "Enter a value from 0.0001 to 10."),
                new Case("ch02.perceptron-learning", "#learning-rate", "1e9", "Enter a value from 0.0001 to 10."),
                new Case("ch03.mnist", "#mnist-batch-size", "0", "Enter a value from 1 to 10000."),
                new Case("ch04.training-lab", "#training-lr", "0", "Must be a finite number above 0"),
                new Case("ch04.training-lab", "#training-hidden", "-5", "Must be between 1 and"),
                new Case("ch04.training-lab", "#training-batch", "0", "Must be between 1 and"),
                new Case("ch06.batch-norm", "#bn-batch", "1", "Enter between 2 and"),
                new Case("ch06.batch-norm", "#bn-batch", "1, x, 3", "Enter between 2 and")));
        if (DatasetLocator.standard(null).locateDefault().id() == DatasetId.MNIST_MINI) {
            cases.add(new Case("ch03.mnist", "#mnist-batch-size", "5000",
                    "The test set has only 2,000 images: choose a batch size of at most 2,000."));
        }
        for (Case c : cases) {
            Page page = page(c.page());
            robot.interact(() -> studio.model().open(page));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> page.view().lookup(c.control()) != null);
            robot.interact(() -> commit(page, input(page.view().lookup(c.control())), c.typed()));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showsText(page, c.message()));
            } catch (java.util.concurrent.TimeoutException e) {
                fail("no message for " + c);
            }
        }
        assertTrue(uncaught.isEmpty(), "exceptions: " + uncaught);
    }
}
