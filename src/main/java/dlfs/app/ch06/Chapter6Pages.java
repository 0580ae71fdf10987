package dlfs.app.ch06;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 6, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter6Pages {
    private Chapter6Pages() {
    }

    public static List<Page> create(PageContext context) {
        return List.of(
                new Chapter6OverviewPage(context),
                new OptimizerTrajectoryPage(context),
                new OptimizerRacePage(context),
                new WeightInitPage(context),
                new VanishingGradientPage(context),
                new BatchNormPage(context),
                new OverfittingPage(context),
                new HyperparameterSearchPage(context));
    }
}
