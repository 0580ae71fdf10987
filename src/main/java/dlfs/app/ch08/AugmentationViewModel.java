package dlfs.app.ch08;

import dlfs.app.ch07.JobMonitor;
import dlfs.app.service.JobHandle;
import dlfs.app.service.JobProgress;
import dlfs.app.service.TrainingService;
import dlfs.core.augment.Augmentation;
import dlfs.core.augment.Distortion;
import dlfs.core.augment.ElasticField;
import dlfs.core.augment.ImageWarp;
import dlfs.core.data.ImageDataset;
import dlfs.core.data.TrainTest;
import dlfs.core.random.Rng;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;

/**
 * Data augmentation (8.1.2): one digit moved by the sliders (rotation, scale, shift, an elastic
 * wobble, a mirror) with the core's {@link ImageWarp}; eight random variants from the core's
 * {@link Augmentation}; and the experiment of training with and without augmented copies.
 */
public final class AugmentationViewModel {
    public static final int SIZE = 28;
    public static final int VARIANTS = 8;
    /** The ranges the random variants and the experiment's copies are drawn from. */
    public static final Augmentation RANGES = Augmentation.DIGITS;

    private final TrainingService service;
    private final DoubleProperty rotation = new SimpleDoubleProperty(this, "rotation", 15);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final DoubleProperty shiftX = new SimpleDoubleProperty(this, "shiftX", 0);
    private final DoubleProperty shiftY = new SimpleDoubleProperty(this, "shiftY", 0);
    private final DoubleProperty elasticAlpha = new SimpleDoubleProperty(this, "elasticAlpha", 0);
    private final DoubleProperty elasticSigma = new SimpleDoubleProperty(this, "elasticSigma", 4);
    private final BooleanProperty flip = new SimpleBooleanProperty(this, "flip");
    private final IntegerProperty fieldSeed = new SimpleIntegerProperty(this, "fieldSeed", 1);
    private final IntegerProperty variantSeed = new SimpleIntegerProperty(this, "variantSeed", 1);
    private final ObjectProperty<double[]> digit = new SimpleObjectProperty<>(this, "digit", new double[SIZE * SIZE]);
    private final ReadOnlyObjectWrapper<double[]> transformed = new ReadOnlyObjectWrapper<>(this, "transformed");
    private final ReadOnlyObjectWrapper<List<double[]>> variants = new ReadOnlyObjectWrapper<>(this, "variants", List.of());

    private final IntegerProperty subset = new SimpleIntegerProperty(this, "subset", 1_000);
    private final IntegerProperty copies = new SimpleIntegerProperty(this, "copies", 4);
    private final IntegerProperty iterations = new SimpleIntegerProperty(this, "iterations", 300);
    private final JobMonitor monitor = new JobMonitor();
    private final ObservableList<Point2D> plainTest = FXCollections.observableArrayList();
    private final ObservableList<Point2D> augmentedTest = FXCollections.observableArrayList();
    private final ObservableList<Point2D> plainTrain = FXCollections.observableArrayList();
    private final ObservableList<Point2D> augmentedTrain = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper plainResult = new ReadOnlyDoubleWrapper(this, "plainResult", Double.NaN);
    private final ReadOnlyDoubleWrapper augmentedResult = new ReadOnlyDoubleWrapper(this, "augmentedResult", Double.NaN);

    public AugmentationViewModel(TrainingService service) {
        this.service = service;
        for (Observable o : List.of(rotation, scale, shiftX, shiftY, elasticAlpha, elasticSigma, flip, fieldSeed, digit)) {
            o.addListener(obs -> transform());
        }
        for (Observable o : List.of(variantSeed, digit)) {
            o.addListener(obs -> drawVariants());
        }
        transform();
        drawVariants();
    }

    /** The sliders' distortion. */
    public Distortion distortion() {
        return new Distortion(rotation.get(), scale.get(), shiftX.get(), shiftY.get(), flip.get());
    }

    private void transform() {
        ElasticField field = elasticAlpha.get() == 0 ? ElasticField.NONE
                : ElasticField.random(SIZE, SIZE, elasticAlpha.get(), elasticSigma.get(), new Rng(fieldSeed.get()));
        transformed.set(ImageWarp.warp(digit.get(), SIZE, SIZE, distortion(), field));
    }

