package dlfs.app.ch08;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.augment.Augmentation;
import dlfs.core.metrics.Predictions;
import dlfs.core.network.DeepConvNet;
import dlfs.core.network.SequentialNetwork;
import dlfs.core.precision.HalfPrecision;
import java.util.List;

/** Chapter 8 overview: deeper networks and what made deep learning work. */
public final class Chapter8OverviewPage extends ChapterOverviewPage {
    public Chapter8OverviewPage(PageContext context) {
        super(context, Chapter.CH08, List.of(DeepConvNet.class, SequentialNetwork.class, Predictions.class,
                Augmentation.class, HalfPrecision.class));
    }
}
