package dlfs.app.playground;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * Keeps the many small changes of a live view (numbers, repainted plots, every frame while the
 * user draws) from re-laying out the whole page. The content is a layout root (unmanaged), so a
 * change inside it lays out only the content; the page is asked for a new layout only when the
 * content's preferred height really changed (another language, a larger font).
 */
final class LayoutBoundary extends Region {
    private final Region content;
    private double laidOutHeight = -1;

    LayoutBoundary(Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
        content.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs && getWidth() > 0 && content.prefHeight(getWidth()) != laidOutHeight) {
                requestLayout();
            }
        });
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
