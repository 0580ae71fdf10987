package dlfs.app.ch02;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import java.util.List;

/** Chapter 2 overview: perceptrons and logic gates. */
public final class Chapter2OverviewPage extends ChapterOverviewPage {
    public Chapter2OverviewPage(PageContext context) {
        super(context, Chapter.CH02, List.of());
    }
}
