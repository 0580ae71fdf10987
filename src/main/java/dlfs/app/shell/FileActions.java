package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import dlfs.app.page.ModelFiles;
import dlfs.app.page.Page;
import dlfs.app.widgets.Exportable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File menu: choose a file, then export the current page's plot or open / save its model. */
final class FileActions {
    /** Writes one export format. */
    private interface Export {
        void write(Exportable plot, Path file) throws IOException;
    }

    /** Reads or writes a model. */
    private interface ModelIo {
        void apply(ModelFiles model, Path file) throws IOException;
    }

    private final ShellViewModel model;
    private final I18n i18n;
    private final Supplier<Window> owner;

    FileActions(ShellViewModel model, I18n i18n, Supplier<Window> owner) {
        this.model = model;
        this.i18n = i18n;
        this.owner = owner;
    }

    void exportPng() {
        export("file.filter.png", "png", Exportable::writePng);
    }

    void exportSvg() {
        export("file.filter.svg", "svg", Exportable::writeSvg);
    }

    void exportCsv() {
        export("file.filter.csv", "csv", Exportable::writeCsv);
    }

    private void export(String filterKey, String extension, Export export) {
        Page page = model.getCurrentPage();
        page.exportable().ifPresent(plot -> {
            File file = chooser(filterKey, "*." + extension,
                    page.chapter().id() + "-" + page.id() + "." + extension).showSaveDialog(owner.get());
            if (file != null) {
                run(() -> export.write(plot, file.toPath()), file);
            }
        });
    }

    void openModel() {
        model(true, ModelFiles::open);
    }

    void saveModel() {
        model(false, ModelFiles::save);
    }

    private void model(boolean open, ModelIo io) {
        Page page = model.getCurrentPage();
        page.modelFiles().ifPresent(files -> {
            FileChooser chooser = chooser("file.filter.model", "*.npz", page.id() + ".npz");
            File file = open ? chooser.showOpenDialog(owner.get()) : chooser.showSaveDialog(owner.get());
            if (file != null) {
                run(() -> io.apply(files, file.toPath()), file);
            }
        });
    }

    void quit() {
        Window window = owner.get();
        if (window != null) {
            window.hide();
        }
        Platform.exit();
    }

    private FileChooser chooser(String filterKey, String pattern, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text(filterKey), pattern));
        chooser.setInitialFileName(initialName);
        return chooser;
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void run(FileWork work, File file) {
        try {
            work.run();
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner.get());
            alert.setHeaderText(i18n.text("file.error", file.getName()));
            alert.setContentText(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            alert.showAndWait();
        }
    }
}
