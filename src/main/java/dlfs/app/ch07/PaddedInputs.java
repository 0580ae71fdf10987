package dlfs.app.ch07;

import dlfs.app.widgets.NumberGridView;
import dlfs.core.conv.ConvGeometry;

/** Draws one channel of a convolution's input with its zero border, as the filter window sees it. */
final class PaddedInputs {
    private PaddedInputs() {
    }

    /**
     * Shows channel {@code c} of a (C, H, W) input (row-major) padded by the geometry's P, the border
     * shaded. Marks are left to the caller.
     */
    static void show(NumberGridView view, double[] input, int c, ConvGeometry g) {
        int paddedH = g.height() + 2 * g.pad();
        int paddedW = g.width() + 2 * g.pad();
        double[] padded = new double[paddedH * paddedW];
        boolean[] border = new boolean[padded.length];
        for (int y = 0; y < paddedH; y++) {
            for (int x = 0; x < paddedW; x++) {
                int iy = y - g.pad();
                int ix = x - g.pad();
                boolean inside = iy >= 0 && iy < g.height() && ix >= 0 && ix < g.width();
                padded[y * paddedW + x] = inside ? input[(c * g.height() + iy) * g.width() + ix] : 0;
                border[y * paddedW + x] = !inside;
            }
        }
        view.setValues(padded, paddedH, paddedW);
        view.setShaded(border);
    }
}
