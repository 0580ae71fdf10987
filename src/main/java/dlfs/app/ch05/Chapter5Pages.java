package dlfs.app.ch05;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 5, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter5Pages {
    private Chapter5Pages() {
    }

    public static List<Page> create(PageContext context) {
        return List.of(
                new Chapter5OverviewPage(context),
                new ShoppingGraphsPage(context),
                new ChainRulePage(context),
                new ActivationLayersPage(context),
                new AffineSoftmaxPage(context),
                new DeltaFormPage(context),
                new GradientCheckPage(context));
    }
}
