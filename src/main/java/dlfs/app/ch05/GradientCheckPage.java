package dlfs.app.ch05;

import dlfs.app.page.PageContext;
import dlfs.app.widgets.GroupedBarChartView;
import dlfs.app.widgets.Exportable;
import dlfs.core.gradient.GradientCheck;
import dlfs.core.gradient.InjectedBug;
import dlfs.core.network.TwoLayerNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * 5.7.3: the gradient check of TwoLayerNet on the first three training images, per-parameter mean
 * |backprop − numerical| on a log-scale bar chart next to the book's printed values, and a switch
 * that plants a classic backprop bug so the difference jumps by orders of magnitude.
 */
public final class GradientCheckPage extends Chapter5Page {
    public static final String ID = "gradient-check";

    private final GradientCheckViewModel model;
    private GroupedBarChartView chart;

    public GradientCheckPage(PageContext context) {
        super(context, ID);
        model = new GradientCheckViewModel(context.training());
    }

    GradientCheckViewModel model() {
        return model;
    }

    GroupedBarChartView chart() {
        return chart;
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(GradientCheck.class, InjectedBug.class, TwoLayerNet.class);
    }

    static String bugKey(InjectedBug bug) {
        return "ch05.gradcheck.bug." + bug.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        for (InjectedBug bug : InjectedBug.values()) {
            keys.add(bugKey(bug));
        }
        return keys;
    }

    @Override
    protected javafx.scene.Node createView() {
        ToggleGroup bugs = new ToggleGroup();
        VBox bugChoices = new VBox(4, Controls.heading(i18n(), "ch05.gradcheck.bugTitle"));
        for (InjectedBug bug : InjectedBug.values()) {
            RadioButton choice = new RadioButton();
            choice.setWrapText(true);
            choice.textProperty().bind(i18n().binding(bugKey(bug)));
            choice.setUserData(bug);
            choice.setToggleGroup(bugs);
            choice.setSelected(bug == model.bugProperty().get());
            choice.setId("bug-" + bug.name().toLowerCase(Locale.ROOT));
            choice.disableProperty().bind(model.runningProperty());
            bugChoices.getChildren().add(choice);
        }
        bugs.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.bugProperty().set((InjectedBug) now.getUserData());
            }
        });
        model.bugProperty().addListener((obs, old, now) -> bugs.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(bugs::selectToggle));

        CheckBox every = Controls.tip(i18n(), new CheckBox(), "ch05.gradcheck.every");
        every.setWrapText(true);
        every.textProperty().bind(i18n().binding("ch05.gradcheck.every", GradientCheckViewModel.SAMPLE_SIZE));
        every.selectedProperty().bindBidirectional(model.everyElementProperty());
        every.disableProperty().bind(model.runningProperty());
        every.setId("gradcheck-every");
        Button run = Controls.button(i18n(), "ch05.gradcheck.run", model::run);
        run.setId("gradcheck-run");
        run.disableProperty().bind(model.runningProperty());
        Button cancel = Controls.button(i18n(), "ch05.gradcheck.cancel", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(180);
        Label status = Controls.label(i18n(), model.statusProperty());
        status.setId("gradcheck-status");
        status.getStyleClass().add("ch05-status");

        chart = new GroupedBarChartView();
        chart.setLogY(true);
        chart.setCategories(GradientCheckViewModel.PARAMETERS);
        chart.yLabelProperty().bind(i18n().binding("ch05.gradcheck.yAxis"));
        chart.setSeries(0, i18n().binding("ch05.gradcheck.series.book"), GradientCheckViewModel.BOOK_VALUES);
        chart.addReference(i18n().binding("ch05.gradcheck.threshold"), GradientCheckViewModel.THRESHOLD);
        chart.setPrefHeight(320);

        GridPane table = new GridPane();
        table.setHgap(16);
        table.setVgap(3);
        table.getStyleClass().add("ch05-box");
        Runnable show = () -> {
            showSeries();
            showTable(table);
        };
        model.correctProperty().addListener(obs -> show.run());
        model.buggedProperty().addListener(obs -> show.run());
        show.run();

        FlowPane actions = new FlowPane(10, 6, run, cancel, progress);
        return page(sectionTitle("ch05.gradcheck.title"), Controls.label(i18n(), "ch05.gradcheck.lead"),
                bugChoices, every, actions, status, chart, table);
    }

    private ObservableValue<String> buggedSeriesName() {
        return Bindings.createStringBinding(() -> {
            GradientCheckJob.Outcome outcome = model.buggedProperty().get();
            return i18n().text("ch05.gradcheck.series.bugged",
                    outcome == null ? "" : i18n().text(bugKey(outcome.bug())));
        }, i18n().bundleProperty(), model.buggedProperty());
    }

    private void showSeries() {
        chart.truncateSeries(1);
        int index = 1;
        if (model.correctProperty().get() != null) {
            chart.setSeries(index++, i18n().binding("ch05.gradcheck.series.correct"),
                    GradientCheckViewModel.meanDifferences(model.correctProperty().get()));
        }
        if (model.buggedProperty().get() != null) {
            chart.setSeries(index, buggedSeriesName(), GradientCheckViewModel.meanDifferences(model.buggedProperty().get()));
        }
    }

    private void showTable(GridPane table) {
        table.getChildren().clear();
        String[] headers = {"ch05.gradcheck.parameter", "ch05.gradcheck.book", "ch05.gradcheck.correct",
                "ch05.gradcheck.bugged"};
        for (int c = 0; c < headers.length; c++) {
            Label header = Controls.label(i18n(), headers[c]);
            header.getStyleClass().add("ch05-table-header");
            table.add(header, c, 0);
        }
        double[] correct = GradientCheckViewModel.meanDifferences(model.correctProperty().get());
        double[] bugged = GradientCheckViewModel.meanDifferences(model.buggedProperty().get());
        for (int i = 0; i < GradientCheckViewModel.PARAMETERS.size(); i++) {
            String name = GradientCheckViewModel.PARAMETERS.get(i);
            Label correctCell = Controls.data(Controls.difference(correct[i]));
            correctCell.setId("gradcheck-correct-" + name);
            Label buggedCell = Controls.data(Controls.difference(bugged[i]));
            buggedCell.setId("gradcheck-bugged-" + name);
            table.addRow(i + 1, Controls.data(name), Controls.data(Controls.difference(GradientCheckViewModel.BOOK_VALUES[i])),
                    correctCell, buggedCell);
        }
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(chart);
    }

    @Override
    public void reset() {
        model.reset();
    }
}
