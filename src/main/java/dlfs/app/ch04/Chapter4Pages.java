package dlfs.app.ch04;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 4, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter4Pages {
    private Chapter4Pages() {
    }

    public static List<Page> create(PageContext context) {
        return List.of(
                new Chapter4OverviewPage(context),
                new LossLabPage(context),
                new NumericalDiffPage(context),
                new GradientDescentPage(context),
                new TrainingLabPage(context));
    }
}
