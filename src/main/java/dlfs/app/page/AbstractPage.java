package dlfs.app.page;

import dlfs.app.i18n.I18n;
import javafx.scene.Node;

/** Holds a page's identity and context and builds its view once, on first display. */
public abstract class AbstractPage implements Page {
    private final PageContext context;
    private final Chapter chapter;
    private final String id;
    private Node view;

    protected AbstractPage(PageContext context, Chapter chapter, String id) {
        this.context = context;
        this.chapter = chapter;
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Chapter chapter() {
        return chapter;
    }

    @Override
    public final Node view() {
        if (view == null) {
            view = createView();
        }
        return view;
    }

    protected abstract Node createView();

    /**
     * The short title {@code page.<key>.navigator} when the bundles have one (a long page title
     * would be cut off in the navigator), else the page title.
     */
    @Override
    public String navigatorTitleKey() {
        String shortTitle = "page." + key() + ".navigator";
        return i18n().bundleProperty().get().containsKey(shortTitle) ? shortTitle : titleKey();
    }

    protected final PageContext context() {
        return context;
    }

    protected final I18n i18n() {
        return context.i18n();
    }
}
