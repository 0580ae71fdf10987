package dlfs.app.ch07;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.PageContext;
import dlfs.app.service.TrainingService;
import dlfs.app.widgets.NumberGridView;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the stepper with the mouse and keyboard and reads the book's numbers off the panel. */
@ExtendWith(ApplicationExtension.class)
class ConvolutionStepperUiTest {
    private ConvolutionStepperPage page;

    @Start
    void start(Stage stage) {
        page = new ConvolutionStepperPage(new PageContext(new I18n(Language.ENGLISH), new TrainingService(Runnable::run),
                type -> { }));
        stage.setScene(new Scene((Parent) page.view(), 900, 800));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void stepperShowsEachProductThenTheBiasThenTheBooksOutput(FxRobot robot) {
        robot.clickOn("#conv-step");
        Button step = robot.lookup("#conv-step").queryButton();
        for (int i = 1; i < 9; i++) {
            robot.interact(step::fire);
        }
        assertEquals("1×2 + 2×0 + 3×1 + 0×0 + 1×1 + 2×2 + 3×1 + 0×0 + 1×2 = 15", text(robot, "#conv-expression"));
        assertEquals("Window position 1 of 4: product 9 of 9", text(robot, "#conv-position"));
        robot.clickOn("#conv-step");
        assertEquals("1×2 + 2×0 + 3×1 + 0×0 + 1×1 + 2×2 + 3×1 + 0×0 + 1×2 = 15\n15 + 3 = 18",
                text(robot, "#conv-expression"));
        NumberGridView output = robot.lookup("#conv-output").queryAs(NumberGridView.class);
        assertEquals("[[18, ·], [·, ·]]", output.valuesText());
        robot.clickOn("#conv-next");
        assertEquals("[[18, 19], [·, ·]]", output.valuesText());
        robot.clickOn("#conv-all");
        assertEquals("[[18, 19], [9, 18]]", output.valuesText());
        assertEquals("[[18, 19], [9, 18]]", text(robot, "#conv-layer-output"));
    }

    @Test
    void biasZeroGivesTheBareConvolution(FxRobot robot) {
        robot.doubleClickOn("#conv-bias").eraseText(3).write("0");
        robot.clickOn("#conv-all");
        assertEquals("[[15, 16], [6, 15]]", text(robot, "#conv-layer-output"));
        assertEquals("[[15, 16], [6, 15]]", robot.lookup("#conv-output").queryAs(NumberGridView.class).valuesText());
    }

    @Test
    void nonsenseInACellIsFlaggedAndIgnored(FxRobot robot) {
        TextField cell = robot.lookup("#conv-input-1-0-0").queryAs(TextField.class);
        robot.doubleClickOn(cell).eraseText(3).write("x");
        assertTrue(cell.getStyleClass().contains("invalid"));
        assertTrue(robot.lookup(".validation-message").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((Label) n).getText().startsWith("Each cell must hold a number")));
        robot.clickOn("#conv-all");
        assertEquals("[[18, 19], [9, 18]]", text(robot, "#conv-layer-output"), "the last valid input is kept");
        robot.doubleClickOn(cell).eraseText(3).write("2").type(KeyCode.TAB);
        robot.clickOn("#conv-all");
        assertEquals("[[20, 19], [9, 18]]", text(robot, "#conv-layer-output"), "x(0,0) now 2: +1×2");
    }

    @Test
    void bookButtonRestoresTheExampleAfterChanges(FxRobot robot) {
        robot.interact(() -> page.model().padProperty().set(1));
        robot.clickOn("#conv-book");
        robot.clickOn("#conv-all");
        assertEquals("[[18, 19], [9, 18]]", text(robot, "#conv-layer-output"));
        assertEquals("(10, 20, 24, 24)", text(robot, "#shapes-output"));
    }
}
