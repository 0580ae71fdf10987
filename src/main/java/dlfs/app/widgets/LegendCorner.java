package dlfs.app.widgets;

/** The corner of a plot's area where its legend goes. */
public enum LegendCorner {
    TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT;

    boolean isLeft() {
        return this == TOP_LEFT || this == BOTTOM_LEFT;
    }

    boolean isTop() {
        return this == TOP_LEFT || this == TOP_RIGHT;
    }
}
