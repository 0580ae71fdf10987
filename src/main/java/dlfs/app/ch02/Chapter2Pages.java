package dlfs.app.ch02;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 2, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter2Pages {
    private Chapter2Pages() {
    }

    public static List<Page> create(PageContext context) {
        return List.of(
                new Chapter2OverviewPage(context),
                new GateLabPage(context),
                new XorCompositionPage(context),
                new PerceptronLearningPage(context));
    }
}
