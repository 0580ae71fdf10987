package dlfs.app.playground;

import dlfs.app.Studio;
import dlfs.app.i18n.Language;
import dlfs.app.service.TrainingService;
import dlfs.app.settings.Settings;
import dlfs.app.shell.Theme;
import dlfs.app.widgets.DigitCanvas;
import dlfs.core.io.ModelFile;
import dlfs.core.network.Network;
import dlfs.core.random.Rng;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Developer entry point, not part of the app: opens the studio on the playground under a real
 * display (Xvfb), draws digits with the platform robot (real mouse events) and then either writes
 * screenshots of the panel mid-recognition (playground-en.png and playground-ja.png) or prints each
 * model's latencies (event → answer in the scene, event → painted frame, one reading). Options: {@code -Dplayground.theme=DARK}, {@code
 * -Dplayground.presentation=true}, {@code -Dplayground.scroll=0..1} (scroll the page before the shot).
 * <pre>
 *   xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/classes:target/test-classes:CLASSPATH \
 *       'dlfs.app.playground.PlaygroundDemo$Main' screenshot assets/screenshots
 *   ... 'dlfs.app.playground.PlaygroundDemo$Main' latency
 * </pre>
 */
public final class PlaygroundDemo extends Application {
    /** The launcher's entry: the java launcher wants a main class that is not an Application. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            launch(PlaygroundDemo.class, args);
        }
    }

    private Studio studio;
    private Scene scene;
    private PlaygroundPage page;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        boolean screenshot = args.get(0).equals("screenshot");
        Theme theme = Theme.valueOf(System.getProperty("playground.theme", "LIGHT"));
        Settings settings = new Settings(Language.ENGLISH, theme, 1440, 900, "playground." + PlaygroundPage.ID, 14,
                false);
        studio = new Studio(settings, TrainingService.start());
        scene = studio.createScene(settings.width(), settings.height());
        stage.setScene(scene);
        stage.show();
        page = (PlaygroundPage) studio.model().getCurrentPage();
        Thread script = new Thread(() -> {
            try {
                if (screenshot) {
                    screenshot(Path.of(args.get(1)));
                } else {
                    latency();
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
            Platform.runLater(() -> {
                studio.service().close();
                Platform.exit();
            });
        }, "demo-script");
        script.setDaemon(true);
        script.start();
    }

    /**
     * Trains SimpleConvNet through the panel (the "Train it here" path), draws a few digits (the
     * last one a 2), points at a grey pixel of the 28×28 input, and writes the window in English
     * and in Japanese.
     */
    private void screenshot(Path folder) throws Exception {
        PlaygroundViewModel model = page.model();
        DigitModel simple = fx(() -> model.models().get(DigitModelKind.SIMPLE_CONVNET.ordinal()));
        long started = System.nanoTime();
        fx(() -> {
            model.selectedModelProperty().set(simple);
            if (simple.getState() != DigitModel.State.READY) {
                model.trainSelected();
            }
            return null;
        });
        while (fx(simple::getState) != DigitModel.State.READY) {
            Thread.sleep(500);
        }
        System.out.printf("SimpleConvNet ready after %.1f s%n", (System.nanoTime() - started) / 1e9);
        DigitCanvas canvas = canvas();
        for (int warmUp = 0; warmUp < 4; warmUp++) {
            drawAndClear(canvas);
        }
        if (Boolean.getBoolean("playground.fineTune")) {
            fineTuneOnTwos(model, canvas);
        }
        drawTwo();
        Thread.sleep(300);
        int[] pixel = fx(() -> greyPixel(model.preparedProperty().get().pixels()));
        hoverInput(pixel[0], pixel[1]);
        double scroll = Double.parseDouble(System.getProperty("playground.scroll", "0"));
        fx(() -> {
            ((javafx.scene.control.ScrollPane) scene.lookup("#playground")).setVvalue(scroll);
            studio.model().presentationModeProperty().set(Boolean.getBoolean("playground.presentation"));
            return null;
        });
        Thread.sleep(500);
        snapshot(folder.resolve("playground-en.png"));
        fx(() -> {
            studio.i18n().setLanguage(Language.JAPANESE);
            return null;
        });
        Thread.sleep(500);
        snapshot(folder.resolve("playground-ja.png"));
    }

    /** Stores three 2s in the user's digits (a temporary folder's) and fine-tunes the chosen model on them. */
    private void fineTuneOnTwos(PlaygroundViewModel model, DigitCanvas canvas) throws Exception {
        for (int i = 0; i < 3; i++) {
            drawTwo();
            Thread.sleep(200);
            fx(() -> {
                model.labelProperty().set(2);
                model.addDrawing();
                return null;
            });
            Thread.sleep(500);
            fx(() -> {
                canvas.clear();
                return null;
            });
        }
        fx(() -> {
            model.fineTuneSelected();
            return null;
        });
        while (fx(() -> model.jobProperty().get()) != null) {
            Thread.sleep(500);
        }
    }

