package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import dlfs.app.page.Chapter;
import dlfs.app.page.Page;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The chapter tree on the left: chapters in course order, each with its pages in book order.
 * Selecting a page opens it; opening a page elsewhere (buttons, keys) selects it here.
 */
final class NavigatorView extends TreeView<Object> {
    private final Map<Page, TreeItem<Object>> itemsByPage = new HashMap<>();

    NavigatorView(ShellViewModel model, I18n i18n) {
        getStyleClass().add("navigator");
        setShowRoot(false);
        TreeItem<Object> root = new TreeItem<>();
        Map<Chapter, TreeItem<Object>> chapters = new EnumMap<>(Chapter.class);
        for (Page page : model.pages()) {
            TreeItem<Object> chapter = chapters.computeIfAbsent(page.chapter(), c -> {
                TreeItem<Object> item = new TreeItem<>(c);
                item.setExpanded(true);
                root.getChildren().add(item);
                return item;
            });
            TreeItem<Object> item = new TreeItem<>(page);
            chapter.getChildren().add(item);
            itemsByPage.put(page, item);
        }
        setRoot(root);
        setCellFactory(tree -> new TitleCell(i18n));

        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof Page page) {
                model.open(page);
            }
        });
        model.currentPageProperty().addListener((obs, old, page) -> select(page));
        select(model.getCurrentPage());
    }

    private void select(Page page) {
        TreeItem<Object> item = itemsByPage.get(page);
        if (item != null && getSelectionModel().getSelectedItem() != item) {
            getSelectionModel().select(item);
            int row = getRow(item);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        }
    }

    /** A chapter or page title that follows the language. */
    private static final class TitleCell extends TreeCell<Object> {
        private final I18n i18n;

        TitleCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            getStyleClass().remove("chapter-item");
            if (empty || item == null) {
                setText(null);
            } else if (item instanceof Chapter chapter) {
                getStyleClass().add("chapter-item");
                textProperty().bind(i18n.binding(chapter.titleKey()));
            } else if (item instanceof Page page) {
                textProperty().bind(i18n.binding(page.navigatorTitleKey()));
            }
        }
    }
}
