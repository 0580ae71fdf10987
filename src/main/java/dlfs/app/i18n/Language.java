package dlfs.app.i18n;

import java.util.Locale;

/** The languages the app ships bundles for. */
public enum Language {
    JAPANESE("ja", Locale.JAPANESE),
    ENGLISH("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** Two-letter code used on the command line and in the settings file. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** Bundle key of the language's own name (written in that language in every bundle). */
    public String nameKey() {
        return "language." + code;
    }

    /** Japanese for a Japanese system locale, English for everything else. */
    public static Language forLocale(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (use ja or en)");
    }
}
