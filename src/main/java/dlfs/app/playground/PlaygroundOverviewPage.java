package dlfs.app.playground;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.data.DigitPreprocessor;
import dlfs.core.data.UserDigits;
import dlfs.core.network.ForwardTrace;
import java.util.List;

/** Playground overview: draw a digit and watch a trained network read it. */
public final class PlaygroundOverviewPage extends ChapterOverviewPage {
    public PlaygroundOverviewPage(PageContext context) {
        super(context, Chapter.PLAYGROUND, List.of(DigitPreprocessor.class, ForwardTrace.class, UserDigits.class));
    }
}
