package dlfs.app.ch08;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 8, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter8Pages {
    private Chapter8Pages() {
    }

    public static List<Page> create(PageContext context) {
        DeepConvNetViewModel deepConvNet = new DeepConvNetViewModel(context.training());
        return List.of(
                new Chapter8OverviewPage(context),
                new DeepConvNetPage(context, deepConvNet),
                new AugmentationPage(context, new AugmentationViewModel(context.training())),
                new WhyDeeperPage(context),
                new PrecisionLabPage(context, new PrecisionLabViewModel(context.training()), deepConvNet));
    }
}
