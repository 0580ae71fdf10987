package dlfs.app.ch04;

import dlfs.app.ch04.GradientDescentViewModel.BookRun;
import dlfs.app.ch04.GradientDescentViewModel.Surface;
import dlfs.app.ch04.GradientDescentViewModel.Trajectory;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.ContourPlotView;
import dlfs.app.widgets.Exportable;
import dlfs.core.gradient.GradientDescent;
import dlfs.core.gradient.NumericalGradient;
import dlfs.core.tensor.Tensor;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.util.Duration;

/**
 * 4.4 Gradient field and gradient descent: the contours of x₀² + x₁² with the arrows of −∇f, a start
 * point to drag, and the path of x ← x − η∇f for the book's three learning rates or any other, step
 * by step or animated, with the end point next to the one the book prints.
 */
public final class GradientDescentPage extends AbstractPage {
    public static final String ID = "gradient-descent";
    /** Half the width of the area shown around the origin. */
    private static final double EXTENT = 5;
    /** Distance between two arrows of the −∇f field. */
    private static final double ARROW_SPACING = 0.75;
    /** A run is animated over about this many frames, whatever the number of steps. */
    private static final int RUN_FRAMES = 40;

    private final GradientDescentViewModel model = new GradientDescentViewModel();
    private ContourPlotView plot;
    private final ReadOnlyObjectWrapper<Message> bookCheck = new ReadOnlyObjectWrapper<>(this, "bookCheck");
    private final ReadOnlyObjectWrapper<Message> readout = new ReadOnlyObjectWrapper<>(this, "readout");
    private Timeline animation;
    private boolean movingMarker;

    public GradientDescentPage(PageContext context) {
        super(context, Chapter.CH04, ID);
    }

    GradientDescentViewModel model() {
        return model;
    }

