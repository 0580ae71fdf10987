package dlfs.app.ch03;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.function.Functions;
import dlfs.core.tensor.MatMul;
import dlfs.core.tensor.Tensor;
import java.util.List;

/** Chapter 3 overview: activation functions, matrix products, the forward pass and softmax. */
public final class Chapter3OverviewPage extends ChapterOverviewPage {
    public Chapter3OverviewPage(PageContext context) {
        super(context, Chapter.CH03, List.of(Tensor.class, MatMul.class, Functions.class));
    }
}
