package dlfs.app.ch05;

import dlfs.app.page.AbstractPage;
import dlfs.app.page.Chapter;
import dlfs.app.page.PageContext;
import dlfs.core.graph.Node;
import dlfs.core.graph.Operation;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** What the chapter 5 panels share: the page frame with its stylesheet, and section titles. */
abstract class Chapter5Page extends AbstractPage {
    protected Chapter5Page(PageContext context, String id) {
        super(context, Chapter.CH05, id);
    }

    /** The page keys plus the local rules of every graph node, which the graph panels look up by {@link Node#ruleKey()}. */
    @Override
    public List<String> textKeys() {
        List<String> keys = new ArrayList<>(super.textKeys());
        keys.add("rule.input");
        keys.add("rule.constant");
        for (Operation operation : Operation.values()) {
            keys.add(operation.ruleKey());
        }
        return keys;
    }

    /** The sections one below the other, scrolling vertically, in the chapter's style. */
    protected final ScrollPane page(javafx.scene.Node... sections) {
        VBox content = new VBox(12, sections);
        content.setPadding(new Insets(10, 16, 16, 16));
        content.getStyleClass().add("ch05-page");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("ch05-page");
        scroll.getStylesheets().add(Chapter5Page.class.getResource("/dlfs/app/css/ch05.css").toExternalForm());
        return scroll;
    }

    protected final Label sectionTitle(String key) {
        Label title = Controls.label(i18n(), key);
        title.getStyleClass().add("ch05-section-title");
        return title;
    }
}
