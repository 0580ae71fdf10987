package dlfs.app.shell;

/** Colour themes; each is a stylesheet on top of JavaFX's Modena. */
public enum Theme {
    LIGHT("light"), DARK("dark"), HIGH_CONTRAST("high-contrast");

    private final String id;

    Theme(String id) {
        this.id = id;
    }

    /** Used on the command line and in the settings file. */
    public String id() {
        return id;
    }

    public String textKey() {
        return "theme." + id;
    }

    public String stylesheet() {
        return "/dlfs/app/css/theme-" + id + ".css";
    }

    /** @throws IllegalArgumentException naming the accepted ids */
    public static Theme fromId(String id) {
        for (Theme theme : values()) {
            if (theme.id.equalsIgnoreCase(id)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + id + "' (use light, dark or high-contrast)");
    }
}
