package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import dlfs.app.page.Page;
import dlfs.app.service.TrainingService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The window's content: menus on top, the chapter navigator left, the page with its header in the
 * centre, the explanation / formulas / code panel right, the training status bar at the bottom.
 */
public final class ShellView extends BorderPane {
    private final ShellViewModel model;
    private final I18n i18n;
    private final NavigatorView navigator;
    private final InfoPane info;
    private final SplitPane split = new SplitPane();
    private final BorderPane pageArea = new BorderPane();
    private final StackPane pageHost = new StackPane();
    private final ReadOnlyObjectWrapper<Throwable> pageError = new ReadOnlyObjectWrapper<>(this, "pageError");
    private final double[] dividers = {0.2, 0.63};
    private final FileActions files;
    private ShellDialogs dialogs;

    public ShellView(ShellViewModel model, I18n i18n, TrainingService service) {
        this.model = model;
        this.i18n = i18n;
        getStyleClass().add("shell");
        navigator = new NavigatorView(model, i18n);
        navigator.setMinWidth(0);
        info = new InfoPane(i18n);

        dialogs = new FxShellDialogs(i18n, this::window);
        files = new FileActions(model, i18n, () -> dialogs, this::requestClose);
        MenuBar menus = ShellMenus.create(model, i18n, files, new HelpDialogs(model, i18n, this::window));
        menus.visibleProperty().bind(model.presentationModeProperty().not());
        menus.managedProperty().bind(menus.visibleProperty());
        setTop(menus);

        pageHost.getStyleClass().add("page-host");
        pageArea.setTop(header());
        pageArea.setCenter(pageHost);
        pageArea.setMinWidth(0);
        setCenter(split);
        setBottom(new StatusBar(new StatusBarViewModel(service, i18n), i18n));

        model.currentPageProperty().addListener((obs, old, page) -> showPage(page));
        model.presentationModeProperty().addListener(obs -> arrangeSplit());
        model.infoPaneVisibleProperty().addListener(obs -> arrangeSplit());
        arrangeSplit();
        showPage(model.getCurrentPage());
    }

    /** Adds the keys and theme handling to the scene that shows this view. */
    public void install(Scene scene, TrainingService service) {
        ThemeManager.install(scene, model, i18n);
        KeyboardShortcuts.install(scene, model, service);
    }

    private HBox header() {
        Button previous = navigationButton("page.previous", "page-previous", model::previous);
        previous.disableProperty().bind(model.canGoPreviousProperty().not());
        Button next = navigationButton("page.next", "page-next", model::next);
        next.disableProperty().bind(model.canGoNextProperty().not());
        Label title = new Label();
        title.getStyleClass().add("page-title");
        title.setMinWidth(0);
        title.setWrapText(true);
        Label position = new Label();
        position.getStyleClass().add("page-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        model.currentPageProperty().addListener((obs, old, page) -> bindHeader(title, position, page));
        bindHeader(title, position, model.getCurrentPage());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(12, previous, title, position, next);
        header.getStyleClass().add("page-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void bindHeader(Label title, Label position, Page page) {
        title.textProperty().bind(i18n.binding(page.titleKey()));
        position.textProperty().bind(i18n.binding("page.position", model.position(), model.pages().size()));
    }

    private Button navigationButton(String key, String id, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.binding(key));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.binding(key + ".tooltip"));
        button.setTooltip(tooltip);
        button.setOnAction(e -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void showPage(Page page) {
        try {
            pageHost.getChildren().setAll(page.view());
            pageError.set(null);
        } catch (RuntimeException e) {
            Label error = new Label();
            error.textProperty().bind(i18n.binding("page.error", String.valueOf(e.getMessage())));
            error.setWrapText(true);
            pageHost.getChildren().setAll(error);
            pageError.set(e);
        }
        info.showPage(page);
    }

    /** Opens the Code tab on a core class (the pages' link to the source). */
    public void showSource(Class<?> type) {
        model.infoPaneVisibleProperty().set(true);
        info.showSource(type);
    }

    /** Why the current page could not be built, or null. */
    public ReadOnlyObjectProperty<Throwable> pageErrorProperty() {
        return pageError.getReadOnlyProperty();
    }

    private void arrangeSplit() {
        arrangeSplit(true);
    }

    /** Lays out the split for the current modes, first remembering the dividers when asked. */
    private void arrangeSplit(boolean rememberCurrent) {
        double[] now = split.getDividerPositions();
        if (rememberCurrent && split.getItems().size() == 3 && now.length == 2) {
            dividers[0] = now[0];
            dividers[1] = now[1];
        }
        boolean presenting = model.presentationModeProperty().get();
        boolean withInfo = model.infoPaneVisibleProperty().get();
        split.getItems().clear();
        if (!presenting) {
            split.getItems().add(navigator);
            SplitPane.setResizableWithParent(navigator, false);
        }
        split.getItems().add(pageArea);
        if (withInfo) {
            split.getItems().add(info);
            SplitPane.setResizableWithParent(info, false);
        }
        if (!presenting && withInfo) {
            split.setDividerPositions(dividers);
        } else if (!presenting) {
            split.setDividerPositions(dividers[0]);
        } else if (withInfo) {
            split.setDividerPositions(dividers[1]);
        }
    }

    /** The File menu's actions, e.g. to open a model or a data set folder without a chooser. */
    public FileActions files() {
        return files;
    }

    /** Replaces the choosers and message boxes (tests answer them themselves). */
    public void setDialogs(ShellDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Positions of the dividers right of the navigator and left of the side panel, as fractions. */
    public double[] dividerPositions() {
        double[] now = split.getDividerPositions();
        if (split.getItems().size() == 3 && now.length == 2) {
            return now.clone();
        }
        return dividers.clone();
    }

    /** Puts the dividers where a previous run left them. */
    public void setDividerPositions(double navigator, double info) {
        dividers[0] = navigator;
        dividers[1] = info;
        arrangeSplit(false);
    }

    /** File ▸ Quit: asks the window to close, which goes through the same checks as its close button. */
    private void requestClose() {
        Window window = window();
        if (window != null) {
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
