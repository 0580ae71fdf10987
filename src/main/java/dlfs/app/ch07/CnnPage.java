package dlfs.app.ch07;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;

/** A chapter 7 or 8 panel: its navigator entry uses the short title {@code page.<key>.nav}. */
public abstract class CnnPage extends AbstractPage {
    protected CnnPage(PageContext context, Chapter chapter, String id) {
        super(context, chapter, id);
    }

    @Override
    public String navigatorTitleKey() {
        return "page." + key() + ".nav";
    }
}
