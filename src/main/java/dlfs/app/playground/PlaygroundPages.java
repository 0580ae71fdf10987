package dlfs.app.playground;

import dlfs.app.page.Page;
import dlfs.app.page.PageContext;
import java.util.List;

/** The playground's pages; the shell's navigator lists them under the Playground. */
public final class PlaygroundPages {
    private PlaygroundPages() {
    }

    public static List<Page> create(PageContext context) {
        return List.of(
                new PlaygroundOverviewPage(context),
                new PlaygroundPage(context));
    }
}
