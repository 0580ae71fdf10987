package dlfs.app.ch04;

import dlfs.app.ch04.NumericalDiffViewModel.BookValue;
import dlfs.app.ch04.NumericalDiffViewModel.Function;
import dlfs.app.ch04.NumericalDiffViewModel.Result;
import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.FunctionPlotView;
import dlfs.app.widgets.LegendCorner;
import dlfs.app.widgets.FunctionPlotView.Curve;
import dlfs.app.widgets.FunctionPlotView.Line;
import dlfs.app.widgets.FunctionPlotView.Point;
import dlfs.app.widgets.FunctionPlotView.Polyline;
import dlfs.app.widgets.FunctionPlotView.VerticalLine;
import dlfs.core.gradient.NumericalDerivative;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * 4.3 Numerical differentiation: the tangent of a function at a point you drag, the forward and
 * central differences for any h from 10⁻⁵⁰ to 1 in double and single precision, and the error as a
 * function of h, with the book's printed values as reference.
 */
public final class NumericalDiffPage extends AbstractPage {
    public static final String ID = "numerical-diff";
    /** Error curves are drawn at every quarter decade of h. */
    private static final int STEPS_PER_DECADE = 4;

    private final NumericalDiffViewModel model = new NumericalDiffViewModel();
    private FunctionPlotView errorPlot;
    private final ReadOnlyObjectWrapper<Message> bookLine = new ReadOnlyObjectWrapper<>(this, "bookLine");
    private final ReadOnlyObjectWrapper<Message> roundingLine = new ReadOnlyObjectWrapper<>(this, "roundingLine");

    public NumericalDiffPage(PageContext context) {
        super(context, Chapter.CH04, ID);
    }

    NumericalDiffViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(NumericalDerivative.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(errorPlot);
    }

    @Override
    public void reset() {
        model.showBookValue(NumericalDiffViewModel.BOOK_VALUES[0]);
    }

    @Override
    protected Node createView() {
        Node view = PanelParts.panel(
                PanelParts.heading(i18n(), "ch04.diff.functionAndPoint"),
                functions(),
                sliders(),
                presets(),
                curvePlot(),
                PanelParts.hint(i18n(), "ch04.diff.dragHint"),
                PanelParts.heading(i18n(), "ch04.diff.results"),
                resultTable(),
                PanelParts.message(i18n(), bookLine, "ch04-good", "diff-book"),
                PanelParts.message(i18n(), roundingLine, "ch04-warning", "diff-rounding"),
                PanelParts.heading(i18n(), "ch04.diff.errorVsH"),
                PanelParts.hint(i18n(), "ch04.diff.errorHint"),
                errorPlot());
        model.resultProperty().addListener(obs -> showMessages());
        showMessages();
        return view;
    }

    private Node functions() {
        FlowPane row = PanelParts.choices(i18n(), Function.values(), f -> f.key, "diff-function-",
                model.functionProperty());
        row.getChildren().forEach(choice -> choice.getStyleClass().add("content-text"));
        return row;
    }

    private Node sliders() {
        Slider x = new Slider(model.functionProperty().get().xMin, model.functionProperty().get().xMax, model.xProperty().get());
        x.setId("diff-x");
        x.valueProperty().addListener((obs, old, now) -> model.moveX(now.doubleValue()));
        model.xProperty().addListener((obs, old, now) -> x.setValue(now.doubleValue()));
        model.functionProperty().addListener((obs, old, now) -> {
            x.setMin(now.xMin);
            x.setMax(now.xMax);
            x.setValue(model.xProperty().get());
        });
        Label xValue = PanelParts.value("diff-x-value");
        xValue.textProperty().bind(Bindings.createStringBinding(
                () -> NumberText.equation("x", NumberText.plain(model.xProperty().get())), model.xProperty()));

        Slider h = new Slider(NumericalDiffViewModel.MIN_EXPONENT, NumericalDiffViewModel.MAX_EXPONENT,
                model.exponentProperty().get());
        h.setId("diff-h");
        h.setMajorTickUnit(10);
        h.setMinorTickCount(9);
        h.setSnapToTicks(true);
        h.setShowTickMarks(true);
        h.setBlockIncrement(1);
        h.valueProperty().addListener((obs, old, now) -> model.exponentProperty().set((int) Math.round(now.doubleValue())));
        model.exponentProperty().addListener((obs, old, now) -> h.setValue(now.intValue()));
        Label hValue = PanelParts.value("diff-h-value");
        hValue.textProperty().bind(Bindings.createStringBinding(() -> "h = 1e" + model.exponentProperty().get()
                + "   float32(h) = " + model.result().hSingle(), model.resultProperty()));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("ch04-table");
        grid.addRow(0, PanelParts.text(i18n(), "ch04.diff.point"), x, xValue);
        grid.addRow(1, PanelParts.text(i18n(), "ch04.diff.step"), h, hValue);
        GridPane.setHgrow(x, Priority.ALWAYS);
        GridPane.setHgrow(h, Priority.ALWAYS);
        x.setMinWidth(160);
        h.setMinWidth(160);
        xValue.setMinWidth(70);
        return grid;
    }

