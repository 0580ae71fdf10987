package dlfs.app.playground;

import javafx.animation.PauseTransition;
import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Keeps the many small changes of a live view (numbers, repainted plots, every frame while the
 * user draws) from re-laying out the whole page. The content is a layout root (unmanaged), so a
 * change inside it lays out only the content; the page is asked for a new layout only when the
 * content's preferred height really changed (another language, a larger font). Measuring that costs
 * about as much as the layout itself, so it is done at most a few times a second, and once more
 * when the changes stop.
 */
final class LayoutBoundary extends Region {
    private static final long CHECK_INTERVAL_NANOS = 250_000_000L;

    private final Region content;
    private final PauseTransition settled = new PauseTransition(Duration.millis(300));
    private double laidOutHeight = -1;
    private long lastCheck;

    LayoutBoundary(Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
        settled.setOnFinished(e -> checkHeight());
        content.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                if (System.nanoTime() - lastCheck > CHECK_INTERVAL_NANOS) {
                    checkHeight();
                } else {
                    settled.playFromStart();
                }
            }
        });
    }

    private void checkHeight() {
        lastCheck = System.nanoTime();
        if (getWidth() > 0 && content.prefHeight(getWidth()) != laidOutHeight) {
            requestLayout();
        }
    }

    @Override
    public Orientation getContentBias() {
        return content.getContentBias();
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width);
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, getWidth(), getHeight());
        laidOutHeight = content.prefHeight(getWidth());
    }
}
