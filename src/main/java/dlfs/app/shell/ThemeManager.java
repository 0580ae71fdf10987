package dlfs.app.shell;

import dlfs.app.i18n.FontFamilies;
import dlfs.app.i18n.I18n;
import dlfs.app.i18n.Language;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * Applies the effective theme, font size, presentation style and language font to a scene. In
 * Japanese the root names a CJK family explicitly: JavaFX on Linux does not fall back to one.
 */
public final class ThemeManager {
    static final String BASE_STYLESHEET = "/dlfs/app/css/base.css";
    private static final Optional<String> JAPANESE_FAMILY =
            FontFamilies.firstAvailable(FontFamilies.JAPANESE, Font.getFamilies());

    private ThemeManager() {
    }

    public static void install(Scene scene, ShellViewModel model, I18n i18n) {
        Runnable apply = () -> apply(scene, model, i18n.getLanguage());
        model.effectiveThemeProperty().addListener(obs -> apply.run());
        model.effectiveFontSizeProperty().addListener(obs -> apply.run());
        i18n.languageProperty().addListener(obs -> apply.run());
        apply.run();
    }

    private static void apply(Scene scene, ShellViewModel model, Language language) {
        scene.getStylesheets().setAll(stylesheet(BASE_STYLESHEET), stylesheet(model.effectiveThemeProperty().get()
                .stylesheet()));
        StringBuilder style = new StringBuilder("-fx-font-size: " + model.effectiveFontSizeProperty().get() + "px;");
        if (language == Language.JAPANESE) {
            JAPANESE_FAMILY.ifPresent(family -> style.append(" -fx-font-family: \"").append(family).append("\";"));
        }
        scene.getRoot().setStyle(style.toString());
        scene.getRoot().getStyleClass().remove("presentation");
        if (model.presentationModeProperty().get()) {
            scene.getRoot().getStyleClass().add("presentation");
        }
    }

    private static String stylesheet(String resource) {
        return ThemeManager.class.getResource(resource).toExternalForm();
    }
}
