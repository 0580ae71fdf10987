package dlfs.app.shell;

import dlfs.app.page.Page;
import dlfs.app.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the window without any control: the pages in course order and the one shown, theme,
 * font size, presentation mode and whether the side panel shows. Unit-tested without a window.
 */
public final class ShellViewModel {
    /** Presentation mode multiplies the font size by this. */
    static final double PRESENTATION_SCALE = 1.6;

    private final List<Page> pages;
    private final ReadOnlyObjectWrapper<Page> currentPage = new ReadOnlyObjectWrapper<>(this, "currentPage");
    private final BooleanProperty presentationMode = new SimpleBooleanProperty(this, "presentationMode");
    private final BooleanProperty infoPaneVisible = new SimpleBooleanProperty(this, "infoPaneVisible", true);
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", Settings.DEFAULT_FONT_SIZE);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObservableList<String> recentModels = FXCollections.observableArrayList();
    private final ObservableList<String> recentDatasets = FXCollections.observableArrayList();
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoPrevious;
    private final IntegerBinding effectiveFontSize;
    private final ObjectBinding<Theme> effectiveTheme;

    public ShellViewModel(List<Page> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("the shell needs at least one page");
        }
        this.pages = List.copyOf(pages);
        currentPage.set(this.pages.get(0));
        canGoNext = Bindings.createBooleanBinding(() -> index() < this.pages.size() - 1, currentPage);
        canGoPrevious = Bindings.createBooleanBinding(() -> index() > 0, currentPage);
        effectiveFontSize = Bindings.createIntegerBinding(() -> (int) Math.round(fontSize.get()
                * (presentationMode.get() ? PRESENTATION_SCALE : 1)), fontSize, presentationMode);
        effectiveTheme = Bindings.createObjectBinding(() -> presentationMode.get() ? Theme.HIGH_CONTRAST : theme.get(),
                theme, presentationMode);
    }

    public List<Page> pages() {
        return pages;
    }

    public ReadOnlyObjectProperty<Page> currentPageProperty() {
        return currentPage.getReadOnlyProperty();
    }

    public Page getCurrentPage() {
        return currentPage.get();
    }

    public void open(Page page) {
        if (!pages.contains(page)) {
            throw new IllegalArgumentException("not a registered page: " + page.key());
        }
        currentPage.set(page);
    }

    /** Opens the page with this key ({@code ch03.overview}); false when there is none. */
    public boolean open(String key) {
        Optional<Page> page = pages.stream().filter(p -> p.key().equals(key)).findFirst();
        page.ifPresent(currentPage::set);
        return page.isPresent();
    }

    /** 1-based position of the current page, for "3 / 12". */
    public int position() {
        return index() + 1;
    }

    private int index() {
        return pages.indexOf(currentPage.get());
    }

    public void next() {
        if (canGoNext.get()) {
            currentPage.set(pages.get(index() + 1));
        }
    }

    public void previous() {
        if (canGoPrevious.get()) {
            currentPage.set(pages.get(index() - 1));
        }
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canGoPreviousProperty() {
        return canGoPrevious;
    }

    /** Projector mode: large fonts, thick lines, high contrast, navigator and menus hidden. */
    public BooleanProperty presentationModeProperty() {
        return presentationMode;
    }

    public void togglePresentationMode() {
        presentationMode.set(!presentationMode.get());
    }

    public BooleanProperty infoPaneVisibleProperty() {
        return infoPaneVisible;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public void largerFont() {
        fontSize.set(Math.min(Settings.MAX_FONT_SIZE, fontSize.get() + 1));
    }

    public void smallerFont() {
        fontSize.set(Math.max(Settings.MIN_FONT_SIZE, fontSize.get() - 1));
    }

    /** The font size in use: scaled up in presentation mode. */
    public IntegerBinding effectiveFontSizeProperty() {
        return effectiveFontSize;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The theme in use: high contrast in presentation mode, the chosen one otherwise. */
    public ObjectBinding<Theme> effectiveThemeProperty() {
        return effectiveTheme;
    }

    /** Model files opened or saved, newest first (File ▸ Open recent model). */
    public ObservableList<String> recentModels() {
        return recentModels;
    }

    /** Data set folders opened, newest first (File ▸ Recent data sets). */
    public ObservableList<String> recentDatasets() {
        return recentDatasets;
    }

    public void rememberModel(Path file) {
        recentModels.setAll(Settings.withRecent(recentModels, file.toAbsolutePath().toString()));
    }

    public void rememberDataset(Path folder) {
        recentDatasets.setAll(Settings.withRecent(recentDatasets, folder.toAbsolutePath().toString()));
    }
}
