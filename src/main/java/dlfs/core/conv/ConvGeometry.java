package dlfs.core.conv;

import dlfs.core.tensor.ShapeException;
import dlfs.core.tensor.Tensor;

/**
 * Everything about one window sliding over a (C, H, W) input that im2col, col2im and the pooling
 * loops need: the input size, the window (FH, FW), stride S, padding P, and the output size
 * (OH, OW) from formula (7.1), which must come out exact.
 *
 * <p>The im2col matrix for a batch of N has {@code N·OH·OW} rows (one per window position) and
 * {@code C·FH·FW} columns (one per value the window covers). {@link #sources()} says, for one
 * sample, which input value each entry of that matrix is a copy of.
 */
public final class ConvGeometry {
    /** In {@link #sources()}: the entry lies on the zero border, so it reads as 0 and has no input value. */
    public static final int BORDER = -1;

    private final int channels;
    private final int height;
    private final int width;
    private final int filterH;
    private final int filterW;
    private final int stride;
    private final int pad;
    private final int outH;
    private final int outW;
    private volatile int[] sources;

    private ConvGeometry(int channels, int height, int width, int filterH, int filterW, int stride, int pad) {
        if (channels < 1) {
            throw new ShapeException("need at least one channel, got " + channels);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.filterH = filterH;
        this.filterW = filterW;
        this.stride = stride;
        this.pad = pad;
        try {
            this.outH = new OutputSize(height, filterH, stride, pad).exact("height");
            this.outW = new OutputSize(width, filterW, stride, pad).exact("width");
        } catch (IllegalArgumentException e) {
            throw new ShapeException(e.getMessage());
        }
    }

    /**
     * A window of FH×FW over a (C, H, W) input.
     *
     * @throws ShapeException when a size is not positive or the output size is not a whole number
     */
    public static ConvGeometry of(int channels, int height, int width, int filterH, int filterW, int stride, int pad) {
        return new ConvGeometry(channels, height, width, filterH, filterW, stride, pad);
    }

    /** The geometry of a window over the (C, H, W) part of a 4-D (N, C, H, W) tensor shape. */
    public static ConvGeometry forInput(int[] nchw, int filterH, int filterW, int stride, int pad) {
        if (nchw.length != 4) {
            throw new ShapeException("expected a 4-D (N, C, H, W) input, got " + Tensor.shapeString(nchw));
        }
        return of(nchw[1], nchw[2], nchw[3], filterH, filterW, stride, pad);
    }

    /** As {@link #forInput(int[], int, int, int, int)}, with any error message starting with the layer's name. */
    public static ConvGeometry forLayer(String layer, int[] nchw, int filterH, int filterW, int stride, int pad) {
        try {
            return forInput(nchw, filterH, filterW, stride, pad);
        } catch (ShapeException e) {
            throw new ShapeException(layer + ": " + e.getMessage());
        }
    }

    public int channels() {
        return channels;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int filterH() {
        return filterH;
    }

    public int filterW() {
        return filterW;
    }

    public int stride() {
        return stride;
    }

    public int pad() {
        return pad;
    }

    public int outH() {
        return outH;
    }

    public int outW() {
        return outW;
    }

    /** OH·OW: window positions per sample, i.e. im2col rows per sample. */
    public int positions() {
        return outH * outW;
    }

    /** C·FH·FW: values under one window, i.e. the width of an im2col row. */
    public int windowSize() {
        return channels * filterH * filterW;
    }

    /** H·W: values in one channel of the input. */
    public int planeSize() {
        return height * width;
    }

    /** C·H·W: values in one input sample. */
    public int sampleSize() {
        return channels * height * width;
    }

    /** (N, C, H, W). */
    public int[] inputShape(int batch) {
        return new int[] {batch, channels, height, width};
    }

    /** (N·OH·OW, C·FH·FW), the im2col matrix. */
    public int[] columnShape(int batch) {
        return new int[] {batch * positions(), windowSize()};
    }

    /** (N, outChannels, OH, OW). */
    public int[] outputShape(int batch, int outChannels) {
        return new int[] {batch, outChannels, outH, outW};
    }

    /**
     * For each entry of one sample's im2col rows, in row order (oy, ox) then column order (c, fy, fx):
     * the index {@code c·H·W + y·W + x} within the sample of the input value it copies, or {@link #BORDER}.
     * im2col gathers through this table and col2im adds back through it; it is built on first use
     * and shared by every call with this geometry.
     */
    public int[] sources() {
        int[] table = sources;
        if (table == null) {
            table = buildSources();
            sources = table;
        }
        return table;
    }

    private int[] buildSources() {
        int[] table = new int[positions() * windowSize()];
        int i = 0;
        for (int oy = 0; oy < outH; oy++) {
            for (int ox = 0; ox < outW; ox++) {
                for (int c = 0; c < channels; c++) {
                    for (int fy = 0; fy < filterH; fy++) {
                        for (int fx = 0; fx < filterW; fx++) {
                            int y = oy * stride - pad + fy;
                            int x = ox * stride - pad + fx;
                            boolean inside = y >= 0 && y < height && x >= 0 && x < width;
                            table[i++] = inside ? (c * height + y) * width + x : BORDER;
                        }
                    }
                }
            }
        }
        return table;
    }

    /** True when an (N, C, H, W) shape has this geometry's C, H and W. */
    public boolean fits(int[] nchw) {
        return nchw.length == 4 && nchw[1] == channels && nchw[2] == height && nchw[3] == width;
    }

    @Override
    public String toString() {
        return "(" + channels + ", " + height + ", " + width + ") window " + filterH + "×" + filterW
                + " stride " + stride + " pad " + pad + " → " + outH + "×" + outW;
    }
}
