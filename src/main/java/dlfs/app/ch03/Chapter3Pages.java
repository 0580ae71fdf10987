package dlfs.app.ch03;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 3, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter3Pages {
    private Chapter3Pages() {
    }

    public static List<Page> create(PageContext context) {
        return List.of(
                new Chapter3OverviewPage(context),
                new ActivationExplorerPage(context),
                new ForwardPassPage(context),
                new SoftmaxPage(context),
                new MnistPage(context));
    }
}
