package dlfs.app.ch08;

import dlfs.app.ch07.JobMonitor;
import dlfs.app.ch07.NetworkTrainingJob;
import dlfs.app.i18n.Message;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobState;
import dlfs.app.service.TrainingService;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.network.Network;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.optimizer.Adam;
import dlfs.core.precision.HalfPrecision;
import dlfs.core.precision.Precision;
import dlfs.core.random.Rng;
import dlfs.core.train.Trainer;
import dlfs.core.train.TrainerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The precision lab (8.3.4): a trained network run in double precision and with its numbers stored
 * as float32 or float16 ({@link PrecisionComparisonJob}), and a converter that shows what each format
 * keeps of a number the user types.
 */
public final class PrecisionLabViewModel {
    /**
     * One format's view of the typed number.
     *
     * @param bits the stored bit pattern, sign, exponent and fraction separated by spaces (float16 only)
     */
    public record Conversion(Precision precision, double stored, double error, String bits) {
    }

    private final TrainingService service;
    private final JobMonitor monitor = new JobMonitor();
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<Message> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final ReadOnlyObjectWrapper<List<PrecisionComparisonJob.Row>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "0.1");
    private final ReadOnlyObjectWrapper<List<Conversion>> conversions = new ReadOnlyObjectWrapper<>(this, "conversions");
    private final ReadOnlyObjectWrapper<Message> typedProblem = new ReadOnlyObjectWrapper<>(this, "typedProblem");

    public PrecisionLabViewModel(TrainingService service) {
        this.service = service;
        typed.addListener(obs -> convert());
        convert();
    }

    public JobMonitor monitor() {
        return monitor;
    }

    /** The network compared, or null before one is chosen. */
    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** The comparison's rows, double precision first; empty before a run. */
    public ReadOnlyObjectProperty<List<PrecisionComparisonJob.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The text of the converter's field. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** The typed number in each format, or null while the text is not a number. */
    public ReadOnlyObjectProperty<List<Conversion>> conversionsProperty() {
        return conversions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> typedProblemProperty() {
        return typedProblem.getReadOnlyProperty();
    }

    /** Compares the formats on {@code network} over {@code test}, through the service. */
    public JobHandle compare(Network trained, Message from, ImageDataset test) {
        requireIdle();
        network.set(trained);
        origin.set(from);
        rows.set(List.of());
        PrecisionComparisonJob job = new PrecisionComparisonJob(trained, test);
        JobHandle handle = service.submit(job);
        handle.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.SUCCEEDED) {
                rows.set(job.rows());
            }
        });
        monitor.watchEvaluation(handle);
        return handle;
    }

    /** Trains a SimpleConvNet for one epoch (about a minute on the bundled data), then compares on its test set. */
    public JobHandle quickTrain(TrainTest data) {
        requireIdle();
        SimpleConvNet fresh = new SimpleConvNet(new Rng(1));
        TrainerConfig config = TrainerConfig.builder(fresh.inputDim()).epochs(1).batchSize(100).evaluationSampleLimit(500).build();
        Trainer trainer = new Trainer(fresh, new Adam(0.001), data.train(), data.test(), config, new Rng(2));
        JobHandle handle = service.submit(new NetworkTrainingJob(Message.of("ch08.precision.quickTitle", data.train().name()),
                trainer, data.train(), data.test().size(), () -> { }));
        handle.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.SUCCEEDED) {
                compare(fresh, Message.of("ch08.precision.quickOrigin", data.train().name()), data.test());
            }
        });
        monitor.watch(handle);
        return handle;
    }

    private void requireIdle() {
        if (monitor.isBusy()) {
            throw new IllegalStateException("the precision lab is already running a job; stop it first");
        }
    }

    private void convert() {
        String text = typed.get() == null ? "" : typed.get().trim().replace('−', '-').replace(',', '.');
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            typedProblem.set(Message.of("ch08.precision.notANumber"));
            conversions.set(null);
            return;
        }
        typedProblem.set(null);
        List<Conversion> out = new ArrayList<>();
        for (Precision p : Precision.values()) {
            double stored = p.round(value);
            String bits = switch (p) {
                case FLOAT16 -> HalfPrecision.fields(HalfPrecision.toHalfBits(value));
                case FLOAT32 -> String.format(Locale.ROOT, "0x%08X", Float.floatToIntBits((float) value));
                case FLOAT64 -> String.format(Locale.ROOT, "0x%016X", Double.doubleToLongBits(value));
            };
            out.add(new Conversion(p, stored, stored - value, bits));
        }
        conversions.set(List.copyOf(out));
    }
}