    private Node presets() {
        FlowPane row = new FlowPane(8, 6);
        row.setAlignment(Pos.CENTER_LEFT);
        String[] keys = {"ch04.diff.preset.x5", "ch04.diff.preset.x10", "ch04.diff.preset.partialX0",
            "ch04.diff.preset.partialX1"};
        for (int i = 0; i < keys.length; i++) {
            BookValue value = NumericalDiffViewModel.BOOK_VALUES[i];
            row.getChildren().add(PanelParts.button(i18n(), keys[i], "diff-preset-" + i, () -> model.showBookValue(value)));
        }
        row.getChildren().addAll(
                PanelParts.button(i18n(), "ch04.diff.preset.tinyH", "diff-preset-tiny-h",
                        () -> model.exponentProperty().set(NumericalDiffViewModel.MIN_EXPONENT)),
                PanelParts.button(i18n(), "ch04.diff.preset.bookH", "diff-preset-book-h",
                        () -> model.exponentProperty().set(NumericalDiffViewModel.BOOK_EXPONENT)));
        return row;
    }

    private Node curvePlot() {
        FunctionPlotView curvePlot = new FunctionPlotView();
        curvePlot.setId("diff-curve");
        curvePlot.setPrefHeight(300);
        curvePlot.xLabelProperty().set("x");
        curvePlot.yLabelProperty().set("f(x)");
        curvePlot.setOnPointerX(model::moveX);
        curvePlot.legendCornerProperty().set(LegendCorner.TOP_LEFT);
        Runnable show = () -> {
            Function f = model.functionProperty().get();
            Result r = model.result();
            curvePlot.setRange(f.xMin, f.xMax, f.yMin, f.yMax);
            double x = r.x();
            double fx = r.fx();
            double upper = f.f.applyAsDouble(x + r.h());
            double lower = f.f.applyAsDouble(x - r.h());
            List<FunctionPlotView.Item> items = new ArrayList<>();
            items.add(new Curve("f", f.f, 0, false));
            items.add(new Line(i18n().text("ch04.diff.tangent"), r.exact(), fx - r.exact() * x, 2, false));
            items.add(new Line(i18n().text("ch04.diff.forward"), r.forward(), fx - r.forward() * x, 3, true));
            items.add(new Line(i18n().text("ch04.diff.central"), r.central(), upper - r.central() * (x + r.h()), 4, true));
            items.add(new Point("x", x, fx, 2));
            if (r.h() >= (f.xMax - f.xMin) / 200) {
                items.add(new Point("x+h", x + r.h(), upper, 3));
                items.add(new Point("x−h", x - r.h(), lower, 4));
            }
            curvePlot.setItems(items);
        };
        model.resultProperty().addListener(obs -> show.run());
        i18n().bundleProperty().addListener(obs -> show.run());
        show.run();
        return curvePlot;
    }

