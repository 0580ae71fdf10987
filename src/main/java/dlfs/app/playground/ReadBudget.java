package dlfs.app.playground;

/**
 * Decides whether a drawing is read at once, in the input event's handler, or left for the next
 * display pulse.
 *
 * <p>Reading in the handler puts the answer into the scene before the next pulse, so that pulse
 * already paints it; waiting for the pulse costs up to a whole frame (16.7 ms at 60 Hz) and the
 * answer appears a frame later. But a pen can send more events per frame than the FX thread can
 * read: each reading of SimpleConvNet takes about a millisecond, DeepConvNet's several. So the
 * readings of one frame share a budget of {@value #FRAME_BUDGET_MILLIS} ms: an event is read at
 * once while the time already spent in this frame plus what a reading costs fits the budget;
 * otherwise it is only marked, and the pulse reads the drawing once for all events marked since
 * (coalescing). A model too slow for the budget is thus read once per frame, at the pulse.
 *
 * <p>What a reading costs is the shortest of the last {@value #RECENT} readings: on a busy machine
 * the operating system sometimes interrupts a reading for several milliseconds, which says nothing
 * about the model, and should not send the next events to the pulse.
 */
final class ReadBudget {
    /** A third of a 60 Hz frame, leaving the rest for layout, painting and the rest of the app. */
    static final double FRAME_BUDGET_MILLIS = 5;
    private static final long FRAME_BUDGET_NANOS = (long) (FRAME_BUDGET_MILLIS * 1e6);

    /** How many recent readings the cost is taken from. */
    static final int RECENT = 4;

    private final long[] recent = new long[RECENT];
    private int readings;
    private long spentThisFrame;

    /** True when one more reading still fits this frame's budget. */
    boolean readNow() {
        return spentThisFrame + cost() <= FRAME_BUDGET_NANOS;
    }

    /** A reading took this long. */
    void spent(long nanos) {
        spentThisFrame += nanos;
        recent[readings++ % RECENT] = nanos;
    }

    /** The shortest of the recent readings; 0 before the first. */
    private long cost() {
        long shortest = readings == 0 ? 0 : Long.MAX_VALUE;
        for (int i = 0; i < Math.min(readings, RECENT); i++) {
            shortest = Math.min(shortest, recent[i]);
        }
        return shortest;
    }

    /** A new pulse began: the budget is whole again. */
    void newFrame() {
        spentThisFrame = 0;
    }
}
