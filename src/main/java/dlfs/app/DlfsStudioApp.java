package dlfs.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application. */
public final class DlfsStudioApp extends Application {
    public static void main(String[] args) {
        launch(DlfsStudioApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("dlfs-studio");
        stage.setScene(new Scene(new StackPane(new Label("dlfs-studio")), 1280, 800));
        stage.show();
    }
}
