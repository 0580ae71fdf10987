package dlfs.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** Shapes the diagram widgets draw with the few {@link PlotGraphics} primitives: circles, triangles, dashes. */
final class PlotShapes {
    private static final int CIRCLE_SEGMENTS = 36;

    private PlotShapes() {
    }

    static void strokeCircle(PlotGraphics g, double cx, double cy, double r, Color stroke, double lineWidth, String name) {
        double[][] outline = circle(cx, cy, r);
        g.strokePolyline(outline[0], outline[1], CIRCLE_SEGMENTS + 1, stroke, lineWidth, name);
    }

    static void fillCircle(PlotGraphics g, double cx, double cy, double r, Color fill) {
        double[][] outline = circle(cx, cy, r);
        g.fillPolygon(outline[0], outline[1], CIRCLE_SEGMENTS, fill);
    }

    /** An upward triangle whose circumscribed circle has radius r. */
    static void strokeTriangle(PlotGraphics g, double cx, double cy, double r, Color stroke, double lineWidth,
                               String name) {
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int i = 0; i < 4; i++) {
            double angle = -Math.PI / 2 + i * 2 * Math.PI / 3;
            xs[i] = cx + r * Math.cos(angle);
            ys[i] = cy + r * Math.sin(angle) + r * 0.2;
        }
        g.strokePolyline(xs, ys, 4, stroke, lineWidth, name);
    }

    /** A line drawn as dashes of about {@code dash} pixels with equal gaps. */
    static void strokeDashedLine(PlotGraphics g, double x1, double y1, double x2, double y2, double dash,
                                 Color stroke, double lineWidth) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        int pieces = Math.max(1, (int) Math.round(length / dash));
        for (int i = 0; i < pieces; i += 2) {
            double from = i / (double) pieces;
            double to = Math.min(1, (i + 1) / (double) pieces);
            g.strokeLine(x1 + (x2 - x1) * from, y1 + (y2 - y1) * from, x1 + (x2 - x1) * to, y1 + (y2 - y1) * to,
                    stroke, lineWidth);
        }
    }

    /** A polyline drawn in dashes, broken wherever a point is not finite. */
    static void strokeDashedPolyline(PlotGraphics g, double[] xs, double[] ys, int count, double dash, Color stroke,
                                     double lineWidth) {
        double run = 0;
        for (int i = 1; i < count; i++) {
            double length = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            if (!Double.isFinite(length)) {
                continue;
            }
            if ((int) (run / dash) % 2 == 0) {
                g.strokeLine(xs[i - 1], ys[i - 1], xs[i], ys[i], stroke, lineWidth);
            }
            run += length;
        }
    }

    /** The width {@link #legendEntry} takes for a name. */
    static double legendWidth(String name, double font) {
        return PlotCanvas.textWidth(name, font) + font * 3.4;
    }

    /**
     * One legend row from x on, centred on y: a short sample of the line (dashed or solid) and the
     * name, on a patch of background so that curves underneath do not get in the way.
     */
    static void legendEntry(PlotGraphics g, double x, double y, String name, Color color, boolean dashed,
                            double font, double lineWidth, Color text, Color background) {
        g.fillRect(x, y - font, legendWidth(name, font), font * 1.4, background);
        double start = x + font * 0.4;
        if (dashed) {
            strokeDashedLine(g, start, y, start + font * 2, y, font * 0.5, color, 2);
        } else {
            g.strokeLine(start, y, start + font * 2, y, color, Math.max(2, lineWidth));
        }
        g.fillText(name, start + font * 2.5, y + font * 0.35, TextAlignment.LEFT, text, font);
    }

    /**
     * The part of a convex polygon where {@code a·x + b·y + c} is positive (or, with
     * {@code positive} false, not positive): one Sutherland–Hodgman clipping step.
     */
    static List<double[]> clip(List<double[]> polygon, double a, double b, double c, boolean positive) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < polygon.size(); i++) {
            double[] p = polygon.get(i);
            double[] q = polygon.get((i + 1) % polygon.size());
            double vp = a * p[0] + b * p[1] + c;
            double vq = a * q[0] + b * q[1] + c;
            boolean pInside = positive ? vp > 0 : vp <= 0;
            boolean qInside = positive ? vq > 0 : vq <= 0;
            if (pInside) {
                out.add(p);
            }
            if (pInside != qInside && vp != vq) {
                double t = vp / (vp - vq);
                out.add(new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])});
            }
        }
        return out;
    }

    private static double[][] circle(double cx, double cy, double r) {
        double[] xs = new double[CIRCLE_SEGMENTS + 1];
        double[] ys = new double[CIRCLE_SEGMENTS + 1];
        for (int i = 0; i <= CIRCLE_SEGMENTS; i++) {
            double angle = 2 * Math.PI * i / CIRCLE_SEGMENTS;
            xs[i] = cx + r * Math.cos(angle);
            ys[i] = cy + r * Math.sin(angle);
        }
        return new double[][] {xs, ys};
    }
}