    /** True while Run is animating the path. */
    boolean isRunning() {
        return animation != null && animation.getStatus() == Animation.Status.RUNNING;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(GradientDescent.class, NumericalGradient.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(plot);
    }

    @Override
    public void reset() {
        stopAnimation();
        model.useBookRun(GradientDescentViewModel.BOOK_RUNS.get(0));
    }

    @Override
    protected Node createView() {
        plot = new ContourPlotView();
        animation = new Timeline(new KeyFrame(Duration.millis(16), e -> animate()));
        animation.setCycleCount(Animation.INDEFINITE);
        Node view = PanelParts.panel(
                PanelParts.heading(i18n(), "ch04.descent.surfaceAndStart"),
                surfaces(),
                inputs(),
                buttons(),
                contourPlot(),
                PanelParts.hint(i18n(), "ch04.descent.dragHint"),
                PanelParts.message(i18n(), readout, "content-text", "descent-readout"),
                PanelParts.message(i18n(), bookCheck, "ch04-good", "descent-book-check"),
                PanelParts.heading(i18n(), "ch04.descent.bookRuns"),
                bookTable());
        model.trajectoryProperty().addListener(obs -> showTrajectory());
        model.surfaceProperty().addListener(obs -> showSurface());
        showSurface();
        showTrajectory();
        return view;
    }

    private Node surfaces() {
        FlowPane row = PanelParts.choices(i18n(), Surface.values(), s -> s.key, "descent-surface-",
                model.surfaceProperty());
        CheckBox arrows = new CheckBox();
        arrows.setId("descent-arrows");
        arrows.textProperty().bind(i18n().binding("ch04.descent.arrows"));
        arrows.selectedProperty().bindBidirectional(plot.showArrowsProperty());
        CheckBox shading = new CheckBox();
        shading.setId("descent-shading");
        shading.textProperty().bind(i18n().binding("ch04.descent.shading"));
        shading.selectedProperty().bindBidirectional(plot.showShadingProperty());
        row.getChildren().addAll(arrows, shading);
        return row;
    }

    private Node inputs() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("ch04-table");
        grid.addRow(0, PanelParts.text(i18n(), "ch04.descent.start"),
                new FlowPane(6, 4, PanelParts.field(model.startX0(), "descent-x0", 6),
                        PanelParts.field(model.startX1(), "descent-x1", 6),
                        PanelParts.button(i18n(), "ch04.descent.bookStart", "descent-book-start", this::useBookStart)));
        grid.add(PanelParts.fieldError(i18n(), model.startX0(), "descent-x0-error"), 1, 1);
        grid.add(PanelParts.fieldError(i18n(), model.startX1(), "descent-x1-error"), 1, 2);

        FlowPane rates = new FlowPane(6, 4, PanelParts.field(model.learningRate(), "descent-lr", 8));
        rates.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < GradientDescentViewModel.BOOK_RUNS.size(); i++) {
            BookRun run = GradientDescentViewModel.BOOK_RUNS.get(i);
            rates.getChildren().add(PanelParts.button(i18n(), run.presetKey(), "descent-preset-" + i, () -> useBookRun(run)));
        }
        grid.addRow(3, PanelParts.text(i18n(), "ch04.descent.learningRate"), rates);
        grid.add(PanelParts.fieldError(i18n(), model.learningRate(), "descent-lr-error"), 1, 4);
        grid.addRow(5, PanelParts.text(i18n(), "ch04.descent.steps"), PanelParts.field(model.steps(), "descent-steps", 6));
        grid.add(PanelParts.fieldError(i18n(), model.steps(), "descent-steps-error"), 1, 6);
        return grid;
    }

    private Node buttons() {
        Button step = PanelParts.button(i18n(), "ch04.descent.step", "descent-step", () -> {
            stopAnimation();
            model.step();
        });
        Button run = PanelParts.button(i18n(), "ch04.descent.run", "descent-run", this::run);
        Button reset = PanelParts.button(i18n(), "ch04.descent.reset", "descent-reset", () -> {
            stopAnimation();
            model.restart();
        });
        Runnable ready = () -> {
            boolean ok = model.isReady();
            step.setDisable(!ok);
            run.setDisable(!ok);
        };
        for (NumberInput input : List.of(model.startX0(), model.startX1(), model.learningRate(), model.steps())) {
            input.errorProperty().addListener(obs -> ready.run());
        }
        ready.run();
        FlowPane row = new FlowPane(8, 6, step, run, reset);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void stopAnimation() {
        if (animation != null) {
            animation.stop();
        }
    }

    private void useBookStart() {
        stopAnimation();
        model.useBookStart();
    }

    private void useBookRun(BookRun run) {
        stopAnimation();
        model.useBookRun(run);
    }

    private void run() {
        model.restartIfComplete();
        animation.playFromStart();
    }

    private void animate() {
        int perFrame = Math.max(1, (int) Math.ceil(model.steps().value() / RUN_FRAMES));
        for (int i = 0; i < perFrame && model.stepsRemaining() > 0; i++) {
            model.step();
        }
        if (model.stepsRemaining() == 0) {
            animation.stop();
        }
    }

    private Node contourPlot() {
        plot.setId("descent-plot");
        plot.setPrefHeight(430);
        plot.xLabelProperty().set("x₀");
        plot.yLabelProperty().set("x₁");
        plot.markerDraggableProperty().set(true);
        plot.markerProperty().addListener((obs, old, now) -> {
            if (!movingMarker && now != null) {
                stopAnimation();
                model.moveStart(now.getX(), now.getY());
            }
        });
        return plot;
    }

    private void showSurface() {
        Surface surface = model.surfaceProperty().get();
        plot.setFunction(surface::at, -EXTENT, EXTENT, -EXTENT, EXTENT);
        plot.setLevels(surface == Surface.BOWL ? ContourPlotView.logLevels(0.25, 64, 9)
                : ContourPlotView.linearLevels(-24, 24, 13));
        plot.setVectorField((x, y, out) -> {
            double[] g = NumericalGradient.of(surface.f, Tensor.vector(x, y)).data();
            out[0] = -g[0];
            out[1] = -g[1];
        }, ARROW_SPACING);
    }

    private void showTrajectory() {
        Trajectory path = model.trajectory();
        double[] start = path.points().get(0);
        movingMarker = true;
        plot.markerProperty().set(new Point2D(start[0], start[1]));
        movingMarker = false;
        int n = path.points().size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = path.points().get(i)[0];
            ys[i] = path.points().get(i)[1];
        }
        String name = model.learningRate().isValid() ? NumberText.equation("η", NumberText.plain(model.learningRate().value())) : "";
        plot.setPaths(List.of(new ContourPlotView.Path(name, xs, ys, 3, true)));

        double[] end = path.end();
        double value = model.surfaceProperty().get().at(end[0], end[1]);
        double[] gradient = model.gradientAtStart();
        readout.set(Message.of("ch04.descent.readout", path.steps(), NumberText.numpy(end),
                NumberText.significant(value, 6), NumberText.numpy(start), NumberText.numpy(gradient)));
        BookRun book = model.bookRun();
        if (book == null) {
            bookCheck.set(null);
        } else if (model.matchesBook()) {
            bookCheck.set(Message.of("ch04.descent.bookMatch", NumberText.numpy(book.end())));
        } else {
            bookCheck.set(Message.of("ch04.descent.bookPending", NumberText.numpy(book.end())));
        }
    }

    /** Per book run two lines: what the book prints, and what the core computes here. */
    private Node bookTable() {
        GridPane table = new GridPane();
        table.getStyleClass().add("ch04-table");
        for (int r = 0; r < GradientDescentViewModel.BOOK_RUNS.size(); r++) {
            BookRun run = GradientDescentViewModel.BOOK_RUNS.get(r);
            double[] ours = GradientDescentViewModel.reproduce(run);
            Label rate = PanelParts.cell("descent-book-lr-" + r);
            rate.setText(NumberText.equation("η", NumberText.plain(run.learningRate())));
            Label book = PanelParts.cell("descent-book-end-" + r);
            book.setText(NumberText.numpy(run.end()));
            Label computed = PanelParts.cell("descent-our-end-" + r);
            computed.setText(NumberText.numpy(ours) + (GradientDescentViewModel.agrees(run.end(), ours) ? "  ✓" : ""));
            table.addRow(2 * r, rate, PanelParts.text(i18n(), "ch04.descent.bookEnd"), book);
            table.add(PanelParts.text(i18n(), "ch04.descent.ourEnd"), 1, 2 * r + 1);
            table.add(computed, 2, 2 * r + 1);
        }
        return table;
    }
}
