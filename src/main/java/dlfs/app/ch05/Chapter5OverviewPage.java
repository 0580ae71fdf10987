package dlfs.app.ch05;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.layer.Affine;
import dlfs.core.layer.Layer;
import dlfs.core.layer.Relu;
import dlfs.core.layer.SoftmaxWithLoss;
import java.util.List;

/** Chapter 5 overview: computational graphs and backpropagation. */
public final class Chapter5OverviewPage extends ChapterOverviewPage {
    public Chapter5OverviewPage(PageContext context) {
        super(context, Chapter.CH05, List.of(Layer.class, Affine.class, Relu.class, SoftmaxWithLoss.class));
    }
}
