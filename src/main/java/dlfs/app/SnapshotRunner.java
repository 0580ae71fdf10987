package dlfs.app;

import dlfs.app.page.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/**
 * Snapshot mode: opens every page in course order, lets it render for a few pulses, and writes
 * {@code DIR/<chapter>-<page>.png}. Reports 0 when all pages were written, 1 otherwise (each failure
 * named on stderr).
 */
public final class SnapshotRunner {
    /** Pulses to wait after opening a page: layout, CSS, then the plots' first paint. */
    static final int FRAMES_PER_PAGE = 3;

    private final Studio studio;
    private final Scene scene;
    private final Path directory;
    private final List<String> failures = new ArrayList<>();

    public SnapshotRunner(Studio studio, Scene scene, Path directory) {
        this.studio = studio;
        this.scene = scene;
        this.directory = directory;
    }

    /** Starts on the FX thread; {@code done} receives the exit status when every page is written. */
    public void run(IntConsumer done) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            System.err.println("dlfs-studio: cannot create snapshot folder " + directory + ": " + e.getMessage());
            done.accept(1);
            return;
        }
        next(0, done);
    }

    private void next(int index, IntConsumer done) {
        List<Page> pages = studio.model().pages();
        if (index == pages.size()) {
            failures.forEach(failure -> System.err.println("dlfs-studio: snapshot failed: " + failure));
            System.out.println("dlfs-studio: wrote " + (pages.size() - failures.size()) + " of " + pages.size()
                    + " page snapshots to " + directory);
            done.accept(failures.isEmpty() ? 0 : 1);
            return;
        }
        Page page = pages.get(index);
        studio.model().open(page);
        afterFrames(FRAMES_PER_PAGE, () -> {
            capture(page);
            next(index + 1, done);
        });
    }

    private void capture(Page page) {
        String name = fileName(page);
        if (studio.view().pageErrorProperty().get() != null) {
            failures.add(name + ": " + studio.view().pageErrorProperty().get());
            return;
        }
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    directory.resolve(name).toFile());
        } catch (IOException | RuntimeException e) {
            failures.add(name + ": " + e);
        }
    }

    /** {@code ch02-overview.png}. */
    public static String fileName(Page page) {
        return page.chapter().id() + "-" + page.id() + ".png";
    }

    private static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
