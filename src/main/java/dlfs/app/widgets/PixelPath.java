package dlfs.app.widgets;

import javafx.scene.paint.Color;

/**
 * Draws a line through points already mapped to pixels, kept inside a rectangle: segments are
 * clipped to it (Liang–Barsky), a non-finite point breaks the line, and a dashed line is cut into
 * dashes along its length. The plots need this because their data can leave the axes by far
 * (a diverging descent reaches 10¹³) and the drawing interface has no clipping of its own.
 */
final class PixelPath {
    private static final double DASH = 7;
    private static final double GAP = 5;

    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    PixelPath(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    PixelPath(PlotFrame frame) {
        this(frame.left, frame.top, frame.right, frame.bottom);
    }

    boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** The line through the first {@code count} points; {@code name} labels it in SVG. */
    void stroke(PlotGraphics g, double[] xs, double[] ys, int count, Color color, double width, boolean dashed,
                String name) {
        double[] runX = new double[Math.max(2, 2 * count)];
        double[] runY = new double[runX.length];
        int run = 0;
        double dashPhase = 0;
        double[] clipped = new double[4];
        for (int i = 1; i < count; i++) {
            boolean visible = Double.isFinite(xs[i - 1]) && Double.isFinite(ys[i - 1]) && Double.isFinite(xs[i])
                    && Double.isFinite(ys[i]) && clip(xs[i - 1], ys[i - 1], xs[i], ys[i], clipped);
            if (!visible) {
                run = flush(g, runX, runY, run, color, width, name);
                continue;
            }
            if (dashed) {
                dashPhase = dashes(g, clipped, dashPhase, color, width);
                continue;
            }
            boolean continues = run > 0 && runX[run - 1] == clipped[0] && runY[run - 1] == clipped[1];
            if (!continues) {
                run = flush(g, runX, runY, run, color, width, name);
                runX[run] = clipped[0];
                runY[run++] = clipped[1];
            }
            runX[run] = clipped[2];
            runY[run++] = clipped[3];
        }
        flush(g, runX, runY, run, color, width, name);
    }

    /** A straight segment, clipped. */
    void line(PlotGraphics g, double x1, double y1, double x2, double y2, Color color, double width, boolean dashed) {
        stroke(g, new double[] {x1, x2}, new double[] {y1, y2}, 2, color, width, dashed, "");
    }

    /** A small ring of radius r around (x, y) when the centre is inside; a thick ring reads as a dot. */
    void ring(PlotGraphics g, double x, double y, double r, Color color, double width) {
        if (!contains(x, y)) {
            return;
        }
        int sides = 16;
        double[] px = new double[sides + 1];
        double[] py = new double[sides + 1];
        for (int i = 0; i <= sides; i++) {
            double angle = 2 * Math.PI * i / sides;
            px[i] = x + r * Math.cos(angle);
            py[i] = y + r * Math.sin(angle);
        }
        g.strokePolyline(px, py, px.length, color, width, "");
    }

    private static int flush(PlotGraphics g, double[] xs, double[] ys, int count, Color color, double width,
                             String name) {
        if (count >= 2) {
            g.strokePolyline(xs, ys, count, color, width, name);
        }
        return 0;
    }

    /** Dashes along one segment, continuing the pattern from {@code phase}; returns the phase at its end. */
    private static double dashes(PlotGraphics g, double[] s, double phase, Color color, double width) {
        double length = Math.hypot(s[2] - s[0], s[3] - s[1]);
        if (length == 0) {
            return phase;
        }
        double at = 0;
        double period = DASH + GAP;
        double p = phase;
        while (at < length) {
            double piece = p < DASH ? Math.min(DASH - p, length - at) : Math.min(period - p, length - at);
            if (p < DASH) {
                double t0 = at / length;
                double t1 = (at + piece) / length;
                g.strokeLine(s[0] + t0 * (s[2] - s[0]), s[1] + t0 * (s[3] - s[1]),
                        s[0] + t1 * (s[2] - s[0]), s[1] + t1 * (s[3] - s[1]), color, width);
            }
            at += piece;
            p = (p + piece) % period;
        }
        return p;
    }

    /** Liang–Barsky: the part of (x1, y1)–(x2, y2) inside the rectangle into {@code out}; false when none. */
    private boolean clip(double x1, double y1, double x2, double y2, double[] out) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - left, right - x1, y1 - top, bottom - y1};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        if (enter > leave) {
            return false;
        }
        out[0] = x1 + enter * dx;
        out[1] = y1 + enter * dy;
        out[2] = x1 + leave * dx;
        out[3] = y1 + leave * dy;
        return true;
    }
}
