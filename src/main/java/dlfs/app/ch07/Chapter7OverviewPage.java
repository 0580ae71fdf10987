package dlfs.app.ch07;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.parallel.Parallel;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.Tensor;
import java.util.List;

/** Chapter 7 overview: convolution, pooling and the simple CNN. */
public final class Chapter7OverviewPage extends ChapterOverviewPage {
    public Chapter7OverviewPage(PageContext context) {
        super(context, Chapter.CH07, List.of(Tensor.class, MatMul.class, Parallel.class));
    }
}
