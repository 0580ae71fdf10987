package dlfs.core.tensor;

/** Thrown when tensor shapes do not fit an operation; the message names both shapes. */
public class ShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ShapeException(String message) {
        super(message);
    }
}
