package dlfs.app.ch07;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Message;
import dlfs.app.widgets.LineChartView;
import dlfs.core.data.DatasetId;
import dlfs.core.data.TrainTest;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;

/** The controls and charts shared by the panels that train a CNN: data set, epochs, Train and Stop; loss and accuracy. */
public final class TrainingControls {
    /** The loss chart (per iteration) and the accuracy chart (train and test, per epoch). */
    public record Charts(LineChartView loss, LineChartView accuracy) {
    }

    private TrainingControls() {
    }

    /**
     * Data set, epochs, Train and Stop. Train loads the chosen data set in the background, then hands
     * it to {@code start} unless a job started meanwhile; a failure to load lands in {@code problem}.
     */
    public static Node row(I18n i18n, TrainingRun run, String idPrefix, Consumer<TrainTest> start,
                           ObjectProperty<Message> problem) {
        ComboBox<DatasetId> datasets = PanelControls.choice(i18n, DatasetCache.available(), TrainingControls::datasetKey);
        datasets.setValue(run.datasetProperty().get());
        datasets.valueProperty().bindBidirectional(run.datasetProperty());
        Spinner<Integer> epochs = PanelControls.spinner(1, 20, run.epochsProperty().get());
        epochs.valueProperty().addListener((obs, old, now) -> run.epochsProperty().set(now));
        Button train = PanelControls.button(i18n, "ch07.train.start", () -> {
            problem.set(null);
            DatasetId id = run.datasetProperty().get();
            BackgroundTasks.load(() -> DatasetCache.load(id), data -> {
                if (!run.monitor().isBusy()) {
                    start.accept(data);
                }
            }, error -> problem.set(Message.of("ch07.train.loadFailed", error.getMessage())));
        });
        train.setId(idPrefix + "-train");
        Button stop = PanelControls.button(i18n, "ch07.train.stop", run::stop);
        stop.setId(idPrefix + "-stop");
        stop.disableProperty().bind(run.monitor().busyProperty().not());
        for (Node busyOff : new Node[] {train, datasets, epochs}) {
            busyOff.disableProperty().bind(run.monitor().busyProperty());
        }
        return PanelControls.flow(PanelControls.labelled(i18n, "ch07.train.dataset", datasets),
                PanelControls.labelled(i18n, "ch07.train.epochs", epochs), train, stop);
    }

    /** Two charts following the run's curves. */
    public static Charts charts(I18n i18n, TrainingCurves curves, double width, double height) {
        LineChartView loss = new LineChartView();
        loss.setPrefSize(width, height);
        loss.xLabelProperty().bind(i18n.binding("ch07.train.iteration"));
        loss.yLabelProperty().bind(i18n.binding("ch07.train.loss"));
        PanelControls.follow(curves.loss(), loss.addSeries(i18n.binding("ch07.train.loss")));
        LineChartView accuracy = new LineChartView();
        accuracy.setPrefSize(width, height);
        accuracy.xLabelProperty().bind(i18n.binding("ch07.train.epoch"));
        accuracy.yLabelProperty().bind(i18n.binding("ch07.train.accuracy"));
        PanelControls.follow(curves.trainAccuracy(), accuracy.addSeries(i18n.binding("ch07.train.trainAccuracy")));
        PanelControls.follow(curves.testAccuracy(), accuracy.addSeries(i18n.binding("ch07.train.testAccuracy")));
        return new Charts(loss, accuracy);
    }

    /** Bundle key of a data set's name. */
    public static String datasetKey(DatasetId id) {
        return "ch07.dataset." + id.folder();
    }
}
