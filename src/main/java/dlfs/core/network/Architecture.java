package dlfs.core.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a network is, without its weights: a type name and its settings (numbers, strings,
 * booleans and lists of those). Model files store it so a network can be rebuilt before its
 * weights are loaded, and the app shows it in the architecture view.
 */
public record Architecture(String type, Map<String, Object> config) {
    public Architecture {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
}
