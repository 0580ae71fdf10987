package dlfs.app.ch03;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.BarChartView;
import dlfs.app.widgets.BoundControls;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.NumberSlider;
import dlfs.core.function.Functions;
import dlfs.core.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Chapter 3's softmax lab: edit the scores and follow the computation column by column, exp, sum,
 * probabilities, with the maximum subtracted or not; the book's [1010, 1000, 990] shows the naive
 * formula overflowing to NaN while the stable one gives clean probabilities.
 */
public final class SoftmaxPage extends AbstractPage {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private final SoftmaxViewModel model = new SoftmaxViewModel();
    private final BarChartView probabilities = new BarChartView();
    private final BarChartView exponentials = new BarChartView();
    private final List<NumberSlider> scoreSliders = new ArrayList<>();

    public SoftmaxPage(PageContext context) {
        super(context, Chapter.CH03, "softmax");
    }

    public SoftmaxViewModel model() {
        return model;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(Functions.class);
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.of(probabilities);
    }

    @Override
    public void reset() {
        model.reset();
    }

    @Override
    protected Node createView() {
        FlowPane presets = new FlowPane(8, 6, BoundControls.text(i18n(), "ch03.softmax.presets"));
        for (int p = 0; p < SoftmaxViewModel.PRESETS.size(); p++) {
            double[] scores = SoftmaxViewModel.PRESETS.get(p);
            Button button = new Button();
            button.setId("softmax-preset-" + p);
            button.getStyleClass().add("content-text");
            button.setText(scores.length > 3 ? scores.length + " × aₖ" : MatrixText.format(Tensor.vector(scores)));
            button.setOnAction(e -> model.setScores(scores));
            presets.getChildren().add(button);
        }
        NumberSlider count = new NumberSlider(i18n(), i18n().binding("ch03.softmax.count"), SoftmaxViewModel.MIN_SCORES,
                SoftmaxViewModel.MAX_SCORES, SoftmaxViewModel.MIN_SCORES, SoftmaxViewModel.MAX_SCORES, 0,
                model.scoresProperty().get().length);
        count.setId("softmax-count");
        count.valueProperty().addListener((obs, old, now) -> {
            int n = (int) Math.round(now.doubleValue());
            if (n != model.scoresProperty().get().length) {
                model.setCount(n);
            }
        });
        CheckBox stable = BoundControls.checkBox(i18n(), "ch03.softmax.subtract");
        stable.setId("softmax-subtract");
        stable.selectedProperty().bindBidirectional(model.subtractMaxProperty());

        GridPane sliders = new GridPane();
        sliders.setHgap(16);
        sliders.setVgap(2);
        GridPane table = new GridPane();
        table.setId("softmax-table");
        table.setHgap(14);
        table.setVgap(3);
        table.setPadding(new Insets(6, 10, 6, 10));
        table.setStyle("-fx-border-color: -dlfs-rule; -fx-border-radius: 6;");
        Label shift = BoundControls.data();
        shift.setId("softmax-shift");
        shift.getStyleClass().add("formula");
        shift.setWrapText(true);
        Label argmax = new Label();
        argmax.setId("softmax-argmax");
        argmax.setWrapText(true);

        probabilities.setId("softmax-probabilities");
        probabilities.setYRange(0, 1.1);
        probabilities.setMinSize(240, 180);
        probabilities.setPrefSize(270, 220);
        probabilities.yLabelProperty().set("yₖ");
        exponentials.setId("softmax-exponentials");
        exponentials.setMinSize(240, 180);
        exponentials.setPrefSize(270, 220);

        model.scoresProperty().addListener((obs, old, now) -> {
            if (now.length != scoreSliders.size()) {
                buildSliders(sliders);
            }
            for (int k = 0; k < now.length; k++) {
                scoreSliders.get(k).setValue(now[k]);
            }
            count.setValue(now.length);
        });
        Runnable refresh = () -> {
            fillTable(table);
            describe(shift, argmax);
            drawCharts();
        };
        model.resultProperty().addListener(obs -> refresh.run());
        i18n().bundleProperty().addListener(obs -> refresh.run());
        buildSliders(sliders);
        refresh.run();

        VBox content = new VBox(10,
                BoundControls.text(i18n(), "ch03.softmax.intro"),
                presets, count, stable, sliders, shift, table, argmax,
                new FlowPane(12, 10, probabilities, exponentials));
        content.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** One slider per score, two columns; rebuilt when the number of scores changes. */
    private void buildSliders(GridPane sliders) {
        sliders.getChildren().clear();
        scoreSliders.clear();
        double[] scores = model.scoresProperty().get();
        for (int k = 0; k < scores.length; k++) {
            int index = k;
            NumberSlider slider = new NumberSlider(i18n(), new ReadOnlyStringWrapper(
                    "a" + SUBSCRIPTS.charAt(k)), -10, 10, -1e4, 1e4, 1, scores[k]).withNameWidth(1.5);
            slider.setId("softmax-score-" + k);
            slider.valueProperty().addListener((obs, old, now) -> {
                if (now.doubleValue() != model.scoresProperty().get()[index]) {
                    model.setScore(index, now.doubleValue());
                }
            });
            scoreSliders.add(slider);
            sliders.add(slider, k % 2, k / 2);
        }
    }

    /** The computation as a table: k, aₖ, (aₖ − c,) exp, yₖ and yₖ in percent, with the sums below. */
    private void fillTable(GridPane table) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        SoftmaxViewModel.Result r = model.result();
        boolean stable = model.subtractMaxProperty().get();
        List<String> headers = new ArrayList<>(List.of("k", "aₖ"));
        if (stable) {
            headers.add("aₖ − c");
        }
        headers.addAll(List.of(stable ? "exp(aₖ − c)" : "exp(aₖ)", "yₖ", "%"));
        for (int c = 0; c < headers.size(); c++) {
            Label header = BoundControls.cell();
            header.setText(headers.get(c));
            header.setStyle("-fx-font-weight: bold;");
            table.add(header, c, 0);
            ColumnConstraints column = new ColumnConstraints();
            column.setHalignment(HPos.RIGHT);
            table.getColumnConstraints().add(column);
        }
        boolean expScientific = MatrixText.needsScientific(r.exponentials());
        boolean yScientific = MatrixText.needsScientific(r.probabilities());
        for (int k = 0; k < r.scores().length; k++) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(k), NumberSlider.text(r.scores()[k])));
            if (stable) {
                cells.add(NumberSlider.text(r.scores()[k] - r.shift()));
            }
            cells.add(MatrixText.number(r.exponentials()[k], expScientific));
            cells.add(MatrixText.number(r.probabilities()[k], yScientific));
            cells.add(Double.isNaN(r.probabilities()[k]) ? "nan"
                    : String.format(Locale.ROOT, "%.1f", 100 * r.probabilities()[k]));
            addRow(table, k + 1, "softmax-row-" + k, cells, k == r.argmaxProbability());
        }
        List<String> sums = new ArrayList<>(List.of("Σ", ""));
        if (stable) {
            sums.add("");
        }
        sums.addAll(List.of(MatrixText.number(r.sum(), expScientific), Double.toString(r.probabilitySum()), ""));
        addRow(table, r.scores().length + 1, "softmax-sum", sums, false);
    }

    private static void addRow(GridPane table, int row, String id, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            Label cell = BoundControls.cell();
            cell.setId(id + "-" + c);
            cell.setText(cells.get(c));
            if (bold) {
                cell.setStyle("-fx-font-weight: bold;");
            }
            table.add(cell, c, row);
        }
    }

    private void describe(Label shift, Label argmax) {
        SoftmaxViewModel.Result r = model.result();
        if (model.subtractMaxProperty().get()) {
            shift.setText(i18n().text("ch03.softmax.shift.max", NumberSlider.text(r.shift())));
        } else if (Double.isInfinite(r.sum())) {
            shift.setText(i18n().text("ch03.softmax.overflow"));
        } else {
            shift.setText(i18n().text("ch03.softmax.shift.none"));
        }
        argmax.setText(r.argmaxProbability() < 0 ? i18n().text("ch03.softmax.argmax.none", r.argmaxScore())
                : i18n().text("ch03.softmax.argmax", r.argmaxScore(), r.argmaxProbability()));
    }

    private void drawCharts() {
        SoftmaxViewModel.Result r = model.result();
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < r.scores().length; k++) {
            labels.add(Integer.toString(k));
        }
        probabilities.setBars(labels, r.probabilities(), r.argmaxProbability());
        exponentials.setBars(labels, r.exponentials(), r.argmaxScore());
        exponentials.yLabelProperty().set(model.subtractMaxProperty().get() ? "exp(aₖ − c)" : "exp(aₖ)");
    }
}
