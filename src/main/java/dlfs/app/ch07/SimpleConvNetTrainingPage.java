package dlfs.app.ch07;

import static dlfs.app.ch07.PanelControls.heading;
import static dlfs.app.ch07.PanelControls.note;
import static dlfs.app.ch07.PanelControls.styled;

import dlfs.app.i18n.Message;
import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.ModelFiles;
import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import dlfs.app.widgets.LineChartView;
import dlfs.core.data.DatasetId;
import dlfs.core.io.ModelFile;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Pooling;
import dlfs.core.network.ConvNetworks;
import dlfs.core.network.Network;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * 7.5 SimpleConvNet training: the book's network and settings, trained live through the training
 * service on the bundled data (or full MNIST / Fashion-MNIST when installed), with the loss and the
 * train and test accuracy as they come, and the book's result beside ours.
 */
public final class SimpleConvNetTrainingPage extends AbstractPage {
    public static final String ID = "simple-convnet";

    private final SimpleConvNetTrainingViewModel model;
    private final ObjectProperty<Message> loadProblem = new SimpleObjectProperty<>(this, "loadProblem");
    private LineChartView lossChart;
    /** A run finished since the network was last opened or saved. */
    private boolean unsaved;

    public SimpleConvNetTrainingPage(PageContext context, SimpleConvNetTrainingViewModel model) {
        super(context, Chapter.CH07, ID);
        this.model = model;
        model.outcomeProperty().addListener((obs, old, now) -> unsaved = now != null);
    }

    @Override
    public List<Class<?>> sourceClasses() {
        return List.of(SimpleConvNet.class, Convolution.class, Pooling.class, Trainer.class);
    }

    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        for (DatasetId id : DatasetId.values()) {
            keys.add(TrainingControls.datasetKey(id));
        }
        keys.addAll(JobMonitor.textKeys());
        return keys;
    }

    @Override
    public Optional<Exportable> exportable() {
        return Optional.ofNullable(lossChart);
    }

    @Override
    public Optional<ModelFiles> modelFiles() {
        return Optional.of(new ModelFiles() {
            @Override
            public void open(Path file) throws IOException {
                ModelFile.Contents contents = ModelFile.load(file);
                if (!SimpleConvNet.TYPE.equals(contents.architecture().type())) {
                    throw new IOException(file.getFileName() + " holds a " + contents.architecture().type()
                            + ", not a " + SimpleConvNet.TYPE);
                }
                Network network = ConvNetworks.fromArchitecture(contents.architecture(), new Rng(0));
                contents.applyTo(network.params());
                model.adopt((SimpleConvNet) network);
                unsaved = false;
            }

            @Override
            public void save(Path file) throws IOException {
                SimpleConvNet network = model.network();
                if (network == null) {
                    throw new IOException("the network is being trained; stop or wait for the run first");
                }
                SimpleConvNetTrainingViewModel.Outcome done = model.outcomeProperty().get();
                ModelFile.save(file, ModelFile.Contents.of(network, null, ModelFile.metadata(
                        done == null ? "" : done.dataset().folder(), done == null ? 0 : done.epochs(),
                        done == null ? Double.NaN : done.testAccuracy(), "dlfs-studio: SimpleConvNet panel")));
                unsaved = false;
            }

            @Override
            public boolean hasUnsavedModel() {
                return unsaved && model.network() != null;
            }
        });
    }

    @Override
    protected Node createView() {
        Label status = PanelControls.message(i18n(), model.monitor().statusProperty());
        status.setId("simple-status");

        TrainingControls.Charts charts = TrainingControls.charts(i18n(), model.curves(), 480, 220);
        lossChart = charts.loss();

        Label book = styled(PanelControls.text(i18n(), "ch07.train.bookBadge",
                NetworkTrainingJob.percent(SimpleConvNetTrainingViewModel.BOOK_TRAIN_ACCURACY),
                NetworkTrainingJob.percent(SimpleConvNetTrainingViewModel.BOOK_TEST_ACCURACY)), "book-badge");
        Label ours = styled(PanelControls.message(i18n(), Bindings.createObjectBinding(this::oursMessage,
                model.outcomeProperty())), "ours-badge");
        ours.setId("simple-ours");
        HBox badges = new HBox(12, book, ours);
        List<LayerSummary> architecture = LayerSummary.of(new SimpleConvNet(new Rng(0)));

        return PanelControls.page(
                note(i18n(), "ch07.train.intro"),
                TrainingControls.row(i18n(), model, "simple", model::train, loadProblem),
                note(i18n(), "ch07.train.settings", String.valueOf(SimpleConvNetTrainingViewModel.LEARNING_RATE),
                        SimpleConvNetTrainingViewModel.BATCH_SIZE, LayerSummary.count(SimpleConvNetTrainingViewModel.EVALUATION_SAMPLES),
                        LayerSummary.count(LayerSummary.total(architecture))),
                status,
                PanelControls.validation(i18n(), loadProblem),
                badges,
                charts.loss(),
                charts.accuracy(),
                heading(i18n(), "ch07.train.architecture"),
                note(i18n(), "ch07.train.architectureNote"),
                LayerTables.table(i18n(), architecture));
    }

    private Message oursMessage() {
        SimpleConvNetTrainingViewModel.Outcome done = model.outcomeProperty().get();
        if (done == null) {
            return Message.of("ch07.train.noRun");
        }
        return Message.of("ch07.train.oursBadge", i18n().text(TrainingControls.datasetKey(done.dataset())), done.epochs(),
                NetworkTrainingJob.percent(done.trainAccuracy()), NetworkTrainingJob.percent(done.testAccuracy()));
    }
}
