package dlfs.app.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The current language and its resource bundle, observable. Every text on screen is a binding made
 * here, so switching the language re-renders the whole window without a restart.
 */
public final class I18n {
    /** Base name of {@code src/main/resources/dlfs/app/messages_*.properties}. */
    public static final String BUNDLE = "dlfs.app.messages";

    private final ObjectProperty<Language> language;
    private final ReadOnlyObjectWrapper<ResourceBundle> bundle = new ReadOnlyObjectWrapper<>(this, "bundle");

    public I18n(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", initial);
        bundle.set(load(initial));
        language.addListener((obs, old, now) -> bundle.set(load(now)));
    }

    /** The bundle of one language, read without falling back to the system locale. */
    public static ResourceBundle load(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language getLanguage() {
        return language.get();
    }

    public void setLanguage(Language value) {
        language.set(value);
    }

    public ReadOnlyObjectProperty<ResourceBundle> bundleProperty() {
        return bundle.getReadOnlyProperty();
    }

    /**
     * The text of a key in the current language; with arguments it is a {@link MessageFormat}
     * pattern. A missing key shows as {@code ‹key›} so it is visible, never a crash.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.get().getString(key);
        } catch (MissingResourceException e) {
            return "‹" + key + "›";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.get().locale()).format(args);
    }

    public String text(Message message) {
        return text(message.key(), message.args().toArray());
    }

    /** A text that follows the language. */
    public StringBinding binding(String key, Object... args) {
        return Bindings.createStringBinding(() -> text(key, args), bundle);
    }

    public StringBinding binding(Message message) {
        return binding(message.key(), message.args().toArray());
    }

    /** A text that follows both the language and a changing message (empty while it is null). */
    public StringBinding binding(ObservableValue<Message> message) {
        return Bindings.createStringBinding(() -> message.getValue() == null ? "" : text(message.getValue()),
                bundle, message);
    }
}
