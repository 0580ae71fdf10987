package dlfs.core.data;

import dlfs.core.io.AtomicFile;
import dlfs.core.random.Rng;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The user's own labelled digits, kept on disk in MNIST's IDX format: {@value #IMAGES_FILE} (N × 28 × 28
 * bytes) and {@value #LABELS_FILE} (N labels 0–9), by default in {@code ~/.dlfs/user-digits/}. Any
 * MNIST tool can read them.
 *
 * <p>Adding a digit rewrites both files, each atomically ({@link AtomicFile}): the images first, then
 * the labels. Since digits are only ever appended, a crash between the two writes leaves one file a
 * digit ahead of the other, and the digits both files hold are still correct pairs; {@link #load()}
 * keeps exactly those. A store that cannot be read at all is reported with a one-line
 * {@link DatasetException}; {@link #add} then moves the damaged files aside (nothing is deleted) and
 * starts a new store.
 */
public final class UserDigits {
    public static final String IMAGES_FILE = "images-idx3-ubyte";
    public static final String LABELS_FILE = "labels-idx1-ubyte";
    /** The data set's name in messages and in fine-tuning mixes. */
    public static final String NAME = "user-digits";
    /** Digits 0–9. */
    public static final int CLASSES = 10;
    private static final int SIDE = DigitPreprocessor.SIZE;
    private static final int PIXELS = SIDE * SIDE;

    private final Path folder;

    public UserDigits(Path folder) {
        this.folder = folder;
    }

    /** {@code ~/.dlfs/user-digits}. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".dlfs", "user-digits");
    }

    public Path folder() {
        return folder;
    }

    /** What {@link #add} did: how many digits the store holds now, and where damaged files went (or null). */
    public record Added(int count, Path setAside) {
    }

    /**
     * The stored digits as 1×28×28 images; an empty data set when nothing is stored yet.
     *
     * @throws DatasetException when the files exist but cannot be used (the message names the file and the problem)
     */
    public synchronized ImageDataset load() {
        Path images = folder.resolve(IMAGES_FILE);
        Path labels = folder.resolve(LABELS_FILE);
        boolean hasImages = Files.exists(images);
        boolean hasLabels = Files.exists(labels);
        if (!hasImages && !hasLabels) {
            return new ImageDataset(NAME, new byte[0], new int[0], 1, SIDE, SIDE, CLASSES);
        }
        if (hasImages != hasLabels) {
            throw DatasetException.of(folder.toString(), "holds " + (hasImages ? IMAGES_FILE : LABELS_FILE)
                    + " without " + (hasImages ? LABELS_FILE : IMAGES_FILE));
        }
        IdxImages stored = IdxReader.readImages(images);
        if (stored.rows() != SIDE || stored.columns() != SIDE) {
            throw DatasetException.of(IMAGES_FILE, "holds " + stored.rows() + "×" + stored.columns()
                    + " images, user digits are " + SIDE + "×" + SIDE);
        }
        byte[] storedLabels = IdxReader.readLabels(labels);
        int count = Math.min(stored.count(), storedLabels.length);
        int[] digitLabels = new int[count];
        for (int i = 0; i < count; i++) {
            digitLabels[i] = storedLabels[i] & 0xFF;
            if (digitLabels[i] >= CLASSES) {
                throw DatasetException.of(LABELS_FILE, "label " + digitLabels[i] + " of digit " + i
                        + " is not a digit 0–9");
            }
        }
        return new ImageDataset(NAME, Arrays.copyOf(stored.pixels(), count * PIXELS), digitLabels, 1, SIDE, SIDE,
                CLASSES);
    }

    /**
     * Appends one digit.
     *
     * @param pixels 28×28 ink values in [0, 1], row-major (as {@link DigitPreprocessor} makes them); stored as 0–255
     * @param label  the digit it shows, 0–9
     * @throws IOException when the files cannot be written (the store is then as it was)
     */
    public synchronized Added add(double[] pixels, int label) throws IOException {
        if (pixels.length != PIXELS) {
            throw new IllegalArgumentException("a user digit has " + PIXELS + " pixels (28×28), got " + pixels.length);
        }
        if (label < 0 || label >= CLASSES) {
            throw new IllegalArgumentException("label must be a digit 0–9, got " + label);
        }
        byte[] newImage = new byte[PIXELS];
        for (int p = 0; p < PIXELS; p++) {
            if (!(pixels[p] >= 0 && pixels[p] <= 1)) {
                throw new IllegalArgumentException("pixel " + p + " is " + pixels[p] + ", outside [0, 1]");
            }
            newImage[p] = (byte) Math.round(pixels[p] * 255);
        }
        ImageDataset existing;
        Path setAside = null;
        try {
            existing = load();
        } catch (DatasetException damaged) {
            setAside = setAside();
            existing = load();
        }
        int count = existing.size() + 1;
        byte[] images = new byte[count * PIXELS];
        int[] labels = new int[count];
        for (int i = 0; i < existing.size(); i++) {
            for (int p = 0; p < PIXELS; p++) {
                images[i * PIXELS + p] = (byte) existing.pixel(i, p);
            }
            labels[i] = existing.label(i);
        }
        System.arraycopy(newImage, 0, images, (count - 1) * PIXELS, PIXELS);
        labels[count - 1] = label;

        Files.createDirectories(folder);
        byte[] imageFile = IdxWriter.images(new IdxImages(count, SIDE, SIDE, images));
        byte[] labelFile = IdxWriter.labels(labels);
        AtomicFile.write(folder.resolve(IMAGES_FILE), out -> out.write(imageFile));
        AtomicFile.write(folder.resolve(LABELS_FILE), out -> out.write(labelFile));
        return new Added(count, setAside);
    }

    /** Moves the store's files into a new {@code damaged-<time>} subfolder and returns it. */
    private Path setAside() throws IOException {
        Path aside = folder.resolve("damaged-" + System.currentTimeMillis());
        Files.createDirectories(aside);
        for (String file : new String[] {IMAGES_FILE, LABELS_FILE}) {
            Path stored = folder.resolve(file);
            if (Files.exists(stored)) {
                Files.move(stored, aside.resolve(file));
            }
        }
        return aside;
    }

    /**
     * A fine-tuning set: every user digit {@code repeats} times, plus {@code baseCount} digits drawn
     * at random from {@code base} so that the network keeps seeing ordinary digits and does not
     * forget them while it adapts to the user's handwriting.
     */
    public static ImageDataset mix(ImageDataset user, int repeats, ImageDataset base, int baseCount, Rng rng) {
        if (user.imageSize() != base.imageSize()) {
            throw new IllegalArgumentException("cannot mix images of " + user.imageSize() + " and "
                    + base.imageSize() + " values");
        }
        if (repeats < 0 || baseCount < 0 || (baseCount > 0 && base.size() == 0)) {
            throw new IllegalArgumentException("need repeats ≥ 0 and 0 ≤ base digits, with a non-empty base set; got "
                    + repeats + " repeats, " + baseCount + " of " + base.size() + " base digits");
        }
        int per = user.imageSize();
        int[] drawn = baseCount == 0 ? new int[0] : rng.choice(base.size(), baseCount);
        int count = user.size() * repeats + drawn.length;
        byte[] pixels = new byte[count * per];
        int[] labels = new int[count];
        int next = 0;
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < user.size(); i++) {
                copy(user, i, pixels, labels, next++);
            }
        }
        for (int i : drawn) {
            copy(base, i, pixels, labels, next++);
        }
        return new ImageDataset(user.name() + "+" + base.name(), pixels, labels, user.channels(), user.height(),
                user.width(), Math.max(user.classes(), base.classes()));
    }

    private static void copy(ImageDataset from, int index, byte[] pixels, int[] labels, int to) {
        int per = from.imageSize();
        for (int p = 0; p < per; p++) {
            pixels[to * per + p] = (byte) from.pixel(index, p);
        }
        labels[to] = from.label(index);
    }
}
