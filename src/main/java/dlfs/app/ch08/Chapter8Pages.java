package dlfs.app.ch08;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The pages of chapter 8, in book order; the shell's navigator lists them under the chapter. */
public final class Chapter8Pages {
    private Chapter8Pages() {
    }

    public static List<Page> create(PageContext context) {
        return List.of(
                new Chapter8OverviewPage(context));
    }
}
