package dlfs.app.page;

import dlfs.app.ch02.Chapter2OverviewPage;
import dlfs.app.ch03.Chapter3OverviewPage;
import dlfs.app.ch04.Chapter4OverviewPage;
import dlfs.app.ch05.Chapter5OverviewPage;
import dlfs.app.ch06.Chapter6OverviewPage;
import dlfs.app.ch07.Chapter7OverviewPage;
import dlfs.app.ch08.Chapter8OverviewPage;
import dlfs.app.glossary.GlossaryPage;
import dlfs.app.playground.PlaygroundOverviewPage;
import java.util.List;

/**
 * Every page of the app, in course order: the navigator, the next / previous keys and snapshot
 * mode all follow this list. To add a panel, put one line in its chapter's place, in book order.
 */
public final class PageRegistry {
    private PageRegistry() {
    }

    public static List<Page> createPages(PageContext context) {
        return List.of(
                new Chapter2OverviewPage(context),
                new Chapter3OverviewPage(context),
                new Chapter4OverviewPage(context),
                new Chapter5OverviewPage(context),
                new Chapter6OverviewPage(context),
                new Chapter7OverviewPage(context),
                new Chapter8OverviewPage(context),
                new PlaygroundOverviewPage(context),
                new GlossaryPage(context));
    }
}
