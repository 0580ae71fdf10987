package dlfs.app;

import dlfs.app.bench.UiBench;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.app.settings.SettingsStore;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application. Options: {@code --lang ja|en}, {@code --theme light|dark|high-contrast},
 * {@code --snapshot-all DIR}, {@code --bench-ui OUT.json}. Snapshot and benchmark modes neither read nor
 * write the user's settings, so what they produce depends only on the options.
 */
public final class DlfsStudioApp extends Application {
    private static volatile int exitStatus;

    private Studio studio;
    private SettingsStore store;
    private Stage stage;

    public static void main(String[] args) {
        AppOptions options;
        try {
            options = AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("dlfs-studio: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean exits = options.snapshotDir().isPresent() || options.bench().isPresent();
        if (exits && lacksDisplay()) {
            System.err.println("dlfs-studio: --snapshot-all and --bench-ui need a display; without one run under Xvfb: "
                    + "xvfb-run -a java -jar dlfs-studio-all.jar --snapshot-all DIR");
            System.exit(1);
        }
        launch(DlfsStudioApp.class, args);
        if (exits) {
            System.exit(exitStatus);
        }
    }

    /**
     * Linux without X11 or Wayland and without a headless glass platform (Monocle, which the tests
     * use) cannot start JavaFX; say so in one line instead of a stack trace.
     */
    private static boolean lacksDisplay() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("glass.platform") == null;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        boolean snapshot = options.snapshotDir().isPresent();
        store = snapshot || options.bench().isPresent() ? null : new SettingsStore(SettingsStore.defaultFile());
        Settings saved = store == null ? Settings.defaults() : store.load();
        Settings settings = saved.withLanguage(options.language().orElse(saved.language()))
                .withTheme(options.theme().orElse(saved.theme()));

        studio = new Studio(settings, TrainingService.start());
        Scene scene = studio.createScene(settings.width(), settings.height());
        stage.titleProperty().bind(studio.i18n().binding("app.title"));
        for (String icon : List.of("app-64.png", "app-256.png")) {
            Optional.ofNullable(DlfsStudioApp.class.getResource("/dlfs/app/icons/" + icon))
                    .ifPresent(url -> stage.getIcons().add(new Image(url.toExternalForm())));
        }
        stage.setScene(scene);
        if (!snapshot) {
            place(stage, settings.layout(), settings.width(), settings.height());
            studio.guardClose(stage);
        }
        stage.show();
        if (snapshot) {
            new SnapshotRunner(studio, scene, options.snapshotDir().get()).run(status -> {
                exitStatus = status;
                Platform.exit();
            });
        }
        options.bench().ifPresent(bench -> new UiBench(studio, scene, bench).run(status -> {
            exitStatus = status;
            Platform.exit();
        }));
    }

    /** Puts the window where it was, if that place is still on a screen (a monitor may have gone). */
    private static void place(Stage stage, Settings.Layout layout, double width, double height) {
        if (layout.hasPosition()
                && !Screen.getScreensForRectangle(layout.x(), layout.y(), Math.min(width, 200), 40).isEmpty()) {
            stage.setX(layout.x());
            stage.setY(layout.y());
        }
        stage.setMaximized(layout.maximized());
    }

    /** Closing the window: cancel training and wait for the worker, then remember the settings. */
    @Override
    public void stop() {
        if (studio == null) {
            return;
        }
        studio.service().close();
        if (store != null) {
            store.save(studio.settings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized()));
        }
    }
}