    private void drawVariants() {
        Rng rng = new Rng(variantSeed.get());
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < VARIANTS; i++) {
            out.add(RANGES.apply(digit.get(), SIZE, SIZE, rng));
        }
        variants.set(List.copyOf(out));
    }

    /** Back to the starting sliders (15° rotation only). */
    public void resetSliders() {
        rotation.set(15);
        scale.set(1);
        shiftX.set(0);
        shiftY.set(0);
        elasticAlpha.set(0);
        elasticSigma.set(4);
        flip.set(false);
    }

    /**
     * Trains the two networks of the experiment on the first {@link #subsetProperty() subset} training
     * images, through the service; the curves start over.
     */
    public JobHandle compare(TrainTest data) {
        if (monitor.isBusy()) {
            throw new IllegalStateException("the augmentation experiment is already running; stop it first");
        }
        int n = Math.min(subset.get(), data.train().size());
        ImageDataset small = data.train().slice(0, n);
        for (ObservableList<Point2D> curve : List.of(plainTest, augmentedTest, plainTrain, augmentedTrain)) {
            curve.clear();
        }
        plainResult.set(Double.NaN);
        augmentedResult.set(Double.NaN);
        JobHandle handle = service.submit(new AugmentationComparisonJob(small, data.test(), RANGES, copies.get(),
                iterations.get(), 1));
        handle.addProgressListener(this::accept);
        monitor.watch(handle);
        return handle;
    }

    private void accept(List<JobProgress> batch) {
        for (JobProgress p : batch) {
            if (p.message() == null) {
                continue;
            }
            String key = p.message().key();
            boolean plain = key.startsWith(AugmentationComparisonJob.Run.PLAIN.key());
            long step = plain ? p.iteration() : p.iteration() - iterations.get();
            if (key.endsWith("Final")) {
                (plain ? plainResult : augmentedResult).set(p.testAccuracy());
            } else if (!Double.isNaN(p.testAccuracy())) {
                (plain ? plainTest : augmentedTest).add(new Point2D(step, p.testAccuracy()));
                (plain ? plainTrain : augmentedTrain).add(new Point2D(step, p.trainAccuracy()));
            }
        }
    }

    public DoubleProperty rotationProperty() {
        return rotation;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DoubleProperty shiftXProperty() {
        return shiftX;
    }

    public DoubleProperty shiftYProperty() {
        return shiftY;
    }

    public DoubleProperty elasticAlphaProperty() {
        return elasticAlpha;
    }

    public DoubleProperty elasticSigmaProperty() {
        return elasticSigma;
    }

    public BooleanProperty flipProperty() {
        return flip;
    }

    /** Changing it draws a new elastic field. */
    public IntegerProperty fieldSeedProperty() {
        return fieldSeed;
    }

    /** Changing it draws new random variants. */
    public IntegerProperty variantSeedProperty() {
        return variantSeed;
    }

    /** The digit to distort: 28×28 values in [0, 1]. */
    public ObjectProperty<double[]> digitProperty() {
        return digit;
    }

    public ReadOnlyObjectProperty<double[]> transformedProperty() {
        return transformed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<double[]>> variantsProperty() {
        return variants.getReadOnlyProperty();
    }

    /** Training images the experiment uses. */
    public IntegerProperty subsetProperty() {
        return subset;
    }

    /** Augmented copies added per image in the second run. */
    public IntegerProperty copiesProperty() {
        return copies;
    }

    /** Mini-batches each run trains on. */
    public IntegerProperty iterationsProperty() {
        return iterations;
    }

    public JobMonitor monitor() {
        return monitor;
    }

    /** (iteration, test accuracy on 1,000 images) without augmentation. */
    public ObservableList<Point2D> plainTest() {
        return plainTest;
    }

    public ObservableList<Point2D> augmentedTest() {
        return augmentedTest;
    }

    /** (iteration, accuracy on 500 of the images trained on) without augmentation. */
    public ObservableList<Point2D> plainTrain() {
        return plainTrain;
    }

    public ObservableList<Point2D> augmentedTrain() {
        return augmentedTrain;
    }

    /** Test accuracy on the whole test set without augmentation, or NaN before the run ends. */
    public ReadOnlyDoubleProperty plainResultProperty() {
        return plainResult.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty augmentedResultProperty() {
        return augmentedResult.getReadOnlyProperty();
    }
}
