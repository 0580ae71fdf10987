package dlfs.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import dlfs.app.page.PageRegistry;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {
    private final List<Page> pages = PageRegistry.createPages(
            new PageContext(new I18n(Language.ENGLISH), new TrainingService(Runnable::run), t -> { }));
    private final ShellViewModel model = new ShellViewModel(pages);

    @Test
    void nextAndPreviousWalkTheCourseAndStopAtItsEnds() {
        assertSame(pages.get(0), model.getCurrentPage());
        assertFalse(model.canGoPreviousProperty().get());
        model.previous();
        assertSame(pages.get(0), model.getCurrentPage());
        for (int i = 1; i < pages.size(); i++) {
            model.next();
            assertSame(pages.get(i), model.getCurrentPage());
            assertEquals(i + 1, model.position());
        }
        assertFalse(model.canGoNextProperty().get());
        model.next();
        assertSame(pages.get(pages.size() - 1), model.getCurrentPage());
        assertTrue(model.open("ch03.overview"));
        assertFalse(model.open("ch99.nothing"));
        assertEquals("ch03.overview", model.getCurrentPage().key());
    }

    @Test
    void presentationModeEnlargesTextAndForcesHighContrast() {
        model.themeProperty().set(Theme.DARK);
        model.fontSizeProperty().set(15);
        model.togglePresentationMode();
        assertEquals(24, model.effectiveFontSizeProperty().get());
        assertEquals(Theme.HIGH_CONTRAST, model.effectiveThemeProperty().get());
        model.togglePresentationMode();
        assertEquals(15, model.effectiveFontSizeProperty().get());
        assertEquals(Theme.DARK, model.effectiveThemeProperty().get());
    }

    @Test
    void fontSizeStaysWithinBounds() {
        for (int i = 0; i < 50; i++) {
            model.largerFont();
        }
        assertEquals(Settings.MAX_FONT_SIZE, model.fontSizeProperty().get());
        for (int i = 0; i < 50; i++) {
            model.smallerFont();
        }
        assertEquals(Settings.MIN_FONT_SIZE, model.fontSizeProperty().get());
    }
}
