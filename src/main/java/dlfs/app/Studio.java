package dlfs.app;

import dlfs.app.i18n.I18n;
import dlfs.app.page.PageContext;
import dlfs.app.page.PageRegistry;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.app.shell.ShellView;
import dlfs.app.shell.ShellViewModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The app assembled: language, the shared training service, every page, the shell's view-model
 * and view. The application and the UI tests build it the same way.
 */
public final class Studio {
    private final I18n i18n;
    private final TrainingService service;
    private final ShellViewModel model;
    private final ShellView view;

    public Studio(Settings settings, TrainingService service) {
        this.service = service;
        i18n = new I18n(settings.language());
        AtomicReference<ShellView> shell = new AtomicReference<>();
        PageContext context = new PageContext(i18n, service, type -> shell.get().showSource(type));
        model = new ShellViewModel(PageRegistry.createPages(context));
        model.themeProperty().set(settings.theme());
        model.fontSizeProperty().set(settings.fontSize());
        model.infoPaneVisibleProperty().set(settings.infoPaneVisible());
        model.open(settings.lastPage());
        model.recentModels().setAll(settings.recentModels());
        model.recentDatasets().setAll(settings.recentDatasets());
        view = new ShellView(model, i18n, service);
        view.setDividerPositions(settings.layout().navigatorDivider(), settings.layout().infoDivider());
        shell.set(view);
    }

    /** A scene showing the shell, with its theme and keys installed. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(view, width, height);
        view.install(scene, service);
        return scene;
    }

    /** The settings to remember, for a window of this size that is not maximized. */
    public Settings settings(double width, double height) {
        return settings(Double.NaN, Double.NaN, width, height, false);
    }

    /** The settings to remember, for a window at this place and of this size. */
    public Settings settings(double x, double y, double width, double height, boolean maximized) {
        double[] dividers = view.dividerPositions();
        return new Settings(i18n.getLanguage(), model.themeProperty().get(), width, height,
                model.getCurrentPage().key(), model.fontSizeProperty().get(), model.infoPaneVisibleProperty().get(),
                new Settings.Layout(x, y, maximized, dividers[0], dividers[1]), List.copyOf(model.recentModels()),
                List.copyOf(model.recentDatasets()));
    }

    /**
     * Makes closing this window ask first when trained models are unsaved (File ▸ Quit goes the same
     * way); cancelling the question keeps the window open.
     */
    public void guardClose(Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (!view.files().confirmClose()) {
                e.consume();
            }
        });
    }

    public I18n i18n() {
        return i18n;
    }

    public TrainingService service() {
        return service;
    }

    public ShellViewModel model() {
        return model;
    }

    public ShellView view() {
        return view;
    }
}
