package dlfs.app.ch05;

import dlfs.app.page.PageContext;
import dlfs.app.widgets.Exportable;
import java.util.Optional;

/**
 * A chapter 5 panel built around one {@link GraphLab}: File ▸ Export writes its graph, and reset
 * (key R) stops its player before the page puts its own state back.
 */
abstract class GraphLabPage extends Chapter5Page {
    private GraphLab lab;

    protected GraphLabPage(PageContext context, String id) {
        super(context, id);
    }

    /** Makes the page's lab (once, while building the view). */
    protected final GraphLab createLab(GraphLabViewModel model, boolean withUpstreamField) {
        lab = new GraphLab(i18n(), model, withUpstreamField);
        return lab;
    }

    /** The lab, or null before the view is built. */
    final GraphLab lab() {
        return lab;
    }

    /** Stops the player, if the view exists, before a settings change rebuilds the graph. */
    protected final void stopPlaying() {
        if (lab != null) {
            lab.stop();
        }
    }

    @Override
    public final Optional<Exportable> exportable() {
        return lab == null ? Optional.empty() : Optional.of(lab.graphView());
    }

    @Override
    public final void reset() {
        stopPlaying();
        resetState();
    }

    /** Puts the page's settings and its graph back to the defaults. */
    protected abstract void resetState();
}
