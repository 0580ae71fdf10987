package dlfs.core.augment;

/**
 * One geometric change of an image, about its centre: mirror (optional), scale, rotate, then shift.
 *
 * @param rotationDegrees counter-clockwise as seen on screen
 * @param scale           1 keeps the size, 1.2 enlarges by 20 %
 * @param shiftX          pixels to the right
 * @param shiftY          pixels down
 * @param flip            mirror left–right first (harmless for clothes, wrong for most digits)
 */
public record Distortion(double rotationDegrees, double scale, double shiftX, double shiftY, boolean flip) {
    /** Leaves the image as it is. */
    public static final Distortion IDENTITY = new Distortion(0, 1, 0, 0, false);

    public Distortion {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        if (!Double.isFinite(rotationDegrees) || !Double.isFinite(shiftX) || !Double.isFinite(shiftY)) {
            throw new IllegalArgumentException("rotation and shifts must be finite, got " + rotationDegrees + "°, ("
                    + shiftX + ", " + shiftY + ")");
        }
    }
}
