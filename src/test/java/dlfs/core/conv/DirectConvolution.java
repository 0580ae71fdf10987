package dlfs.core.conv;

import dlfs.core.tensor.Tensor;

/**
 * The convolution of 7.2 written literally, window by window, without im2col: the yardstick the
 * im2col-based layer is compared with.
 */
public final class DirectConvolution {
    private DirectConvolution() {
    }

    /** y[n, f, oy, ox] = Σ_c,fy,fx x[n, c, oy·S − P + fy, ox·S − P + fx] · W[f, c, fy, fx] (no bias). */
    public static Tensor forward(Tensor x, Tensor w, int stride, int pad) {
        int n = x.dim(0);
        int fn = w.dim(0);
        ConvGeometry g = ConvGeometry.forInput(x.shape(), w.dim(2), w.dim(3), stride, pad);
        Tensor y = Tensor.zeros(g.outputShape(n, fn));
        for (int s = 0; s < n; s++) {
            for (int f = 0; f < fn; f++) {
                for (int oy = 0; oy < g.outH(); oy++) {
                    for (int ox = 0; ox < g.outW(); ox++) {
                        double sum = 0;
                        for (int c = 0; c < g.channels(); c++) {
                            for (int fy = 0; fy < g.filterH(); fy++) {
                                for (int fx = 0; fx < g.filterW(); fx++) {
                                    sum += pixel(x, s, c, oy * stride - pad + fy, ox * stride - pad + fx) * w.get(f, c, fy, fx);
                                }
                            }
                        }
                        y.set(sum, s, f, oy, ox);
                    }
                }
            }
        }
        return y;
    }

    /** dx[n, c, y, x] = Σ over the windows covering (y, x) of dout[n, f, oy, ox] · W[f, c, fy, fx]. */
    public static Tensor inputGradient(Tensor dout, Tensor w, int[] inputShape, int stride, int pad) {
        ConvGeometry g = ConvGeometry.forInput(inputShape, w.dim(2), w.dim(3), stride, pad);
        Tensor dx = Tensor.zeros(inputShape);
        for (int s = 0; s < inputShape[0]; s++) {
            for (int f = 0; f < w.dim(0); f++) {
                for (int oy = 0; oy < g.outH(); oy++) {
                    for (int ox = 0; ox < g.outW(); ox++) {
                        for (int c = 0; c < g.channels(); c++) {
                            for (int fy = 0; fy < g.filterH(); fy++) {
                                for (int fx = 0; fx < g.filterW(); fx++) {
                                    int y = oy * stride - pad + fy;
                                    int x = ox * stride - pad + fx;
                                    if (y >= 0 && y < g.height() && x >= 0 && x < g.width()) {
                                        dx.set(dx.get(s, c, y, x) + dout.get(s, f, oy, ox) * w.get(f, c, fy, fx), s, c, y, x);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return dx;
    }

    private static double pixel(Tensor x, int n, int c, int y, int xx) {
        boolean inside = y >= 0 && y < x.dim(2) && xx >= 0 && xx < x.dim(3);
        return inside ? x.get(n, c, y, xx) : 0.0;
    }
}