    /** Row and column of the first partly inked pixel (an anti-aliased edge), to show a value between 0 and 1. */
    private static int[] greyPixel(double[] pixels) {
        for (int p = 0; p < pixels.length; p++) {
            if (pixels[p] > 0.3 && pixels[p] < 0.9) {
                return new int[] {p / 28, p % 28};
            }
        }
        return new int[] {14, 14};
    }

    private void snapshot(Path file) throws Exception {
        fx(() -> {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            return null;
        });
        System.out.println("wrote " + file);
    }

    private void latency() throws Exception {
        PlaygroundViewModel model = page.model();
        Path folder = Files.createTempDirectory("playground-latency");
        for (DigitModelKind kind : DigitModelKind.values()) {
            Network network = kind.create(new Rng(1));
            Path file = folder.resolve(kind.networkType() + ".npz");
            ModelFile.save(file, ModelFile.Contents.of(network, null, Map.of()));
            int before = fx(() -> model.models().size());
            fx(() -> {
                model.open(file);
                return null;
            });
            while (fx(() -> model.models().size()) == before) {
                Thread.sleep(100);
            }
            DigitModel opened = fx(() -> model.models().get(before));
            DigitCanvas canvas = canvas();
            for (int round = 0; round < 3; round++) {
                drawAndClear(canvas);
            }
            fx(() -> {
                opened.latency().clear();
                opened.sceneLatency().clear();
                opened.computeTime().clear();
                return null;
            });
            for (int round = 0; round < 8; round++) {
                drawAndClear(canvas);
            }
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            fx(() -> {
                System.out.printf("%-14s to scene p50 %5.2f ms  p95 %5.2f ms | to frame p50 %5.2f ms  p95 %5.2f ms"
                                + " | reading p50 %5.2f ms  p95 %5.2f ms | %d inputs | load average %.1f%n",
                        kind.networkType(), opened.sceneLatency().p50(), opened.sceneLatency().p95(),
                        opened.latency().p50(), opened.latency().p95(), opened.computeTime().p50(),
                        opened.computeTime().p95(), opened.latency().count(), load);
                return null;
            });
        }
    }

    private void drawAndClear(DigitCanvas canvas) throws Exception {
        drawTwo();
        fx(() -> {
            canvas.clear();
            return null;
        });
        Thread.sleep(200);
    }

    /** A "2" in three strokes' worth of points, drawn as one stroke with real mouse events. */
    private void drawTwo() throws Exception {
        List<Point2D> path = new java.util.ArrayList<>();
        for (int i = 0; i <= 30; i++) {
            double a = Math.PI * (1.1 - 1.25 * i / 30.0);
            path.add(new Point2D(140 + 55 * Math.cos(a), 105 - 50 * Math.sin(a)));
        }
        Point2D end = path.get(path.size() - 1);
        for (int i = 1; i <= 25; i++) {
            double t = i / 25.0;
            path.add(new Point2D(end.getX() + (85 - end.getX()) * t, end.getY() + (225 - end.getY()) * t));
        }
        for (int i = 1; i <= 20; i++) {
            path.add(new Point2D(85 + 120 * i / 20.0, 225));
        }
        Robot robot = fx(Robot::new);
        DigitCanvas canvas = canvas();
        Point2D first = fx(() -> canvas.localToScreen(path.get(0)));
        fx(() -> {
            robot.mouseMove(first);
            robot.mousePress(MouseButton.PRIMARY);
            return null;
        });
        for (Point2D p : path) {
            Point2D screen = fx(() -> canvas.localToScreen(p));
            fx(() -> {
                robot.mouseMove(screen);
                return null;
            });
            Thread.sleep(9);
        }
        fx(() -> {
            robot.mouseRelease(MouseButton.PRIMARY);
            return null;
        });
    }

    private void hoverInput(int row, int column) throws Exception {
        Node input = fx(() -> scene.lookup("#playground-input"));
        fx(() -> {
            double cell = Math.floor(Math.min(input.getLayoutBounds().getWidth(), input.getLayoutBounds().getHeight()) / 28);
            double x = (input.getLayoutBounds().getWidth() - 28 * cell) / 2 + (column + 0.5) * cell;
            double y = (input.getLayoutBounds().getHeight() - 28 * cell) / 2 + (row + 0.5) * cell;
            new Robot().mouseMove(input.localToScreen(x, y));
            return null;
        });
    }

    private DigitCanvas canvas() throws Exception {
        return fx(() -> (DigitCanvas) scene.lookup("#playground-canvas"));
    }

    /** Runs on the FX thread and waits for the result. */
    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
