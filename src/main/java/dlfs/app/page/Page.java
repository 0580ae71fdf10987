package dlfs.app.page;

import dlfs.app.widgets.Exportable;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;

/**
 * One panel of the course. Adding a panel takes one class implementing this (usually by extending
 * {@link AbstractPage}), one line in {@link PageRegistry}, and its texts in the bundles under
 * {@code page.<chapter>.<id>.*} ({@code title}, {@code explanation}, {@code formulas}).
 */
public interface Page {
    /** Short id, unique within the chapter, e.g. {@code gate-lab}; part of file names. */
    String id();

    Chapter chapter();

    /** The panel, built on the first call and the same node afterwards. */
    Node view();

    /** Core classes the panel runs, shown in the Code tab (the first one is shown first). */
    default List<Class<?>> sourceClasses() {
        return List.of();
    }

    /** Unique across the app: {@code ch02.gate-lab}. */
    default String key() {
        return chapter().id() + "." + id();
    }

    default String titleKey() {
        return "page." + key() + ".title";
    }

    /** The shorter title the navigator shows under its chapter; the page title by default. */
    default String navigatorTitleKey() {
        return titleKey();
    }

    /** Explanation tab: our own words on what to try and what to notice. */
    default String explanationKey() {
        return "page." + key() + ".explanation";
    }

    /** Formulas tab: plain text with Unicode mathematics. */
    default String formulasKey() {
        return "page." + key() + ".formulas";
    }

    /** Every bundle key the page reads; the bundle test uses it to find missing and unused keys. */
    default List<String> textKeys() {
        return List.of(titleKey(), navigatorTitleKey(), explanationKey(), formulasKey());
    }

    /** The plot and series that File ▸ Export writes, when the panel has one. */
    default Optional<Exportable> exportable() {
        return Optional.empty();
    }

    /** The model that File ▸ Open / Save model reads and writes, when the panel has one. */
    default Optional<ModelFiles> modelFiles() {
        return Optional.empty();
    }

    /** Back to the default state (key R). */
    default void reset() {
    }
}
