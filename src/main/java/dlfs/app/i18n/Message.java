package dlfs.app.i18n;

import java.util.List;
import java.util.Objects;

/**
 * A text that is not yet translated: a bundle key and its arguments. Jobs and view-models hold
 * messages rather than strings, so what they show follows a language switch.
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
