package dlfs.app.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests: choosers and questions take queued answers, messages are recorded. */
final class RecordingDialogs implements ShellDialogs {
    /** One message shown: error or information. */
    record Shown(boolean error, String header, String detail) {
    }

    final List<Shown> shown = new ArrayList<>();
    final Deque<Path> files = new ArrayDeque<>();
    final Deque<UnsavedChoice> answers = new ArrayDeque<>();
    int questions;

    @Override
    public Optional<Path> chooseOpenFile(String filterKey, String pattern) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String filterKey, String pattern, String initialName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void showError(String header, String detail) {
        shown.add(new Shown(true, header, detail));
    }

    @Override
    public void showInformation(String header, String detail) {
        shown.add(new Shown(false, header, detail));
    }

    @Override
    public UnsavedChoice askAboutUnsaved(List<String> pageTitles) {
        questions++;
        return answers.isEmpty() ? UnsavedChoice.CANCEL : answers.poll();
    }

    Shown last() {
        return shown.get(shown.size() - 1);
    }
}
