package dlfs.app.page;

import dlfs.app.ch02.Chapter2Pages;
import dlfs.app.ch03.Chapter3Pages;
import dlfs.app.ch04.Chapter4Pages;
import dlfs.app.ch05.Chapter5Pages;
import dlfs.app.ch06.Chapter6Pages;
import dlfs.app.ch07.Chapter7Pages;
import dlfs.app.ch08.Chapter8Pages;
import dlfs.app.glossary.GlossaryPage;
import dlfs.app.playground.PlaygroundPages;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page of the app, in course order: the navigator, the next / previous keys and snapshot
 * mode all follow this list. To add a panel, add one line to its chapter's {@code ChapterNPages} list, in book order.
 */
public final class PageRegistry {
    private PageRegistry() {
    }

    public static List<Page> createPages(PageContext context) {
        List<Page> pages = new ArrayList<>();
        pages.addAll(Chapter2Pages.create(context));
        pages.addAll(Chapter3Pages.create(context));
        pages.addAll(Chapter4Pages.create(context));
        pages.addAll(Chapter5Pages.create(context));
        pages.addAll(Chapter6Pages.create(context));
        pages.addAll(Chapter7Pages.create(context));
        pages.addAll(Chapter8Pages.create(context));
        pages.addAll(PlaygroundPages.create(context));
        pages.add(new GlossaryPage(context));
        return List.copyOf(pages);
    }
}
