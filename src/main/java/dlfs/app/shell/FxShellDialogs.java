package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link ShellDialogs} with JavaFX's choosers and alerts, owned by the app's window. */
public final class FxShellDialogs implements ShellDialogs {
    private final I18n i18n;
    private final Supplier<Window> owner;

    public FxShellDialogs(I18n i18n, Supplier<Window> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseOpenFile(String filterKey, String pattern) {
        return Optional.ofNullable(chooser(filterKey, pattern, null).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String filterKey, String pattern, String initialName) {
        return Optional.ofNullable(chooser(filterKey, pattern, initialName).showSaveDialog(owner.get()))
                .map(File::toPath);
    }

    private FileChooser chooser(String filterKey, String pattern, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text(filterKey), pattern));
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.text(titleKey));
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showError(String header, String detail) {
        alert(Alert.AlertType.ERROR, header, detail).showAndWait();
    }

    @Override
    public void showInformation(String header, String detail) {
        alert(Alert.AlertType.INFORMATION, header, detail).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String detail) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setHeaderText(header);
        alert.setContentText(detail);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    @Override
    public UnsavedChoice askAboutUnsaved(List<String> pageTitles) {
        ButtonType save = new ButtonType(i18n.text("close.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(i18n.text("close.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(i18n.text("close.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, i18n.text("close.unsaved.header"),
                i18n.text("close.unsaved.detail", String.join(", ", pageTitles)));
        alert.getButtonTypes().setAll(save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }
}
