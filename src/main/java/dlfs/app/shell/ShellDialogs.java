package dlfs.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question and message the shell puts to the user in a window of its own: file choosers,
 * errors, notes, and the question before closing with unsaved models. The app uses
 * {@link FxShellDialogs}; tests put in answers of their own, since modal windows would wait forever.
 */
public interface ShellDialogs {
    /** The answer to "save the trained models before closing?". */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** A file to read; {@code filterKey} names the file type, {@code pattern} e.g. {@code *.npz}. */
    Optional<Path> chooseOpenFile(String filterKey, String pattern);

    /** A file to write, proposing {@code initialName}. */
    Optional<Path> chooseSaveFile(String filterKey, String pattern, String initialName);

    /** A folder to read, with a bundle title. */
    Optional<Path> chooseFolder(String titleKey);

    /** Something went wrong: a header that names the file, a detail that says what. */
    void showError(String header, String detail);

    /** Something worth knowing went right. */
    void showInformation(String header, String detail);

    /** Asks what to do with the trained models of these pages (their titles) before closing. */
    UnsavedChoice askAboutUnsaved(List<String> pageTitles);
}
