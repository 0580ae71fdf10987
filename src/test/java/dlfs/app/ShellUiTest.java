package dlfs.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dlfs.app.i18n.Language;
import dlfs.app.i18n.Message;
import dlfs.app.page.Page;
import dlfs.app.service.JobContext;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProbe;
import dlfs.app.service.JobProgress;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingJob;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.app.shell.JavaHighlighter;
import dlfs.app.shell.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole shell in a window: navigation, language, presentation mode, status bar, snapshots. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {
    private Studio studio;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Settings settings = new Settings(Language.ENGLISH, Theme.LIGHT, 1200, 700, "", 14, true);
        studio = new Studio(settings, TrainingService.start());
        scene = studio.createScene(settings.width(), settings.height());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeService(FxRobot robot) {
        robot.interact(studio.service()::close);
    }

    /** Clicks the showing node with this text (menus leave hidden popups behind between tests). */
    private static void clickText(FxRobot robot, String text) {
        Node node = robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.isVisible()
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .query();
        robot.clickOn(node);
    }

    /** Waits for the condition, then for the FX thread to finish what it was doing when it became true. */
    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shows(Page page) {
        return studio.model().getCurrentPage() == page && page.view().getScene() == scene;
    }

    @Test
    void ctrlArrowsStepThroughEveryPage(FxRobot robot) {
        List<Page> pages = studio.model().pages();
        robot.clickOn("#page-next");
        robot.clickOn("#page-previous");
        assertTrue(shows(pages.get(0)));
        for (int i = 1; i < pages.size(); i++) {
            robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
            assertTrue(shows(pages.get(i)), "page " + pages.get(i).key() + " after Ctrl+→");
        }
        robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        assertTrue(shows(pages.get(pages.size() - 2)));
    }

    @Test
    void navigatorOpensEveryPage(FxRobot robot) {
        List<Page> pages = studio.model().pages();
        Page last = pages.get(pages.size() - 1);
        clickRow(robot, navigatorRow(robot, last));
        assertTrue(shows(last), "clicking a row opens its page");
        clickRow(robot, navigatorRow(robot, pages.get(0)));
        assertTrue(shows(pages.get(0)));
        TreeView<?> tree = robot.lookup(".navigator").queryAs(TreeView.class);
        for (Page page : pages.subList(1, pages.size())) {
            for (int rows = 0; rows < 5 && tree.getSelectionModel().getSelectedItem().getValue() != page; rows++) {
                robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
            }
            assertTrue(shows(page), "page " + page.key() + " after moving down the navigator");
        }
    }

    /** Clicks near the start of a row: a long title makes the cell wider than the navigator's visible part. */
    private static void clickRow(FxRobot robot, TreeCell<?> row) {
        Bounds bounds = row.localToScreen(row.getBoundsInLocal());
        robot.clickOn(new Point2D(bounds.getMinX() + 24, bounds.getCenterY()));
    }

    private static boolean showsVertically(Node outer, Node inner) {
        Bounds o = outer.localToScreen(outer.getBoundsInLocal());
        Bounds i = inner.localToScreen(inner.getBoundsInLocal());
        return i.getMinY() >= o.getMinY() && i.getMaxY() <= o.getMaxY();
    }

    private static TreeCell<?> navigatorRow(FxRobot robot, Page page) {
        // with every chapter's panels listed the tree is taller than the window: bring the row into view first
        TreeView<?> tree = robot.lookup(".navigator").queryAs(TreeView.class);
        robot.interact(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (tree.getTreeItem(row).getValue() == page) {
                    tree.scrollTo(row);
                }
            }
            tree.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the virtual flow keeps recycled cells off screen: take the one that is shown inside the tree
        return robot.lookup(".tree-cell").<TreeCell<?>>queryAll().stream()
                .filter(c -> c.getItem() == page && c.isVisible()
                        && showsVertically(tree, c))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no navigator row for " + page.key()));
    }

    @Test
    void switchingLanguageChangesEveryVisibleText(FxRobot robot) {
        robot.interact(() -> studio.model().open("ch05.overview"));
        Map<Labeled, String> english = visibleTexts();
        // the navigator's virtual flow may give a cell another row after a relayout: compare rows by their item
        Map<Object, String> englishByItem = new java.util.HashMap<>();
        english.forEach((label, text) -> {
            if (label instanceof TreeCell<?> cell && cell.getItem() != null) {
                englishByItem.put(cell.getItem(), text);
            }
        });
        clickText(robot, "View");
        clickText(robot, "Language");
        clickText(robot, "日本語");
        assertEquals(Language.JAPANESE, studio.i18n().getLanguage());
        Map<Labeled, String> japanese = visibleTexts();
        int compared = 0;
        for (Map.Entry<Labeled, String> entry : english.entrySet()) {
            String after = japanese.get(entry.getKey());
            // some terms are the same in both bundles on purpose (the Japanese edition, too, writes "Batch Normalization")
            if (after != null && !SAME_IN_BOTH_LANGUAGES.contains(entry.getValue())) {
                compared++;
                assertNotEquals(entry.getValue(), after, "text did not follow the language: " + entry.getValue());
            }
        }
        assertTrue(compared >= 30, "compared " + compared + " texts");
        assertTrue(scene.getRoot().getStyle().contains("-fx-font-family") || javafx.scene.text.Font.getFamilies()
                .stream().noneMatch(f -> f.startsWith("IPA")), "a Japanese font is named explicitly");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.interact(() -> studio.i18n().setLanguage(Language.ENGLISH));
        Map<Labeled, String> back = visibleTexts();
        english.forEach((label, text) -> {
            String expected = label instanceof TreeCell<?> cell ? englishByItem.get(cell.getItem()) : text;
            if (back.containsKey(label) && expected != null) {
                assertEquals(expected, back.get(label), "English text restored");
            }
        });
    }

    /** Bundle values that are identical in English and Japanese: not expected to change with the language. */
    private static final java.util.Set<String> SAME_IN_BOTH_LANGUAGES = sameInBothLanguages();

    private static java.util.Set<String> sameInBothLanguages() {
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("dlfs.app.messages", java.util.Locale.ENGLISH);
        java.util.ResourceBundle ja = java.util.ResourceBundle.getBundle("dlfs.app.messages", java.util.Locale.JAPANESE);
        java.util.Set<String> same = new java.util.HashSet<>();
        for (String key : en.keySet()) {
            if (ja.containsKey(key) && en.getString(key).equals(ja.getString(key))) {
                same.add(en.getString(key));
            }
        }
        return same;
    }

    /** Texts of the shell's visible labels, buttons, tabs and cells; page content and code excluded. */
    private Map<Labeled, String> visibleTexts() {
        Map<Labeled, String> texts = new IdentityHashMap<>();
        collect(scene.getRoot(), texts);
        return texts;
    }

    private static void collect(Node node, Map<Labeled, String> texts) {
        if (!node.isVisible() || node.getStyleClass().contains("content-text")
                || node.getStyleClass().contains("formula")
                || node instanceof IndexedCell && !(node instanceof TreeCell)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().codePoints().anyMatch(Character::isLetter)) {
            texts.put(labeled, labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    @Test
    void presentationModeHidesNavigatorAndMenusAndEnlargesText(FxRobot robot) {
        MenuBar menus = robot.lookup(".shell-menu-bar").queryAs(MenuBar.class);
        int normalSize = studio.model().effectiveFontSizeProperty().get();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertTrue(studio.model().presentationModeProperty().get());
        assertFalse(menus.isVisible());
        assertTrue(robot.lookup(".navigator").tryQuery().map(n -> n.getScene() == null).orElse(true),
                "navigator out of the window");
        assertTrue(scene.getRoot().getStyleClass().contains("presentation"));
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("theme-high-contrast.css")));
        assertTrue(studio.model().effectiveFontSizeProperty().get() > normalSize);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertTrue(menus.isVisible());
        assertTrue(robot.lookup(".navigator").tryQuery().isPresent());
        assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("theme-light.css")));
    }

    @Test
    void coreClassLinkOpensItsSourceInTheCodeTab(FxRobot robot) {
        robot.interact(() -> studio.model().open("ch05.overview"));
        Hyperlink link = robot.lookup(".hyperlink").<Hyperlink>queryAll().stream()
                .filter(h -> h.getText().equals("Affine")).findFirst().orElseThrow();
        robot.interact(link::fire);
        ListView<?> code = robot.lookup(".source-code").queryAs(ListView.class);
        assertTrue(code.isVisible());
        assertTrue(code.getItems().size() > 20);
        assertTrue(code.getItems().stream().map(line -> ((List<?>) line).stream()
                .map(token -> ((JavaHighlighter.Token) token).text()).collect(Collectors.joining()))
                .anyMatch(line -> line.contains("class Affine implements")));
    }

    @Test
    void statusBarPausesStepsResumesAndCancelsAJob(FxRobot robot) throws Exception {
        AtomicInteger steps = new AtomicInteger();
        AtomicReference<JobHandle> handle = new AtomicReference<>();
        robot.interact(() -> {
            studio.service().stepDelayMillisProperty().set(2);
            handle.set(studio.service().submit(endless(steps)));
        });
        waitUntil(() -> handle.get().getState() == JobState.RUNNING && steps.get() > 0);
        assertEquals("Chapter 4 at a glance: learning from data", robot.lookup(".status-title").queryLabeled().getText());

        robot.clickOn("#status-pause");
        // the handle says PAUSED at once; the step running then ends first and the worker waits after it
        waitUntil(() -> handle.get().getState() == JobState.PAUSED && JobProbe.isWaitingWhilePaused(handle.get()));
        int paused = steps.get();
        robot.clickOn("#status-step");
        waitUntil(() -> steps.get() == paused + 1 && JobProbe.isWaitingWhilePaused(handle.get()));
        Thread.sleep(50); // not a wait: room for a second step, which would be wrong, to show
        assertEquals(paused + 1, steps.get(), "exactly one step");

        robot.clickOn("#status-resume");
        waitUntil(() -> handle.get().getState() == JobState.RUNNING && steps.get() > paused + 3);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> handle.get().getState() == JobState.PAUSED);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> handle.get().getState() == JobState.RUNNING);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertFalse(studio.model().presentationModeProperty().get());

        robot.clickOn("#status-cancel");
        waitUntil(() -> handle.get().getState() == JobState.CANCELLED);
        assertTrue(robot.lookup("#status-cancel").query().isDisabled());
    }

    private static TrainingJob endless(AtomicInteger steps) {
        return new TrainingJob() {
            @Override
            public Message title() {
                return Message.of("page.ch04.overview.title");
            }

            @Override
            public void run(JobContext context) {
                while (true) {
                    context.checkpoint();
                    int step = steps.incrementAndGet();
                    context.publish(JobProgress.of(step, 1_000_000, step / 1000, 1.0 / step));
                }
            }
        };
    }

    @Test
    void snapshotModeWritesOnePngPerPage(FxRobot robot, @TempDir Path folder) throws Exception {
        AtomicInteger status = new AtomicInteger(-1);
        robot.interact(() -> new SnapshotRunner(studio, scene, folder).run(status::set));
        // every page is opened and rendered in turn: allow a few seconds per page on a busy machine
        WaitForAsyncUtils.waitFor(10 + 5L * studio.model().pages().size(), TimeUnit.SECONDS, () -> status.get() >= 0);
        assertEquals(0, status.get());
        for (Page page : studio.model().pages()) {
            BufferedImage image = ImageIO.read(folder.resolve(SnapshotRunner.fileName(page)).toFile());
            assertEquals((int) scene.getWidth(), image.getWidth(), page.key());
            assertEquals((int) scene.getHeight(), image.getHeight(), page.key());
        }
        assertSame(studio.model().pages().get(studio.model().pages().size() - 1), studio.model().getCurrentPage());
    }
}
