package dlfs.app.ch04;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.function.Functions;
import dlfs.core.network.Network;
import dlfs.core.network.SequentialNetwork;
import java.util.List;

/** Chapter 4 overview: losses, numerical gradients and training by gradient descent. */
public final class Chapter4OverviewPage extends ChapterOverviewPage {
    public Chapter4OverviewPage(PageContext context) {
        super(context, Chapter.CH04, List.of(Functions.class, Network.class, SequentialNetwork.class));
    }
}
