package dlfs.app.ch06;

import dlfs.app.ch06.LockstepJob.Snapshot;
import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.widgets.LineChartView;
import dlfs.app.widgets.LineSeries;
import dlfs.core.metrics.CurveSmoothing;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The loss curves of a lockstep run, smoothed like the companion code's plots, and a table of the
 * final smoothed loss and test accuracy of each network. Contender names are bundle keys.
 */
final class LossRaceView extends VBox {
    private final I18n i18n;
    private final LockstepRun run;
    private final String idPrefix;
    private final String nameHeaderKey;
    /** Losses above this are drawn at it, like the book's fixed y range, so one exploding run cannot flatten the rest. */
    static final double CEILING = 10;

    private final SimpleObjectProperty<Message> clipped =
            new SimpleObjectProperty<>();
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", true);
    private final BooleanProperty smoothed = new SimpleBooleanProperty(this, "smoothed", true);
    private final StackPane chartHolder = new StackPane();
    private final GridPane results = new GridPane();
    private LineChartView chart = new LineChartView();
    private List<String> shownNames = List.of();

    LossRaceView(I18n i18n, LockstepRun run, String idPrefix, String nameHeaderKey) {
        super(8);
        this.i18n = i18n;
        this.run = run;
        this.idPrefix = idPrefix;
        this.nameHeaderKey = nameHeaderKey;
        results.setHgap(18);
        results.setVgap(3);
        results.setId(idPrefix + "-results");
        chartHolder.getChildren().setAll(newChart());
        getChildren().addAll(PanelUi.flow(PanelUi.checkBox(i18n, "ch06.race.smoothed", smoothed),
                PanelUi.checkBox(i18n, "ch06.race.log-scale", logScale)), chartHolder,
                PanelUi.message(i18n, clipped, "-fx-text-fill: -dlfs-muted;"), results);
        chartHolder.visibleProperty().bind(Bindings.createBooleanBinding(() -> !run.snapshot().names().isEmpty(),
                run.snapshotProperty()));
        chartHolder.managedProperty().bind(chartHolder.visibleProperty());
        run.snapshotProperty().addListener(obs -> show());
        smoothed.addListener(obs -> show());
        logScale.addListener(obs -> chart.logYProperty().set(logScale.get()));
        i18n.bundleProperty().addListener(obs -> showTable(run.snapshot()));
        show();
    }

    LineChartView chart() {
        return chart;
    }

    private LineChartView newChart() {
        chart = new LineChartView();
        chart.setPrefHeight(300);
        chart.xLabelProperty().bind(i18n.binding("ch06.race.iterations-axis"));
        chart.yLabelProperty().bind(i18n.binding("ch06.race.loss-axis"));
        chart.logYProperty().set(logScale.get());
        return chart;
    }

    private void show() {
        Snapshot s = run.snapshot();
        if (!s.names().equals(shownNames)) {
            shownNames = s.names();
            chartHolder.getChildren().setAll(newChart());
            for (String name : s.names()) {
                chart.addSeries(i18n.binding(name));
            }
        }
        List<LineSeries> series = chart.series();
        boolean cut = false;
        for (int c = 0; c < series.size(); c++) {
            LineSeries line = series.get(c);
            line.clear();
            double[] losses = s.losses().get(c);
            double[] shown = smoothed.get() ? CurveSmoothing.smooth(finitePrefix(losses)) : losses;
            for (int i = 0; i < shown.length; i++) {
                cut |= shown[i] > CEILING;
                line.add(i + 1, Math.min(CEILING, shown[i]));
            }
        }
        clipped.set(cut ? Message.of("ch06.race.clipped", Numbers.format(CEILING)) : null);
        showTable(s);
    }

    /** The losses up to a divergence (smoothing a NaN would spread it). */
    private static double[] finitePrefix(double[] losses) {
        int n = 0;
        while (n < losses.length && Double.isFinite(losses[n])) {
            n++;
        }
        return Arrays.copyOf(losses, n);
    }

    private void showTable(Snapshot s) {
        results.getChildren().clear();
        if (s.names().isEmpty()) {
            results.add(PanelUi.hint(i18n, "ch06.race.not-started"), 0, 0);
            return;
        }
        String[] headers = {nameHeaderKey, "ch06.result.loss", "ch06.result.test-accuracy"};
        for (int c = 0; c < headers.length; c++) {
            results.add(PanelUi.columnHeader(i18n, headers[c]), c, 0);
        }
        for (int c = 0; c < s.names().size(); c++) {
            double[] losses = finitePrefix(s.losses().get(c));
            double[] smooth = CurveSmoothing.smooth(losses);
            String loss = s.diverged()[c] ? i18n.text("ch06.result.diverged")
                    : smooth.length == 0 ? "—" : Numbers.format(smooth[smooth.length - 1], 4);
            String accuracy = s.finished() && c < s.finalTest().length ? Numbers.percent(s.finalTest()[c]) : "…";
            Label name = PanelUi.label(i18n, s.names().get(c));
            Label lossLabel = PanelUi.data(loss, idPrefix + "-loss-" + c);
            Label accuracyLabel = PanelUi.data(accuracy, idPrefix + "-accuracy-" + c);
            results.addRow(c + 1, name, lossLabel, accuracyLabel);
        }
    }
}
