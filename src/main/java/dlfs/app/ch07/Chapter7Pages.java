package dlfs.app.ch07;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 7, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter7Pages {
    private Chapter7Pages() {
    }

    public static List<Page> create(PageContext context) {
        SimpleConvNetTrainingViewModel simpleConvNet = new SimpleConvNetTrainingViewModel(context.training());
        return List.of(
                new Chapter7OverviewPage(context),
                new ConvolutionStepperPage(context),
                new PaddingStridePage(context),
                new PoolingPage(context),
                new Im2ColPage(context),
                new SimpleConvNetTrainingPage(context, simpleConvNet),
                new FilterViewerPage(context, simpleConvNet));
    }
}