    private Node resultTable() {
        GridPane table = new GridPane();
        table.getStyleClass().add("ch04-table");
        String[] titles = {"ch04.diff.double", "ch04.diff.error", "ch04.diff.single", "ch04.diff.error"};
        for (int c = 0; c < titles.length; c++) {
            Label title = PanelParts.text(i18n(), titles[c]);
            title.getStyleClass().add("ch04-column-title");
            table.add(title, c + 1, 0);
        }
        String[] rows = {"ch04.diff.forward", "ch04.diff.central", "ch04.diff.exact"};
        String[] ids = {"forward", "central", "exact"};
        Label[][] cells = new Label[rows.length][4];
        for (int r = 0; r < rows.length; r++) {
            table.add(PanelParts.text(i18n(), rows[r]), 0, r + 1);
            for (int c = 0; c < 4; c++) {
                cells[r][c] = PanelParts.cell("diff-" + ids[r] + "-" + c);
                table.add(cells[r][c], c + 1, r + 1);
            }
        }
        Runnable show = () -> {
            Result r = model.result();
            double[][] values = {{r.forward(), r.forwardSingle()}, {r.central(), r.centralSingle()},
                {r.exact(), (float) r.exact()}};
            for (int row = 0; row < values.length; row++) {
                boolean exact = row == values.length - 1;
                // the exact slope is worked out in double too (0.02·10 + 0.1 = 0.30000000000000004): show it rounded
                cells[row][0].setText(exact ? NumberText.significant(values[row][0], 15) : Double.toString(values[row][0]));
                cells[row][1].setText(errorText(values[row][0] - r.exact()));
                cells[row][2].setText(Float.toString((float) values[row][1]));
                cells[row][3].setText(errorText(values[row][1] - r.exact()));
            }
        };
        model.resultProperty().addListener(obs -> show.run());
        show.run();
        return table;
    }

    private static String errorText(double error) {
        if (Double.isNaN(error)) {
            return "NaN";
        }
        return error == 0 ? "0" : String.format(Locale.ROOT, "%.2e", Math.abs(error));
    }

    private void showMessages() {
        Result r = model.result();
        BookValue book = r.book();
        if (book == null) {
            bookLine.set(null);
        } else if (r.matchesBook()) {
            bookLine.set(Message.of("ch04.diff.bookMatch", book.source(), Double.toString(book.value())));
        } else {
            bookLine.set(Message.of("ch04.diff.bookReference", book.source(), Double.toString(book.value())));
        }
        if (r.hSingle() == 0f && r.hLostInDouble()) {
            roundingLine.set(Message.of("ch04.diff.lostInBoth"));
        } else if (r.hSingle() == 0f) {
            roundingLine.set(Message.of("ch04.diff.lostInSingle"));
        } else if (r.hLostInDouble()) {
            roundingLine.set(Message.of("ch04.diff.lostInDouble"));
        } else {
            roundingLine.set(null);
        }
    }

    private Node errorPlot() {
        errorPlot = new FunctionPlotView();
        errorPlot.setId("diff-errors");
        errorPlot.setPrefHeight(280);
        errorPlot.legendCornerProperty().set(LegendCorner.BOTTOM_LEFT);
        errorPlot.setRange(NumericalDiffViewModel.MIN_EXPONENT, NumericalDiffViewModel.MAX_EXPONENT, -18, 1);
        errorPlot.xLabelProperty().set("log₁₀ h");
        errorPlot.yLabelProperty().bind(i18n().binding("ch04.diff.absoluteError"));
        Runnable show = () -> {
            Function f = model.functionProperty().get();
            double x = model.xProperty().get();
            int count = (NumericalDiffViewModel.MAX_EXPONENT - NumericalDiffViewModel.MIN_EXPONENT) * STEPS_PER_DECADE + 1;
            double[] exponents = new double[count];
            double[][] errors = new double[4][count];
            for (int i = 0; i < count; i++) {
                exponents[i] = NumericalDiffViewModel.MIN_EXPONENT + (double) i / STEPS_PER_DECADE;
                double[] e = NumericalDiffViewModel.errors(f, x, Math.pow(10, exponents[i]));
                for (int k = 0; k < 4; k++) {
                    errors[k][i] = Math.log10(e[k]);
                }
            }
            String[] names = {"ch04.diff.forward64", "ch04.diff.central64", "ch04.diff.forward32", "ch04.diff.central32"};
            List<FunctionPlotView.Item> items = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                items.add(new Polyline(i18n().text(names[k]), exponents, errors[k], k, k >= 2));
            }
            items.add(new VerticalLine("", model.exponentProperty().get(), 4, true));
            errorPlot.setItems(items);
        };
        model.functionProperty().addListener(obs -> show.run());
        model.xProperty().addListener(obs -> show.run());
        model.exponentProperty().addListener(obs -> show.run());
        i18n().bundleProperty().addListener(obs -> show.run());
        show.run();
        return errorPlot;
    }
}
