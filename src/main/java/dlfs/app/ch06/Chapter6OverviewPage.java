package dlfs.app.ch06;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.init.WeightInit;
import dlfs.core.layer.Dropout;
import dlfs.core.network.WeightDecay;
import dlfs.core.optimizer.Optimizer;
import java.util.List;

/** Chapter 6 overview: optimizers, initial weights, Batch Normalization and regularisation. */
public final class Chapter6OverviewPage extends ChapterOverviewPage {
    public Chapter6OverviewPage(PageContext context) {
        super(context, Chapter.CH06, List.of(Optimizer.class, WeightInit.class, Dropout.class, WeightDecay.class));
    }
}
