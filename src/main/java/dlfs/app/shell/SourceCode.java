package dlfs.app.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The Java source of a core class, as packaged by the build under {@code source/} (see the
 * build-helper execution in the pom): the Code tab shows exactly the code that runs.
 */
public final class SourceCode {
    private SourceCode() {
    }

    /** Resource path of a class's source file; a nested class maps to its top-level file. */
    public static String resourcePath(Class<?> type) {
        Class<?> topLevel = type;
        while (topLevel.getEnclosingClass() != null) {
            topLevel = topLevel.getEnclosingClass();
        }
        return "source/" + topLevel.getName().replace('.', '/') + ".java";
    }

    /** The lines of the source, or empty when the build did not package it. */
    public static Optional<List<String>> lines(Class<?> type) {
        InputStream in = SourceCode.class.getClassLoader().getResourceAsStream(resourcePath(type));
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(reader.lines().toList());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
