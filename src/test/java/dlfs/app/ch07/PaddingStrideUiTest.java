package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.PageContext;
import dlfs.app.service.TrainingService;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Picks the book's worked cases and moves the sliders; reads formula (7.1) off the panel. */
@ExtendWith(ApplicationExtension.class)
class PaddingStrideUiTest {
    private I18n i18n;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Language.ENGLISH);
        PaddingStridePage page = new PaddingStridePage(new PageContext(i18n, new TrainingService(Runnable::run), type -> { }));
        stage.setScene(new Scene((Parent) page.view(), 900, 800));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void choose(FxRobot robot, String preset) {
        robot.clickOn("#padding-preset");
        robot.clickOn(preset);
    }

    @Test
    void theBooksThreeWorkedCases(FxRobot robot) {
        assertEquals("OH = (4 + 2·1 − 3)/1 + 1 = 4", text(robot, "#padding-oh"));
        assertEquals("4 × 4", text(robot, "#padding-output"));
        choose(robot, "Fig. 7-7: 7×7, P 0, S 2, 3×3 filter → 3×3");
        assertEquals("OH = (7 + 2·0 − 3)/2 + 1 = 3", text(robot, "#padding-oh"));
        assertEquals("3 × 3", text(robot, "#padding-output"));
        choose(robot, "Book example 3: 28×31, P 2, S 3, 5×5 filter → 10×11");
        assertEquals("OH = (28 + 2·2 − 5)/3 + 1 = 10", text(robot, "#padding-oh"));
        assertEquals("OW = (31 + 2·2 − 5)/3 + 1 = 11", text(robot, "#padding-ow"));
        assertEquals("10 × 11", text(robot, "#padding-output"));
        assertFalse(robot.lookup("#padding-warning").query().isVisible());
    }

    @Test
    void strideThatDoesNotDivideRaisesTheWarning(FxRobot robot) {
        Slider stride = robot.lookup("#padding-s").queryAs(Slider.class);
        robot.interact(stride::requestFocus);
        robot.type(KeyCode.RIGHT);
        assertEquals(2.0, stride.getValue());
        assertEquals("OH = (4 + 2·1 − 3)/2 + 1 = 2.5", text(robot, "#padding-oh"));
        Label warning = robot.lookup("#padding-warning").queryAs(Label.class);
        assertTrue(warning.isVisible());
        assertTrue(warning.getText().contains("would give a 2 × 2 output"), warning.getText());
        assertEquals("—", text(robot, "#padding-output"));
        robot.type(KeyCode.RIGHT);
        assertEquals("OH = (4 + 2·1 − 3)/3 + 1 = 2", text(robot, "#padding-oh"));
        assertFalse(warning.isVisible());
    }

    @Test
    void japaneseShowsTheSameNumbers(FxRobot robot) {
        robot.interact(() -> i18n.setLanguage(Language.JAPANESE));
        choose(robot, "講義資料：8×8、P 1、S 2、3×3 フィルター → 割り切れない");
        assertEquals("OH = (8 + 2·1 − 3)/2 + 1 = 4.5", text(robot, "#padding-oh"));
        assertTrue(text(robot, "#padding-warning").contains("4 × 4"));
    }
}
