package dlfs.app.ch07;

import dlfs.app.page.Chapter;
import dlfs.app.page.ChapterOverviewPage;
import dlfs.app.page.PageContext;
import dlfs.core.conv.Im2Col;
import dlfs.core.conv.OutputSize;
import dlfs.core.layer.Convolution;
import dlfs.core.layer.Pooling;
import dlfs.core.network.SimpleConvNet;
import dlfs.core.tensor.MatMul;
import java.util.List;

/** Chapter 7 overview: convolution, pooling and the simple CNN. */
public final class Chapter7OverviewPage extends ChapterOverviewPage {
    public Chapter7OverviewPage(PageContext context) {
        super(context, Chapter.CH07, List.of(Convolution.class, Pooling.class, Im2Col.class, OutputSize.class,
                MatMul.class, SimpleConvNet.class));
    }
}
