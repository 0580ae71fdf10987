package dlfs.app.shell;

import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import dlfs.app.page.Page;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** File, View and Help menus; every text is a binding to the bundle. */
final class ShellMenus {
    private final ShellViewModel model;
    private final I18n i18n;

    private ShellMenus(ShellViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    static MenuBar create(ShellViewModel model, I18n i18n, FileActions files, HelpDialogs help) {
        ShellMenus menus = new ShellMenus(model, i18n);
        MenuBar bar = new MenuBar(menus.file(files), menus.view(), menus.help(help));
        bar.getStyleClass().add("shell-menu-bar");
        return bar;
    }

    private Menu file(FileActions files) {
        MenuItem open = item("menu.file.openModel", "Shortcut+O", files::openModel);
        Menu recentModels = recent("menu.file.recentModels", model.recentModels(), p -> files.openModel(p));
        MenuItem save = item("menu.file.saveModel", "Shortcut+S", files::saveModel);
        for (MenuItem modelItem : new MenuItem[] {open, recentModels, save}) {
            modelItem.disableProperty().bind(pageLacks(Page::modelFiles));
        }
        MenuItem dataset = item("menu.file.openDataset", null, files::openDatasetFolder);
        Menu recentDatasets = recent("menu.file.recentDatasets", model.recentDatasets(), files::openDataset);
        MenuItem png = item("menu.file.exportPng", "Shortcut+E", files::exportPng);
        MenuItem svg = item("menu.file.exportSvg", null, files::exportSvg);
        MenuItem csv = item("menu.file.exportCsv", null, files::exportCsv);
        for (MenuItem export : new MenuItem[] {png, svg, csv}) {
            export.disableProperty().bind(pageLacks(Page::exportable));
        }
        return menu("menu.file", open, recentModels, save, new SeparatorMenuItem(), dataset, recentDatasets,
                new SeparatorMenuItem(), png, svg, csv, new SeparatorMenuItem(),
                item("menu.file.quit", "Shortcut+Q", files::quit));
    }

    /** A submenu listing recent paths, newest first; empty lists leave it disabled. */
    private Menu recent(String key, ObservableList<String> paths, Consumer<Path> open) {
        Menu menu = menu(key);
        Runnable fill = () -> menu.getItems().setAll(paths.stream().map(path -> {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(Path.of(path)));
            return item;
        }).toList());
        paths.addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return menu;
    }

    private BooleanBinding pageLacks(Function<Page, Optional<?>> feature) {
        return Bindings.createBooleanBinding(() -> feature.apply(model.getCurrentPage()).isEmpty(),
                model.currentPageProperty());
    }

    private Menu view() {
        Menu language = menu("menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Language value : Language.values()) {
            RadioMenuItem choice = new RadioMenuItem();
            choice.setId("language-" + value.code());
            choice.textProperty().bind(i18n.binding(value.nameKey()));
            choice.setToggleGroup(languages);
            choice.setSelected(i18n.getLanguage() == value);
            choice.setOnAction(e -> i18n.setLanguage(value));
            i18n.languageProperty().addListener((obs, old, now) -> choice.setSelected(now == value));
            language.getItems().add(choice);
        }
        Menu theme = menu("menu.view.theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme value : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem();
            choice.textProperty().bind(i18n.binding(value.textKey()));
            choice.setToggleGroup(themes);
            choice.setSelected(model.themeProperty().get() == value);
            choice.setOnAction(e -> model.themeProperty().set(value));
            model.themeProperty().addListener((obs, old, now) -> choice.setSelected(now == value));
            theme.getItems().add(choice);
        }
        CheckMenuItem presentation = new CheckMenuItem();
        presentation.textProperty().bind(i18n.binding("menu.view.presentation"));
        presentation.selectedProperty().bindBidirectional(model.presentationModeProperty());
        CheckMenuItem info = new CheckMenuItem();
        info.textProperty().bind(i18n.binding("menu.view.infoPane"));
        info.selectedProperty().bindBidirectional(model.infoPaneVisibleProperty());
        info.setAccelerator(KeyCombination.keyCombination("F9"));
        return menu("menu.view", language, theme, new SeparatorMenuItem(), presentation, info,
                new SeparatorMenuItem(),
                item("menu.view.fontLarger", "Shortcut+EQUALS", model::largerFont),
                item("menu.view.fontSmaller", "Shortcut+MINUS", model::smallerFont));
    }

    private Menu help(HelpDialogs help) {
        return menu("menu.help",
                item("menu.help.glossary", "F1", help::showGlossary),
                item("menu.help.shortcuts", null, help::showShortcuts),
                item("menu.help.about", null, help::showAbout));
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.binding(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.binding(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
